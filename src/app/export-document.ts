/** Builds what the exporters write from the view the user sees, or from the whole overview. */
import type { Overview } from '../domain/model'
import type { ViewRow } from '../domain/view-row'
import type { ViewState } from '../domain/view-state'
import { builtInColumn, tableColumns, visibleColumns, type ColumnSpec } from '../domain/columns'
import type { ExportDocument } from '../io/export/types'
import type { describeSelection as DescribeSelection } from '../io/export/selection'

const FLAG = builtInColumn('flag')!

/** Flags go beside Frist as text (or at the end when Frist is hidden). */
function withFlag(columns: readonly ColumnSpec[]): ColumnSpec[] {
  const at = columns.findIndex((c) => c.id === 'deadline')
  return at < 0 ? [...columns, FLAG] : [...columns.slice(0, at + 1), FLAG, ...columns.slice(at + 1)]
}

/** The view as shown; a view narrowed by a filter carries the description of its selection. */
export function viewDocument(
  overview: Overview,
  rows: ViewRow[],
  asOf: string,
  view: Pick<ViewState, 'grouped' | 'filters'>,
  visibility: Record<string, boolean>,
  overviewCount: number,
  describeSelection: typeof DescribeSelection,
): ExportDocument {
  const selection = describeSelection(view.filters, asOf, rows.length, overviewCount)
  return { overview, asOf, columns: withFlag(visibleColumns(overview, visibility)), grouped: view.grouped, rows, ...(selection ? { selection } : {}) }
}

/** The whole overview: every row in the Bilag's own order, grouped by area, every column. */
export function wholeDocument(overview: Overview, rows: ViewRow[], asOf: string): ExportDocument {
  const ordered = [...rows].sort((a, b) => a.initiative.order - b.initiative.order)
  return { overview, asOf, columns: withFlag(tableColumns(overview)), grouped: true, rows: ordered }
}

/**
 * What the Eksportér button needs when its dialog opens: the view as the user sees it
 * right then (rows in display order, its filters), and the whole overview, each with its count.
 * The words of a selection load with it, not with the page.
 */
export function exportPreparer(
  overview: Overview,
  rows: ViewRow[],
  rowsInView: () => ViewRow[],
  asOf: string,
  view: Pick<ViewState, 'grouped' | 'filters'>,
  visibility: Record<string, boolean>,
) {
  return async () => {
    // The rows as shown at the click, before anything loads.
    const shown = rowsInView()
    const { describeSelection } = await import('../io/export/selection')
    return {
      buildDocument: (scope: 'view' | 'all') =>
        scope === 'view' ? viewDocument(overview, shown, asOf, view, visibility, rows.length, describeSelection) : wholeDocument(overview, rows, asOf),
      counts: { view: shown.length, all: rows.length },
    }
  }
}

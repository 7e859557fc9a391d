/**
 * The table feature as the shell uses it: filters, summary line, the table or an
 * empty state. Derived rows come in ready-made; the filters are applied in one pass
 * (rows shown, Kategori counts and the overdue count together, cached across
 * keystrokes) and the display order is built in the domain, not per render.
 *
 * A large overview comes in two steps (the first rows, then all of them): while
 * `loading`, the filters and the sort already apply to what is there and apply to every
 * row once it arrives, but nothing that looks final is shown — no total, no Kategori
 * counts, no "no rows match" — and the toolbar's actions wait, so an export is never
 * of half the rows.
 */
import { useMemo, useState, type ReactNode } from 'react'
import type { ViewRow } from '../../domain/view-row'
import type { ViewState } from '../../domain/view-state'
import { hasActiveFilters, noFilters } from '../../domain/filters'
import { createFilterCache } from '../../domain/filter-cache'
import { displayRows, leafRows } from '../../domain/display-rows'
import { tableColumns, visibleColumns } from '../../domain/columns'
import type { Overview } from '../../domain/model'
import { compareDanish } from '../../domain/text'
import { t } from '../../strings'
import { AsOfContext } from './as-of-context'
import { FilterBar } from './FilterBar'
import { OverviewTable } from './OverviewTable'
import { ColumnChooser, type ColumnEditing } from './ColumnChooser'
import { useOverviewTable } from './use-overview-table'
import { useIdleWarmup } from './use-idle-warmup'
import { useRowSelection, type TableSelection } from './SelectionColumn'

interface TableViewProps {
  rows: ViewRow[]
  /** Whose columns are shown: the built-ins and the overview's own extra columns (a version: the ones it had). */
  overview: Pick<Overview, 'columns'>
  /** Tilføj kolonne, Omdøb, Slet kolonne; absent for a read-only version. */
  columnEditing?: ColumnEditing
  /** Only the first rows are in; the rest are being read. */
  loading?: boolean
  view: ViewState
  onViewChange: (next: ViewState) => void
  asOf: string
  meetingDate: string
  columnVisibility: Record<string, boolean>
  onColumnVisibilityChange: (next: Record<string, boolean>) => void
  /** Without these the table is read-only (a version frozen for a meeting). */
  onEdit?: (row: ViewRow) => void
  onDelete?: (row: ViewRow) => void
  /** Actions beside the summary; gets the rows as shown (filtered, sorted, grouped), for exports of the view. */
  renderToolbar?: (rowsInView: () => ViewRow[]) => ReactNode
  /** Rows can be chosen for bulk actions (a checkbox column). */
  selection?: TableSelection
  /** Shown above the table while rows are chosen; gets the ids of the rows shown, in display order. */
  renderSelectionBar?: (shownIds: readonly string[]) => ReactNode
}

const NO_IDS: readonly string[] = []

export function TableView(props: TableViewProps) {
  const { rows, view, onViewChange, loading = false } = props
  const specs = useMemo(() => tableColumns(props.overview), [props.overview])
  const table = useOverviewTable(view, onViewChange, props.columnVisibility, specs)
  // One cache per table: typing on narrows the previous result, Backspace finds its result kept.
  const [filter] = useState(createFilterCache)
  const { shown, positions, counts: categoryCounts, overdue } = useMemo(() => filter(rows, view.filters), [filter, rows, view.filters])
  const items = useMemo(() => displayRows(shown, rows, view.sorting, view.grouped, positions), [shown, rows, view.sorting, view.grouped, positions])
  const columns = useMemo(() => visibleColumns(props.overview, props.columnVisibility), [props.overview, props.columnVisibility])
  // The rows shown in display order: the order Shift+click ranges over, and what "Vælg alle viste" chooses.
  const shownIds = useMemo(() => (props.selection ? leafRows(items).map((row) => row.id) : NO_IDS), [props.selection, items])
  const selection = useRowSelection(props.selection, shownIds)
  const areas = useMemo(() => [...new Set(rows.map((r) => r.initiative.area))].sort(compareDanish), [rows])
  const columnIds = useMemo(() => columns.map((column) => column.id), [columns])
  useIdleWarmup(rows, columnIds)

  return (
    <>
      <FilterBar view={view} onViewChange={onViewChange} categoryCounts={loading ? null : categoryCounts} areas={areas} asOf={props.asOf} meetingDate={props.meetingDate} />
      <div className="table-toolbar">
        <p className="table-summary" role="status" aria-live="polite">
          {loading ? t.summaryLoading : t.summary(rows.length, shown.length, overdue)}
        </p>
        {/* A fieldset, so one `disabled` holds back every action, whichever feature it comes from. */}
        <fieldset className="table-toolbar__actions" disabled={loading}>
          {props.renderToolbar?.(() => leafRows(items))}
          <ColumnChooser columns={specs} visibility={props.columnVisibility} onChange={props.onColumnVisibilityChange} editing={props.columnEditing} />
        </fieldset>
      </div>
      {shown.length === 0 && loading ? (
        <p>{t.loading}</p>
      ) : shown.length === 0 ? (
        <div className="alert alert-info empty-state">
          <p className="alert-text">{rows.length === 0 ? t.emptyOverview : t.emptyResult}</p>
          {rows.length > 0 && hasActiveFilters(view.filters) && (
            <button type="button" className="button button-secondary" onClick={() => onViewChange({ ...view, filters: noFilters })}>
              {t.clearFilters}
            </button>
          )}
        </div>
      ) : (
        <AsOfContext value={props.asOf}>
          <OverviewTable table={table} items={items} columns={columns} rows={rows} grouped={view.grouped} onEdit={props.onEdit} onDelete={props.onDelete} selection={selection} />
        </AsOfContext>
      )}
      {/* After the table: the bar keeps to the bottom of the window while the table scrolls. */}
      {selection && selection.selected.size > 0 && props.renderSelectionBar?.(shownIds)}
    </>
  )
}

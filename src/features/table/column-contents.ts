/**
 * What each column of the on-screen table shows, as text for the width rule
 * (src/domain/column-widths.ts): the same words the cells render (cells.tsx).
 */
import type { ColumnContent } from '../../domain/column-widths'
import type { ViewRow } from '../../domain/view-row'
import { formatDeadline } from '../../domain/deadline'
import { columnText, type ColumnSpec } from '../../domain/columns'
import { flagLabels, t } from '../../strings'
import { formatDanishDate } from '../../ui/format'

/**
 * The sort button's arrow (0.8 em) and the gap before it: room beside a header's words.
 * A second sort column's number (0.5 em more) is absorbed by the bold estimate's margin.
 */
const SORT_ICON_EM = 1
/** A flag badge: its icon (at most 1 em) and 8 px of padding each side (about 1.1 em at 15 px). */
const BADGE_EXTRA_EM = 2.1
/** A small button: 0.5rem of padding each side and a border (about 0.8 em at 15 px). */
const BUTTON_EXTRA_EM = 0.8

export function screenColumnContents(rows: readonly ViewRow[], columns: readonly ColumnSpec[], grouped: boolean): ColumnContent[] {
  return columns.map((spec) => {
    const header = spec.label
    const column = (cells: string[], extra: Partial<ColumnContent> = {}): ColumnContent => ({ header, cells, headerExtraEm: SORT_ICON_EM, ...extra })
    switch (spec.id) {
      // Grouped, the area is the group's heading row; its cells are for screen readers only.
      case 'area':
        return column(grouped ? [] : rows.map((r) => r.initiative.area))
      case 'category':
        return column(rows.map((r) => r.initiative.category ?? '–'), { boldCells: true })
      case 'deadline': {
        // The reading, and the flag as an unbreakable badge ("! Overskredet"). Rows with the
        // same deadline text share one reading object (createDeadlineReader): each is worded once.
        const readings = new Map<ViewRow['deadline'], string>()
        const reading = (d: ViewRow['deadline']) => readings.get(d) ?? readings.set(d, formatDeadline(d)).get(d)!
        return column(rows.flatMap((r) => [reading(r.deadline), r.flag === 'none' ? '' : `\u00a0${flagLabels[r.flag]}`]), { cellExtraEm: BADGE_EXTRA_EM })
      }
      case 'latestStatus':
        return column(rows.map((r) => (r.latestStatus ? `${formatDanishDate(r.latestStatus.date)}: ${r.latestStatus.text}` : '')))
      default:
        // Every other column shows its text as the registry words it (extra columns too).
        return column(rows.map((r) => columnText(spec, r)))
    }
  })
}

/** The Rediger/Slet column: as wide as its buttons, never more. */
export const actionsColumnContent = (): ColumnContent => ({ header: '', cells: [t.edit, t.remove], boldCells: true, cellExtraEm: BUTTON_EXTRA_EM })

/** Which of the table's columns are shown: the user's choices (by column id) over each column's default. */
import type { Overview } from '../model'
import { BUILT_IN_COLUMNS, tableColumns, type ColumnSpec } from './registry'

/** The built-in table columns in the Bilag 1 order, then the app's own (Frist, Status, Ansvarlig, Seneste status). */
export const BILAG_COLUMNS: readonly string[] = BUILT_IN_COLUMNS.filter((c) => c.inTable).map((c) => c.id)

/** The user's choices over the defaults: a column is visible unless hidden by choice or by default. */
export function columnVisibility(columns: readonly ColumnSpec[], choices: Readonly<Record<string, boolean>>): Record<string, boolean> {
  return Object.fromEntries(columns.map((c) => [c.id, choices[c.id] ?? !c.hiddenByDefault]))
}

/** The visible table columns of an overview, in display order. */
export function visibleColumns(overview: Pick<Overview, 'columns'> | undefined, choices: Readonly<Record<string, boolean>>): ColumnSpec[] {
  const columns = tableColumns(overview)
  const visible = columnVisibility(columns, choices)
  return columns.filter((column) => visible[column.id])
}

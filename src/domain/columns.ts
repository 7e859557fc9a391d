/** The table's columns in the Bilag 1 order, then the app's own (Frist, Status, Ansvarlig). */
export const BILAG_COLUMNS = ['area', 'category', 'title', 'method', 'deadlineText', 'deadline', 'status', 'owner'] as const
export type BilagColumn = (typeof BILAG_COLUMNS)[number]

/** The visible columns in display order; only an explicit `false` hides a column. */
export function visibleColumns(visibility: Readonly<Record<string, boolean>>): BilagColumn[] {
  return BILAG_COLUMNS.filter((column) => visibility[column] !== false)
}

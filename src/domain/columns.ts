/** The table's columns in the Bilag 1 order, then the app's own (Frist, Status, Ansvarlig, Seneste status). */
export const BILAG_COLUMNS = ['area', 'category', 'title', 'method', 'deadlineText', 'deadline', 'status', 'owner', 'latestStatus'] as const
export type BilagColumn = (typeof BILAG_COLUMNS)[number]

/** Shown only when the user chooses them. */
export const HIDDEN_BY_DEFAULT: readonly BilagColumn[] = ['latestStatus']

/** The user's choices over the defaults: a column is visible unless hidden by choice or by default. */
export function columnVisibility(choices: Readonly<Record<string, boolean>>): Record<BilagColumn, boolean> {
  return Object.fromEntries(BILAG_COLUMNS.map((c) => [c, choices[c] ?? !HIDDEN_BY_DEFAULT.includes(c)])) as Record<BilagColumn, boolean>
}

/** The visible columns in display order. */
export function visibleColumns(choices: Readonly<Record<string, boolean>>): BilagColumn[] {
  const visible = columnVisibility(choices)
  return BILAG_COLUMNS.filter((column) => visible[column])
}

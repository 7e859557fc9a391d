/**
 * The shapes and limits of an overview's extra columns. Kept apart from their rules
 * (./extra.ts, which reads dates with date-fns), so the schemas and the first screen can
 * know them without loading date-fns.
 */
export const EXTRA_COLUMN_TYPES = ['text', 'number', 'date'] as const
export type ExtraColumnType = (typeof EXTRA_COLUMN_TYPES)[number]

export interface ExtraColumn {
  /** Made once (`x` + a few random letters), never the name: a rename keeps every value. */
  id: string
  name: string
  type: ExtraColumnType
}

/** A value as stored: text → string, number → finite number, date → ISO `YYYY-MM-DD`. */
export type ExtraValue = string | number
export type ExtraValues = Record<string, ExtraValue>

export const COLUMN_NAME_MAX = 60
export const EXTRA_TEXT_MAX = 20_000
export const MAX_EXTRA_COLUMNS = 50


/**
 * The interpreted deadline of a row, as defined in tests/fixtures/deadlines.md.
 * `start`/`end` are ISO dates (YYYY-MM-DD), inclusive; `end` is the deadline.
 * Fields that do not apply are absent (never `undefined`-valued keys).
 */
export type Precision =
  | 'day'
  | 'week'
  | 'month'
  | 'part-of-month'
  | 'quarter'
  | 'half-year'
  | 'season'
  | 'part-of-year'
  | 'year'
  | 'range'

export interface Period {
  start: string
  end: string
  precision: Precision
}

export type Deadline =
  | ({ kind: 'date'; matched: string } & Period)
  | ({ kind: 'done'; matched: string } & Partial<Period>)
  | ({ kind: 'ongoing'; matched: string } & Partial<Period>)
  | { kind: 'none' }

export interface ParseOptions {
  /** The date the text was written against (YYYY-MM-DD); only fills in a missing year. */
  reference: string
}

/** What the table shows beside a row. Text and icon in the UI, never colour alone. */
export type Flag = 'overdue' | 'due-soon' | 'no-date' | 'none'

/**
 * The one rule for the date a row's deadline text is read against (deadlines.md:
 * `reference` only fills in a missing year, so "ultimo marts" means the March after it).
 * The table, the form's "Læses som", the exports, the dashboard, roll-forward, versions
 * and the changes since a meeting all ask here, so they never disagree about a row.
 */
import type { Initiative, Overview } from './model'

/** What the rule needs of a row. A row not saved yet has no reference of its own and is made today. */
export type ReferenceRow = Pick<Initiative, 'deadlineText' | 'createdAt'> & Partial<Pick<Initiative, 'deadlineReference'>>

/**
 * A row keeps its own reference (the meeting it was written for, set when the overview was
 * rolled forward) only while its text is unchanged: a rewritten text is written for today's meeting.
 */
export function keepsDeadlineReference(row: Pick<Initiative, 'deadlineText' | 'deadlineReference'>, deadlineText: string): boolean {
  return row.deadlineReference !== undefined && row.deadlineReference !== '' && deadlineText === row.deadlineText
}

/**
 * The reference of `row`'s deadline text — or of `deadlineText`, the text a form is about to
 * save for it: the row's own reference while the text is the one it was written with, else the
 * overview's meeting date, else the day the row was made.
 */
export function referenceDate(overview: Pick<Overview, 'meetingDate'> | undefined, row: ReferenceRow, deadlineText = row.deadlineText): string {
  if (keepsDeadlineReference(row, deadlineText)) return row.deadlineReference as string
  return overview?.meetingDate || row.createdAt.slice(0, 10)
}

/** The reference of a row about to be made today (Ny indsats): the same rule, for a row created `today`. */
export function newRowReferenceDate(overview: Pick<Overview, 'meetingDate'> | undefined, today: string): string {
  return referenceDate(overview, { deadlineText: '', createdAt: today })
}

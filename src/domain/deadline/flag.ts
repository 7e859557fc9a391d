/**
 * The flag beside a row (ui.md "Flags"): overdue, due soon, no date, or none.
 * Pure: the as-of date is passed in (today or the meeting date the user picks).
 */
import type { Deadline, Flag } from './types'
import type { Status } from '../model'
import { addDays } from './calendar'

/** How far ahead "due soon" looks, in days. */
export const DUE_SOON_DAYS = 30

/** Work that is implemented or dropped is never flagged. */
const CLOSED: ReadonlySet<Status> = new Set<Status>(['implemented', 'dropped'])

/**
 * overdue: a date deadline whose end is before `asOf`; due-soon: its end is within
 * `asOf` … `asOf` + 30 days (both inclusive); no-date: nothing could be read.
 * Done and ongoing readings carry no flag. ISO dates compare as strings.
 */
export function flagFor(deadline: Deadline, status: Status, asOf: string): Flag {
  if (CLOSED.has(status)) return 'none'
  if (deadline.kind === 'none') return 'no-date'
  if (deadline.kind !== 'date') return 'none'
  if (deadline.end < asOf) return 'overdue'
  const horizon = addDays(asOf, DUE_SOON_DAYS)
  return horizon !== '' && deadline.end <= horizon ? 'due-soon' : 'none'
}

/** The reading of a deadline set by hand: that day, which wins over the text. */
export function fixedDeadline(isoDate: string): Deadline {
  return { kind: 'date', start: isoDate, end: isoDate, precision: 'day', matched: isoDate }
}

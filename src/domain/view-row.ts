/**
 * What the table shows for one initiative: the stored row plus everything derived
 * from it for a given as-of date. Derived once per data or as-of change (never per
 * render), so filtering, sorting and flags over 10,000 rows stay cheap.
 */
import type { Initiative, Overview, StatusEntry } from './model'
import type { Deadline, Flag } from './deadline/types'
import { fixedDeadline, flagFor, parseDeadline } from './deadline'
import { normaliseForSearch } from './text'
import { formatNumber } from './columns/kinds'
import { formatDateEntry } from './date-entry-format'
import { referenceDate } from './reference-date'

export interface ViewRow {
  id: string
  initiative: Initiative
  /** The reading of the deadline text as written. */
  reading: Deadline
  /** What counts: a hand-set fixed date wins over the reading. */
  deadline: Deadline
  flag: Flag
  /** `deadline.end` when there is one; rows without sort last. */
  deadlineEnd: string | undefined
  /** Lower-cased, accent-folded text of every text column, for Søg. */
  searchText: string
  /** The newest status log entry, when there is one. */
  latestStatus?: StatusEntry
}

// The date a row's text is read against is decided in one place (./reference-date).
export { referenceDate } from './reference-date'

/**
 * Reads deadline texts with a cache keyed by text and reference date: a reading
 * only changes when its text does, so edits re-read one row, not all of them.
 */
export function createDeadlineReader(limit = 50_000): (text: string, reference: string) => Deadline {
  const cache = new Map<string, Deadline>()
  return (text, reference) => {
    const key = `${reference}\u0000${text}`
    const cached = cache.get(key)
    if (cached) return cached
    if (cache.size >= limit) cache.clear()
    const reading = parseDeadline(text, { reference })
    cache.set(key, reading)
    return reading
  }
}

const defaultReader = createDeadlineReader()

/**
 * A class, not an object literal with a getter: every row then shares one shape and
 * one prototype getter, so reading 10,000 of them stays monomorphic (a literal's own
 * getter closure gives each row its own hidden class).
 */
class DerivedRow implements ViewRow {
  readonly id: string
  readonly deadline: Deadline
  readonly flag: Flag
  readonly deadlineEnd: string | undefined
  readonly latestStatus?: StatusEntry
  private search: string | undefined = undefined

  constructor(
    readonly initiative: Initiative,
    readonly reading: Deadline,
    asOf: string,
    latestStatus: StatusEntry | undefined,
  ) {
    this.id = initiative.id
    this.deadline = initiative.fixedDeadline ? fixedDeadline(initiative.fixedDeadline) : reading
    this.flag = flagFor(this.deadline, initiative.status, asOf)
    this.deadlineEnd = 'end' in this.deadline ? this.deadline.end : undefined
    if (latestStatus) this.latestStatus = latestStatus
  }

  // Built on first need, not while the rows are derived: the table builds them when the
  // browser is idle after the first paint (or the first keystroke in Søg does).
  get searchText(): string {
    if (this.search === undefined) {
      const { area, category, title, method, deadlineText, owner, notes, extra } = this.initiative
      // Extra columns' values as the table shows them (a number "12.500", a date "20.01.2021") and as stored.
      const extras = extra ? Object.values(extra).map((v) => (typeof v === 'number' ? `${formatNumber(v)} ${v}` : `${formatDateEntry(v)} ${v}`)) : []
      this.search = normaliseForSearch([area, category ?? '', title, method, deadlineText, owner, notes, this.latestStatus?.text ?? '', ...extras].join('\n'))
    }
    return this.search
  }
}

export function toViewRow(
  initiative: Initiative,
  overview: Pick<Overview, 'meetingDate'> | undefined,
  asOf: string,
  read: (text: string, reference: string) => Deadline = defaultReader,
  latestStatus?: StatusEntry,
): ViewRow {
  return new DerivedRow(initiative, read(initiative.deadlineText, referenceDate(overview, initiative)), asOf, latestStatus)
}

/**
 * toViewRows that keeps the rows it derived: an indsats that is the same object as last
 * time, read against the same meeting date, as-of date, reader and latest statuses, gets the
 * same ViewRow back (with its search text already built). The live rows keep the objects of
 * every page a change did not touch, so an edit of one row re-derives one page, not 10,000.
 */
export function createViewRowCache(): typeof toViewRows {
  let made = new WeakMap<Initiative, ViewRow>()
  let context: unknown[] = []
  return (initiatives, overview, asOf, read, latestStatuses) => {
    const now = [overview?.meetingDate, asOf, read, latestStatuses]
    if (now.some((value, i) => value !== context[i])) {
      made = new WeakMap()
      context = now
    }
    return initiatives.map((initiative) => {
      let row = made.get(initiative)
      if (!row) made.set(initiative, (row = toViewRow(initiative, overview, asOf, read, latestStatuses?.get(initiative.id))))
      return row
    })
  }
}

export function toViewRows(
  initiatives: readonly Initiative[],
  overview: Pick<Overview, 'meetingDate'> | undefined,
  asOf: string,
  read?: (text: string, reference: string) => Deadline,
  latestStatuses?: ReadonlyMap<string, StatusEntry>,
): ViewRow[] {
  return initiatives.map((initiative) => toViewRow(initiative, overview, asOf, read, latestStatuses?.get(initiative.id)))
}

/**
 * Calendar maths on day numbers (days since 1970-01-01, proleptic Gregorian).
 * Pure integer arithmetic (Howard Hinnant's civil-date algorithms): no Date
 * objects, so no time zones, no clock, and no allocation in the hot path.
 */

/**
 * "No such day": what parseIso and isoWeekStart return when there is none. Not -1, which
 * is a real day (31 December 1969): far below any day of the years 0–9999.
 */
export const NO_DAY = Number.MIN_SAFE_INTEGER

/** Day number of y-m-d (month 1–12). Does not validate; callers check `d <= daysInMonth`. */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const mp = (m + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The inverse of dayNumber, packed as y*10000 + m*100 + d so no tuple is allocated. */
export function civil(day: number): number {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return y * 10000 + m * 100 + d
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28
  return DAYS[m - 1] ?? 0
}

/** Monday = 0 … Sunday = 6. Day 0 (1970-01-01) was a Thursday. */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7
}

/** Monday of ISO week 1: the week that holds 4 January. */
function week1Monday(y: number): number {
  const jan4 = dayNumber(y, 1, 4)
  return jan4 - weekday(jan4)
}

export function isoWeeksInYear(y: number): number {
  return (week1Monday(y + 1) - week1Monday(y)) / 7
}

/** Monday of ISO week `w` of ISO year `y`, or NO_DAY when the year has no such week ("uge 53 2021"). */
export function isoWeekStart(y: number, w: number): number {
  if (w < 1 || w > isoWeeksInYear(y)) return NO_DAY
  return week1Monday(y) + (w - 1) * 7
}

/** ISO week of a day, packed as isoYear*100 + week. */
export function isoWeekOf(day: number): number {
  const thursday = day - weekday(day) + 3
  const y = Math.floor(civil(thursday) / 10000)
  return y * 100 + Math.floor((thursday - week1Monday(y)) / 7) + 1
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

/** YYYY-MM-DD of a day number. The app only handles years 1000–9999. */
export function isoOf(day: number): string {
  const c = civil(day)
  const y = Math.floor(c / 10000)
  return `${y}-${pad2(Math.floor(c / 100) % 100)}-${pad2(c % 100)}`
}

/** Day number of a strict YYYY-MM-DD that is a real date, else NO_DAY (never throws). */
export function parseIso(s: string): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NO_DAY
  const y = digits(s, 0, 4)
  const m = digits(s, 5, 7)
  const d = digits(s, 8, 10)
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NO_DAY
  return dayNumber(y, m, d)
}

function digits(s: string, from: number, to: number): number {
  let v = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    v = v * 10 + c
  }
  return v
}

/** An ISO date moved by `n` days; '' when the input is not a real date. */
export function addDays(iso: string, n: number): string {
  const day = parseIso(iso)
  return day === NO_DAY ? '' : isoOf(day + n)
}

/** Packed civil parts, for callers that want numbers rather than strings. */
export const yearOf = (c: number) => Math.floor(c / 10000)
export const monthOf = (c: number) => Math.floor(c / 100) % 100
export const dateOf = (c: number) => c % 100

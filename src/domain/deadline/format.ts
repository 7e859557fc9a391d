/**
 * A reading in plain Danish, in the app's own words: "31. maj 2021", "3. kvartal 2021",
 * "maj–august 2021". Every form written here is one parseDeadline reads back to the
 * same start and end (a property test holds it to that).
 */
import type { Deadline, Precision } from './types'
import { civil, dateOf, daysInMonth, isoWeekOf, monthOf, NO_DAY, parseIso, weekday, yearOf } from './calendar'

export const MONTH_NAMES = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
] as const

const DONE_WORD = 'Implementeret'
const ONGOING_WORD = 'Løbende'
const DASH = '–'

const monthName = (m: number) => MONTH_NAMES[m - 1] ?? ''
const dayText = (c: number) => `${dateOf(c)}. ${monthName(monthOf(c))} ${yearOf(c)}`

/** The reading of a deadline as the table shows it; '' for none. */
export function formatDeadline(d: Deadline): string {
  if (d.kind === 'none') return ''
  const period = d.start !== undefined && d.end !== undefined ? formatPeriod(d.start, d.end, d.precision ?? 'range') : ''
  if (d.kind === 'date') return period
  if (d.kind === 'done') return period ? `${DONE_WORD} ${period}` : DONE_WORD
  // An ongoing reading keeps a date only when the text gave its start ("løbende fra 2021").
  return period ? `${ONGOING_WORD} fra ${period}` : ONGOING_WORD
}

/** Exact inclusive days, for the hover text: "1. juli – 30. september 2021"; '' when not real dates. */
export function formatPeriodExact(start: string, end: string): string {
  const s = parseIso(start)
  const e = parseIso(end)
  if (s === NO_DAY || e === NO_DAY) return ''
  const cs = civil(s)
  const ce = civil(e)
  if (s === e) return dayText(cs)
  if (yearOf(cs) !== yearOf(ce)) return `${dayText(cs)} ${DASH} ${dayText(ce)}`
  if (monthOf(cs) === monthOf(ce)) return `${dateOf(cs)}.${DASH}${dayText(ce)}`
  return `${dateOf(cs)}. ${monthName(monthOf(cs))} ${DASH} ${dayText(ce)}`
}

const SEASON_NAMES: Record<string, string> = {
  '3-5': 'foråret',
  '6-8': 'sommeren',
  '9-11': 'efteråret',
  '12-2': 'vinteren',
  '5-6': 'forsommeren',
  '8-9': 'sensommeren',
  '12-1': 'årsskiftet',
}

const THIRDS: readonly string[] = ['primo', 'medio', 'ultimo']

/**
 * The period in words for its precision, when its days have that shape; any other
 * shape (a hand-made or odd span) falls back to a general description.
 */
export function formatPeriod(start: string, end: string, precision: Precision): string {
  const s = parseIso(start)
  const e = parseIso(end)
  if (s === NO_DAY || e === NO_DAY || e < s) return ''
  const cs = civil(s)
  const ce = civil(e)
  const ys = yearOf(cs)
  const ye = yearOf(ce)
  const ms = monthOf(cs)
  const me = monthOf(ce)
  const ds = dateOf(cs)
  const de = dateOf(ce)
  const last = daysInMonth(ye, me)
  const wholeMonths = ds === 1 && de === last
  const sameYear = ys === ye
  switch (precision) {
    case 'week': {
      if (weekday(s) === 0 && e === s + 6) {
        const w = isoWeekOf(s)
        return `uge ${w % 100} ${Math.floor(w / 100)}`
      }
      const nth = (ds - 1) / 7 + 1
      if (sameYear && ms === me && Number.isInteger(nth) && (nth === 5 ? de === last : de === ds + 6)) {
        return `${nth}. uge i ${monthName(ms)} ${ys}`
      }
      break
    }
    case 'part-of-month': {
      const third = ds === 1 && de === 10 ? 0 : ds === 11 && de === 20 ? 1 : ds === 21 && de === last ? 2 : -1
      if (sameYear && ms === me && third >= 0) return `${THIRDS[third]} ${monthName(ms)} ${ys}`
      break
    }
    case 'part-of-year': {
      const third = (ms - 1) / 4
      if (sameYear && wholeMonths && Number.isInteger(third) && me === ms + 3) return `${THIRDS[third]} ${ys}`
      break
    }
    case 'quarter':
      if (sameYear && wholeMonths && ms % 3 === 1 && me === ms + 2) return `${(ms + 2) / 3}. kvartal ${ys}`
      break
    case 'half-year':
      if (sameYear && wholeMonths && (ms === 1 || ms === 7) && me === ms + 5) return `${ms === 1 ? 1 : 2}. halvår ${ys}`
      break
    case 'season': {
      const name = wholeMonths ? SEASON_NAMES[`${ms}-${me}`] : undefined
      if (name !== undefined && ms === 12 && ye === ys + 1) return `${name} ${ys}/${shortYear(ys, ye)}`
      if (name !== undefined && sameYear && ms !== 12) return `${name} ${ys}`
      break
    }
    default:
      break
  }
  return describe(cs, ce, s === e, wholeMonths)
}

/** The second year of a pair written short, unless the century changes ("2099/2100"). */
function shortYear(first: number, second: number): string {
  if (Math.floor(first / 100) !== Math.floor(second / 100)) return `${second}`
  const yy = second % 100
  return yy < 10 ? `0${yy}` : `${yy}`
}

/** Day, month, year, runs of months or years, the school year; else exact days. */
function describe(cs: number, ce: number, oneDay: boolean, wholeMonths: boolean): string {
  const ys = yearOf(cs)
  const ye = yearOf(ce)
  const ms = monthOf(cs)
  const me = monthOf(ce)
  if (oneDay) return dayText(cs)
  if (!wholeMonths) return formatPeriodExact(isoParts(cs), isoParts(ce))
  if (ms === 1 && me === 12) return ys === ye ? `${ys}` : `${ys}${DASH}${ye}`
  if (ms === 8 && me === 7 && ye === ys + 1) return `skoleåret ${ys}/${shortYear(ys, ye)}`
  if (ys !== ye) return `${monthName(ms)} ${ys} ${DASH} ${monthName(me)} ${ye}`
  if (ms === me) return `${monthName(ms)} ${ys}`
  return `${monthName(ms)}${DASH}${monthName(me)} ${ys}`
}

function isoParts(c: number): string {
  const m = monthOf(c)
  const d = dateOf(c)
  return `${yearOf(c)}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

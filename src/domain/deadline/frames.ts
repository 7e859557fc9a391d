/**
 * A frame is what one grammar rule reads: a period described by its unit and
 * numbers, possibly still without a year. `periodOf` turns a frame plus a year
 * into start/end day numbers; it is the only place that knows what
 * "3. kvartal" or "ultimo" spans.
 */
import type { Precision } from './types'
import { dayNumber, daysInMonth, isoWeekStart, NO_DAY } from './calendar'
import { SEASON_AUTUMN, SEASON_EARLY_SUMMER, SEASON_LATE_SUMMER, SEASON_NEW_YEAR, SEASON_SPRING, SEASON_SUMMER, SEASON_WINTER } from './lexicon'

export type Unit =
  | 'day' // n = day of month
  | 'month'
  | 'week' // ISO week n (to n2 when a run of weeks)
  | 'wom' // n-th week of the month (1–5, -1 = the last seven days)
  | 'quarter' // n = 1–4
  | 'half' // n = 1–2
  | 'season' // n = SEASON_*
  | 'year' // to year2 when a span of years ("2021/22")
  | 'school' // school year from 1 August
  | 'ord' // head: a bare ordinal ("3." in "3.-4. kvartal") that takes its unit from what follows
  | 'mod' // head: a bare primo/medio/ultimo ("medio" in "medio/ultimo 2021")
  | 'skip' // a stretch the grammar recognised as not a date ("budget 2023")

export interface Frame {
  unit: Unit
  n: number
  n2: number
  /** 1–12, 0 when not part of the frame. */
  month: number
  /** 0 while the text has not given one. */
  year: number
  /** The second year of "vinteren 2021/22", "skoleåret 2024/25", "2021/22". */
  year2: number
  /** 0 none, 1 primo, 2 medio, 3 ultimo. */
  mod: number
  /** Token indices, inclusive. */
  first: number
  last: number
}

export function frame(unit: Unit, first: number, last: number): Frame {
  return { unit, n: 0, n2: 0, month: 0, year: 0, year2: 0, mod: 0, first, last }
}

export function isHead(f: Frame): boolean {
  return f.unit === 'ord' || f.unit === 'mod' || f.unit === 'skip'
}

/** Where periodOf writes a period: start and end day numbers and the precision (a parse's ParseContext.period). */
export interface PeriodOut {
  s: number
  e: number
  p: Precision
}

/** Frames whose unit is a run of whole months, for primo/medio/ultimo over them. */
function months(out: PeriodOut, y1: number, m1: number, y2: number, m2: number, p: Precision, mod: number, modP: Precision): boolean {
  let a = y1 * 12 + m1 - 1
  let b = y2 * 12 + m2 - 1
  if (mod > 0) {
    const span = b - a + 1
    // Thirds of the period: "ultimo 3. kvartal" is September, "medio 2021" May–August.
    // Periods that do not split into whole-month thirds keep their full extent.
    if (span % 3 === 0) {
      const k = span / 3
      a += (mod - 1) * k
      b = a + k - 1
      p = modP === 'part-of-year' ? modP : k === 1 ? 'month' : 'range'
    }
  }
  const ys = Math.floor(a / 12)
  const ye = Math.floor(b / 12)
  const me = (b % 12) + 1
  out.s = dayNumber(ys, (a % 12) + 1, 1)
  out.e = dayNumber(ye, me, daysInMonth(ye, me))
  out.p = p
  return true
}

const SEASONS: Record<number, [number, number]> = {
  [SEASON_SPRING]: [3, 5],
  [SEASON_SUMMER]: [6, 8],
  [SEASON_AUTUMN]: [9, 11],
  [SEASON_WINTER]: [12, 14], // December to February of the next year
  [SEASON_EARLY_SUMMER]: [5, 6],
  [SEASON_LATE_SUMMER]: [8, 9],
  [SEASON_NEW_YEAR]: [12, 13],
}

/** Seasons that run into the next year take a year pair: "vinteren 2021/22", "årsskiftet 2021/22". */
export function seasonWraps(season: number): boolean {
  return (SEASONS[season]?.[1] ?? 0) > 12
}

/**
 * Computes the period of `f` in year `y` into `out`. Returns false when the frame
 * names no real period in that year ("31. februar", "uge 53 2021", "5. kvartal").
 */
export function periodOf(out: PeriodOut, f: Frame, y: number): boolean {
  if (y < 1000 || y > 9998) return false
  switch (f.unit) {
    case 'day': {
      if (f.n < 1 || f.n > daysInMonth(y, f.month)) return false
      out.s = out.e = dayNumber(y, f.month, f.n)
      out.p = 'day'
      return true
    }
    case 'month': {
      if (f.mod === 0) return months(out, y, f.month, y, f.month, 'month', 0, 'month')
      const last = daysInMonth(y, f.month)
      // primo 1–10, medio 11–20, ultimo 21–last (deadlines.md).
      out.s = dayNumber(y, f.month, f.mod === 1 ? 1 : f.mod === 2 ? 11 : 21)
      out.e = dayNumber(y, f.month, f.mod === 1 ? 10 : f.mod === 2 ? 20 : last)
      out.p = 'part-of-month'
      return true
    }
    case 'wom': {
      const last = daysInMonth(y, f.month)
      if (f.n === -1) {
        out.s = dayNumber(y, f.month, last - 6)
        out.e = dayNumber(y, f.month, last)
      } else {
        const from = (f.n - 1) * 7 + 1
        if (f.n < 1 || f.n > 5 || from > last) return false
        out.s = dayNumber(y, f.month, from)
        out.e = dayNumber(y, f.month, f.n === 5 ? last : from + 6)
      }
      out.p = 'week'
      return true
    }
    case 'week': {
      const s = isoWeekStart(y, f.n)
      if (s === NO_DAY) return false
      const e = f.n2 > f.n ? isoWeekStart(y, f.n2) : s
      if (e === NO_DAY) return false
      out.s = s
      out.e = e + 6
      out.p = f.n2 > f.n ? 'range' : 'week'
      return true
    }
    case 'quarter':
      if (f.n < 1 || f.n > 4) return false
      return months(out, y, f.n * 3 - 2, y, f.n * 3, 'quarter', f.mod, 'quarter')
    case 'half':
      if (f.n < 1 || f.n > 2) return false
      return months(out, y, f.n * 6 - 5, y, f.n * 6, 'half-year', f.mod, 'half-year')
    case 'season': {
      const m = SEASONS[f.n]
      if (m === undefined) return false
      if (f.year2 !== 0 && f.year2 !== y + 1) return false
      return months(out, y, m[0], m[1] > 12 ? y + 1 : y, m[1] > 12 ? m[1] - 12 : m[1], 'season', f.mod, 'season')
    }
    case 'year':
      if (f.year2 > y) return months(out, y, 1, f.year2, 12, 'range', 0, 'range')
      return months(out, y, 1, y, 12, 'year', f.mod, 'part-of-year')
    case 'school':
      if (f.year2 !== 0 && f.year2 !== y + 1) return false
      return months(out, y, 8, y + 1, 7, 'range', f.mod, 'range')
    default:
      return false
  }
}

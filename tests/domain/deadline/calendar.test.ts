/**
 * The parser's own day arithmetic (calendar.ts: integer day numbers, no Date objects in
 * the hot path) against date-fns, over 100,000 seeded random dates in the years the app
 * handles (1000–9999). date-fns works on local Date objects; the test runs in UTC.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays as dfAddDays, differenceInCalendarDays, getDaysInMonth, getISODay, getISOWeek, getISOWeekYear, getISOWeeksInYear, isLeapYear, startOfISOWeekYear } from 'date-fns'
import { parseDeadline } from '../../../src/domain/deadline'
import { NO_DAY, addDays, civil, dayNumber, daysInMonth, isLeap, isoOf, isoWeekOf, isoWeeksInYear, isoWeekStart, parseIso, weekday } from '../../../src/domain/deadline/calendar'

const RUNS = 100_000
const SEED = 20211
const EPOCH = new Date(1970, 0, 1)
const FIRST = dayNumber(1000, 1, 1)
const LAST = dayNumber(9999, 12, 31)
const dateOf = (day: number) => dfAddDays(EPOCH, day)
const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const isoOfDate = (d: Date) => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

describe('calendar.ts agrees with date-fns', () => {
  it('the date of a day number, its weekday and ISO week, and the way back', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
        const date = dateOf(day)
        const c = civil(day)
        expect(isoOf(day)).toBe(isoOfDate(date))
        expect(dayNumber(Math.floor(c / 10000), Math.floor(c / 100) % 100, c % 100)).toBe(day)
        expect(differenceInCalendarDays(date, EPOCH)).toBe(day)
        expect(parseIso(isoOf(day))).toBe(day)
        expect(weekday(day) + 1).toBe(getISODay(date))
        expect(isoWeekOf(day)).toBe(getISOWeekYear(date) * 100 + getISOWeek(date))
        expect(daysInMonth(date.getFullYear(), date.getMonth() + 1)).toBe(getDaysInMonth(date))
        expect(isLeap(date.getFullYear())).toBe(isLeapYear(date))
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('moving a date by any number of days', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST + 40_000, max: LAST - 40_000 }), fc.integer({ min: -40_000, max: 40_000 }), (day, n) => {
        expect(addDays(isoOf(day), n)).toBe(isoOfDate(dfAddDays(dateOf(day), n)))
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    )
  })

  it('ISO weeks: how many a year has and the Monday of week 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1001, max: 9998 }), (year) => {
        const mid = new Date(year, 6, 1)
        expect(isoWeeksInYear(year)).toBe(getISOWeeksInYear(mid))
        expect(isoOf(isoWeekStart(year, 1))).toBe(isoOfDate(startOfISOWeekYear(mid)))
        expect(isoWeekStart(year, isoWeeksInYear(year) + 1)).toBe(NO_DAY)
      }),
      { numRuns: 9_000, seed: SEED + 2 },
    )
  })

  it.each(['2021-02-29', '2021-13-01', '2021-1-01', '20210101', '', 'marts'])('refuses %j', (text) => {
    expect(parseIso(text)).toBe(NO_DAY)
    expect(addDays(text, 1)).toBe('')
  })

  // Found by the property above: -1 once meant "no day", and 31 December 1969 is day -1.
  it('days before 1970 are days like any other', () => {
    expect(parseIso('1969-12-31')).toBe(-1)
    expect(addDays('1969-12-31', 1)).toBe('1970-01-01')
    expect(isoOf(isoWeekStart(1960, 1))).toBe('1960-01-04')
    expect(parseDeadline('uge 2 1965', { reference: '2021-01-20' })).toMatchObject({ kind: 'date', start: '1965-01-11', end: '1965-01-17' })
    expect(parseDeadline('ultimo marts', { reference: '1969-12-31' })).toMatchObject({ kind: 'date', start: '1970-03-21', end: '1970-03-31' })
  })
})

/**
 * Properties: any text gives a valid reading without throwing; every period is real and
 * runs forwards; and a period written in the app's own words reads back to the same
 * days. Expected periods are computed here with Date.UTC, independently of calendar.ts.
 */
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { formatDeadline, parseDeadline, type Deadline, type Precision } from '../../../src/domain/deadline'

const PRECISIONS: Precision[] = ['day', 'week', 'month', 'part-of-month', 'quarter', 'half-year', 'season', 'part-of-year', 'year', 'range']

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d)
const ymd = (y: number, m: number, d: number) => iso(utc(y, m, d))
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
const isRealDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && iso(Date.parse(`${s}T00:00:00Z`)) === s

function expectValid(text: string, d: Deadline): void {
  expect(['date', 'done', 'ongoing', 'none']).toContain(d.kind)
  for (const value of Object.values(d)) expect(value).not.toBeUndefined()
  if (d.kind === 'none') {
    expect(Object.keys(d)).toStrictEqual(['kind'])
    return
  }
  expect(text).toContain(d.matched)
  if (d.kind === 'date' || d.start !== undefined || d.end !== undefined || d.precision !== undefined) {
    const { start, end, precision } = d as { start: string; end: string; precision: Precision }
    expect(isRealDate(start)).toBe(true)
    expect(isRealDate(end)).toBe(true)
    expect(start <= end).toBe(true)
    expect(PRECISIONS).toContain(precision)
  }
}

/** Words and marks from the grammar, so random texts hit its rules and not only plain prose. */
const VOCABULARY = [
  'januar', 'jan', 'feb', 'marts', 'maj', 'jul', 'sept', 'december', 'primo', 'medio', 'ultimo', 'kvartal', 'kvt', 'halvår',
  'halvdel', 'uge', 'ugerne', 'foråret', 'sommer', 'vinteren', 'årsskiftet', 'skoleåret', 'første', 'andet', 'sidste', 'q',
  'h', 'i', 'af', 'til', 'og', 'med', 'fra', 'den', 'd', 'pr', 'løbet', 'året', 'begyndelsen', 'udgangen', 'ved', 'inden',
  'midt', 'sidst', 'på', 'er', 'blev', 'implementeret', 'ikke', 'når', 'løbende', 'budget', 'for', 'kr', 'Vedtaget',
  '1', '3', '12', '20', '21', '22', '29', '31', '53', '2020', '2021', '2022', '2099', '1990', '0012345', '7',
  '.', ',', '/', '-', '–', "'", '(', ')', ';', ':', '%', '§',
]
const wordy = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom('', ' ', '  ', '\n')), { maxLength: 14 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''))

const reference = fc.integer({ min: utc(1990, 1, 1) / DAY, max: utc(2090, 12, 31) / DAY }).map((n) => iso(n * DAY))

describe('parseDeadline never throws and always gives a valid reading', () => {
  it('for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 60 }), wordy), reference, (text, ref) => {
        expectValid(text, parseDeadline(text, { reference: ref }))
      }),
      { numRuns: 2000 },
    )
  })

  it('for texts built from the grammar words, against any reference', () => {
    fc.assert(
      fc.property(wordy, reference, (text, ref) => {
        expectValid(text, parseDeadline(text, { reference: ref }))
      }),
      { numRuns: 5000 },
    )
  })

  it('for any reference string, valid or not', () => {
    fc.assert(
      fc.property(wordy, fc.string({ maxLength: 12 }), (text, ref) => {
        expectValid(text, parseDeadline(text, { reference: ref }))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('a missing year is resolved against the reference', () => {
  const yearless = fc.constantFrom('ultimo marts', 'uge 34', 'efteråret', 'vinteren', '15. juni', 'primo maj', '2. kvartal', 'første halvår', 'uge 53', '29. februar')
  it('a date text ends on or after the reference; a done text starts on or before it', () => {
    fc.assert(
      fc.property(yearless, reference, (text, ref) => {
        const future = parseDeadline(text, { reference: ref })
        expect(future.kind).toBe('date')
        if (future.kind === 'date') expect(future.end >= ref).toBe(true)
        const done = parseDeadline(`Vedtaget ${text}`, { reference: ref })
        expect(done.kind).toBe('done')
        if (done.kind === 'done') expect(done.start !== undefined && done.start <= ref).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})

/** A period in the app's own terms: start, end and precision computed with Date.UTC. */
type Spec = { start: string; end: string; precision: Precision }
const year = fc.integer({ min: 1990, max: 2090 })
const month = fc.integer({ min: 1, max: 12 })
const months = (y1: number, m1: number, y2: number, m2: number, precision: Precision): Spec => ({
  start: ymd(y1, m1, 1),
  end: ymd(y2, m2, lastDay(y2, m2)),
  precision,
})
const anyDay = fc.integer({ min: utc(1990, 1, 1) / DAY, max: utc(2090, 12, 31) / DAY })

function isoWeekMonday(y: number, w: number): number {
  const jan4 = utc(y, 1, 4)
  const dow = (new Date(jan4).getUTCDay() + 6) % 7
  return jan4 - dow * DAY + (w - 1) * 7 * DAY
}

const periods: fc.Arbitrary<Spec> = fc.oneof(
  anyDay.map((n) => ({ start: iso(n * DAY), end: iso(n * DAY), precision: 'day' as const })),
  fc.tuple(year, month).map(([y, m]) => months(y, m, y, m, 'month')),
  fc.tuple(year, month, fc.integer({ min: 0, max: 2 })).map(([y, m, t]) => ({
    start: ymd(y, m, [1, 11, 21][t] as number),
    end: ymd(y, m, t === 2 ? lastDay(y, m) : t === 1 ? 20 : 10),
    precision: 'part-of-month' as const,
  })),
  fc.tuple(year, fc.integer({ min: 0, max: 2 })).map(([y, t]) => months(y, t * 4 + 1, y, t * 4 + 4, 'part-of-year')),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => months(y, q * 3 - 2, y, q * 3, 'quarter')),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => months(y, h * 6 - 5, y, h * 6, 'half-year')),
  fc.tuple(year, fc.constantFrom([3, 5], [6, 8], [9, 11], [12, 14], [5, 6], [8, 9], [12, 13])).map(([y, [a, b]]) =>
    months(y, a as number, b! > 12 ? y + 1 : y, b! > 12 ? b! - 12 : b!, 'season'),
  ),
  fc.tuple(year, fc.integer({ min: 1, max: 53 })).filter(([y, w]) => w < 53 || isoWeekMonday(y, 53) < isoWeekMonday(y + 1, 1)).map(([y, w]) => ({
    start: iso(isoWeekMonday(y, w)),
    end: iso(isoWeekMonday(y, w) + 6 * DAY),
    precision: 'week' as const,
  })),
  fc.tuple(year, month, fc.integer({ min: 1, max: 5 })).filter(([y, m, n]) => n < 5 || lastDay(y, m) >= 29).map(([y, m, n]) => ({
    start: ymd(y, m, (n - 1) * 7 + 1),
    end: ymd(y, m, n === 5 ? lastDay(y, m) : n * 7),
    precision: 'week' as const,
  })),
  year.map((y) => months(y, 1, y, 12, 'year')),
  fc.tuple(year, fc.integer({ min: 1, max: 5 })).map(([y, k]) => months(y, 1, y + k, 12, 'range')),
  year.map((y) => months(y, 8, y + 1, 7, 'range')),
  fc.tuple(year, month, month).map(([y, a, b]) => months(y, Math.min(a, b), y, Math.max(a, b), 'range')),
  fc.tuple(year, month, month, fc.integer({ min: 1, max: 3 })).map(([y, a, b, k]) => months(y, a, y + k, b, 'range')),
  fc.tuple(anyDay, fc.integer({ min: 0, max: 1200 })).map(([n, k]) => ({ start: iso(n * DAY), end: iso((n + k) * DAY), precision: 'range' as const })),
)

describe('formatting a period in the app’s own words and reading it back', () => {
  it('gives the same start and end', () => {
    fc.assert(
      fc.property(periods, reference, (spec, ref) => {
        const text = formatDeadline({ kind: 'date', matched: '', ...spec })
        const back = parseDeadline(text, { reference: ref })
        expect(back, text).toMatchObject({ kind: 'date', start: spec.start, end: spec.end })
      }),
      { numRuns: 5000 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { formatDateEntry, normaliseDateEntry, parseDateEntry } from '../../src/domain/date-entry'

describe('parseDateEntry reads a date as typed', () => {
  it.each([
    // dd.mm.åååå and its shorter and other-separator forms
    ['20.01.2021', '2021-01-20'],
    ['1.3.2021', '2021-03-01'],
    ['01.3.2021', '2021-03-01'],
    ['1.03.2021', '2021-03-01'],
    ['31.12.2021', '2021-12-31'],
    ['20-01-2021', '2021-01-20'],
    ['1-3-2021', '2021-03-01'],
    ['20/01/2021', '2021-01-20'],
    ['1/3/2021', '2021-03-01'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2000', '2000-02-29'],
    ['30.04.2021', '2021-04-30'],
    // ISO, as the browser and the URL write it
    ['2021-01-20', '2021-01-20'],
    ['2024-02-29', '2024-02-29'],
    // written Danish
    ['20. januar 2021', '2021-01-20'],
    ['20 januar 2021', '2021-01-20'],
    ['1. februar 2021', '2021-02-01'],
    ['1. feb. 2021', '2021-02-01'],
    ['1. feb 2021', '2021-02-01'],
    ['1 feb 2021', '2021-02-01'],
    ['15. marts 2021', '2021-03-15'],
    ['15. mar. 2021', '2021-03-15'],
    ['1. april 2021', '2021-04-01'],
    ['1. maj 2021', '2021-05-01'],
    ['30. juni 2021', '2021-06-30'],
    ['1. jul. 2021', '2021-07-01'],
    ['31. august 2021', '2021-08-31'],
    ['3. sept. 2021', '2021-09-03'],
    ['3. sep 2021', '2021-09-03'],
    ['1. okt. 2021', '2021-10-01'],
    ['30. nov. 2021', '2021-11-30'],
    ['24. december 2021', '2021-12-24'],
    ['den 20. januar 2021', '2021-01-20'],
    ['20. JANUAR 2021', '2021-01-20'],
    ['1.marts 2021', '2021-03-01'],
    // spaces around the text or between the parts do not matter
    ['  20.01.2021  ', '2021-01-20'],
    ['20. 01. 2021', '2021-01-20'],
    ['20.  januar   2021', '2021-01-20'],
    ['\t2021-01-20\n', '2021-01-20'],
  ])('%j is %s', (typed, iso) => {
    expect(parseDateEntry(typed)).toEqual({ ok: true, value: iso })
  })

  it.each([
    // impossible dates
    '31.02.2021',
    '29.02.2023',
    '31.04.2021',
    '32.01.2021',
    '0.01.2021',
    '00.01.2021',
    '1.13.2021',
    '1.0.2021',
    '2021-02-30',
    '2021-13-01',
    '30. februar 2021',
    '31. juni 2021',
    // half-typed: no year, or a year not written in full
    '12',
    '12.',
    '12.03',
    '12.03.',
    '12.03.2',
    '12.03.20',
    '12.03.202',
    '2021-03',
    '2021-03-1',
    '2021-3-1',
    '20. januar',
    '20. januar 21',
    'januar 2021',
    // not a date
    '12.03.20211',
    '20.01.2021.',
    '1.3-2021',
    '1/3.2021',
    '20012021',
    '1. j 2021',
    '1. ma 2021',
    '1. jx 2021',
    '1. marts 2021 kl. 12',
    'i morgen',
    'Medio 2021',
    '2021-01-20T10:00',
  ])('%j is not a date', (typed) => {
    expect(parseDateEntry(typed)).toEqual({ ok: false, code: 'date' })
  })

  it.each(['', '   ', '\n'])('%j is an empty field, not an error', (typed) => {
    expect(parseDateEntry(typed)).toEqual({ ok: true, value: '' })
  })
})

describe('formatDateEntry shows a stored date as dd.mm.åååå', () => {
  it.each([
    ['2021-01-20', '20.01.2021'],
    ['2024-02-29', '29.02.2024'],
    ['1999-12-31', '31.12.1999'],
    ['', ''],
    ['not a date', 'not a date'],
  ])('%j → %j', (iso, shown) => {
    expect(formatDateEntry(iso)).toBe(shown)
  })

  it.each(['2021-01-20', '2021-03-01', '2024-02-29', '2021-12-31'])('reads back what it shows: %s', (iso) => {
    expect(parseDateEntry(formatDateEntry(iso))).toEqual({ ok: true, value: iso })
  })
})

describe('the date-entry modules are pure', () => {
  it.each(['date-entry.ts', 'date-entry-format.ts'])('%s reads no clock', (file) => {
    const source = readFileSync(new URL(`../../src/domain/${file}`, import.meta.url), 'utf8')
    expect(source).not.toMatch(/new Date\(|Date\.now/)
  })

  it('the formatter loads no date library (the first screen imports it)', () => {
    expect(readFileSync(new URL('../../src/domain/date-entry-format.ts', import.meta.url), 'utf8')).not.toMatch(/from ['"]/)
  })
})

describe('normaliseDateEntry tidies a date when the field is left', () => {
  it.each([
    ['20. januar 2021', '20.01.2021'],
    ['1.3.2021', '01.03.2021'],
    ['2021-03-01', '01.03.2021'],
    ['1/3/2021', '01.03.2021'],
    // not a date (yet): left as typed, for the form to point out
    ['12.03', '12.03'],
    ['31.02.2021', '31.02.2021'],
    ['', ''],
  ])('%j → %j', (typed, shown) => {
    expect(normaliseDateEntry(typed)).toBe(shown)
  })
})

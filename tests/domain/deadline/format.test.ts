import { describe, it, expect } from 'vitest'
import { fixedDeadline, formatDeadline, formatPeriod, formatPeriodExact, parseDeadline, type Deadline, type Precision } from '../../../src/domain/deadline'

const d = (start: string, end: string, precision: Precision): Deadline => ({ kind: 'date', start, end, precision, matched: 'x' })

describe('formatDeadline', () => {
  it.each<[Deadline, string]>([
    [d('2021-05-31', '2021-05-31', 'day'), '31. maj 2021'],
    [d('2021-03-22', '2021-03-28', 'week'), 'uge 12 2021'],
    [d('2020-12-28', '2021-01-03', 'week'), 'uge 53 2020'],
    [d('2021-01-01', '2021-01-07', 'week'), '1. uge i januar 2021'],
    [d('2020-09-08', '2020-09-14', 'week'), '2. uge i september 2020'],
    [d('2021-03-29', '2021-03-31', 'week'), '5. uge i marts 2021'],
    [d('2021-03-01', '2021-03-31', 'month'), 'marts 2021'],
    [d('2021-03-01', '2021-03-10', 'part-of-month'), 'primo marts 2021'],
    [d('2021-03-11', '2021-03-20', 'part-of-month'), 'medio marts 2021'],
    [d('2021-03-21', '2021-03-31', 'part-of-month'), 'ultimo marts 2021'],
    [d('2021-01-01', '2021-04-30', 'part-of-year'), 'primo 2021'],
    [d('2021-05-01', '2021-08-31', 'part-of-year'), 'medio 2021'],
    [d('2021-09-01', '2021-12-31', 'part-of-year'), 'ultimo 2021'],
    [d('2021-07-01', '2021-09-30', 'quarter'), '3. kvartal 2021'],
    [d('2021-01-01', '2021-06-30', 'half-year'), '1. halvår 2021'],
    [d('2021-07-01', '2021-12-31', 'half-year'), '2. halvår 2021'],
    [d('2021-03-01', '2021-05-31', 'season'), 'foråret 2021'],
    [d('2021-06-01', '2021-08-31', 'season'), 'sommeren 2021'],
    [d('2021-09-01', '2021-11-30', 'season'), 'efteråret 2021'],
    [d('2021-12-01', '2022-02-28', 'season'), 'vinteren 2021/22'],
    [d('2099-12-01', '2100-02-28', 'season'), 'vinteren 2099/2100'],
    [d('2021-05-01', '2021-06-30', 'season'), 'forsommeren 2021'],
    [d('2021-08-01', '2021-09-30', 'season'), 'sensommeren 2021'],
    [d('2021-12-01', '2022-01-31', 'season'), 'årsskiftet 2021/22'],
    [d('2021-04-01', '2021-05-31', 'range'), 'april–maj 2021'],
    [d('2021-05-01', '2021-08-31', 'range'), 'maj–august 2021'],
    [d('2021-11-01', '2022-01-31', 'range'), 'november 2021 – januar 2022'],
    [d('2021-01-01', '2021-12-31', 'year'), '2021'],
    [d('2021-01-01', '2022-12-31', 'range'), '2021–2022'],
    [d('2024-08-01', '2025-07-31', 'range'), 'skoleåret 2024/25'],
    [d('2023-10-02', '2023-10-24', 'range'), '2.–24. oktober 2023'],
    [d('2022-09-28', '2022-10-27', 'range'), '28. september – 27. oktober 2022'],
    // A shape that does not fit its precision is described by its days.
    [d('2021-07-02', '2021-09-30', 'quarter'), '2. juli – 30. september 2021'],
    [d('2021-03-01', '2021-03-31', 'quarter'), 'marts 2021'],
    [{ kind: 'done', matched: 'Er implementeret' }, 'Implementeret'],
    [{ kind: 'done', matched: 'x', start: '2021-01-01', end: '2021-01-01', precision: 'day' }, 'Implementeret 1. januar 2021'],
    [{ kind: 'ongoing', matched: 'løbende' }, 'Løbende'],
    [{ kind: 'ongoing', matched: 'x', start: '2021-03-01', end: '2021-03-31', precision: 'month' }, 'Løbende fra marts 2021'],
    [{ kind: 'none' }, ''],
    [fixedDeadline('2021-05-31'), '31. maj 2021'],
  ])('%j → %s', (deadline, expected) => {
    expect(formatDeadline(deadline)).toBe(expected)
  })

  it('gives nothing for dates that are not real', () => {
    expect(formatDeadline(d('2021-02-30', '2021-03-01', 'range'))).toBe('')
    expect(formatPeriod('2021-03-02', '2021-03-01', 'range')).toBe('')
  })

  it('reads its own words back (done and ongoing included)', () => {
    const done: Deadline = { kind: 'done', matched: 'x', start: '2021-01-01', end: '2021-01-01', precision: 'day' }
    expect(parseDeadline(formatDeadline(done), { reference: '2021-01-20' })).toMatchObject({ kind: 'done', start: '2021-01-01' })
    expect(parseDeadline(formatDeadline({ kind: 'done', matched: 'x' }), { reference: '2021-01-20' }).kind).toBe('done')
    expect(parseDeadline(formatDeadline({ kind: 'ongoing', matched: 'x' }), { reference: '2021-01-20' }).kind).toBe('ongoing')
    const ongoing: Deadline = { kind: 'ongoing', matched: 'x', start: '2021-03-01', end: '2021-03-31', precision: 'month' }
    expect(parseDeadline(formatDeadline(ongoing), { reference: '2021-01-20' })).toMatchObject({ kind: 'ongoing', start: '2021-03-01', end: '2021-03-31' })
  })
})

describe('formatPeriodExact', () => {
  it.each([
    ['2021-07-01', '2021-09-30', '1. juli – 30. september 2021'],
    ['2021-01-20', '2021-01-20', '20. januar 2021'],
    ['2021-12-01', '2022-02-28', '1. december 2021 – 28. februar 2022'],
    ['2021-03-01', '2021-03-10', '1.–10. marts 2021'],
    ['2021-13-01', '2021-03-10', ''],
    ['', '', ''],
  ])('%s – %s → %s', (start, end, expected) => {
    expect(formatPeriodExact(start, end)).toBe(expected)
  })

  it('makes the hover text with formatDeadline', () => {
    const q3 = parseDeadline('Implementeres i 3. kvartal 2021.', { reference: '2021-01-20' })
    if (q3.kind !== 'date') throw new Error('expected a date')
    expect(`Læses som: ${formatDeadline(q3)} (${formatPeriodExact(q3.start, q3.end)})`).toBe(
      'Læses som: 3. kvartal 2021 (1. juli – 30. september 2021)',
    )
  })
})

describe('fixedDeadline', () => {
  it('is a one-day date reading of the hand-set date', () => {
    expect(fixedDeadline('2021-05-31')).toStrictEqual({ kind: 'date', start: '2021-05-31', end: '2021-05-31', precision: 'day', matched: '2021-05-31' })
  })
})

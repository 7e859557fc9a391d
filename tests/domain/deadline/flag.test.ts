import { describe, it, expect } from 'vitest'
import { fixedDeadline, flagFor, type Deadline, type Flag } from '../../../src/domain/deadline'
import { STATUSES, type Status } from '../../../src/domain/model'

const ending = (end: string): Deadline => ({ kind: 'date', start: '2021-01-01', end, precision: 'range', matched: 'x' })
const AS_OF = '2021-06-15'
const OPEN: Status[] = ['not-started', 'in-progress', 'on-hold']
const CLOSED: Status[] = ['implemented', 'dropped']

describe('flagFor', () => {
  describe.each(OPEN)('status %s', (status) => {
    it.each<[string, string, Flag]>([
      ['long before', '2020-12-31', 'overdue'],
      ['the day before as-of', '2021-06-14', 'overdue'],
      ['on as-of', '2021-06-15', 'due-soon'],
      ['the day after as-of', '2021-06-16', 'due-soon'],
      ['as-of + 29 days', '2021-07-14', 'due-soon'],
      ['as-of + 30 days', '2021-07-15', 'due-soon'],
      ['as-of + 31 days', '2021-07-16', 'none'],
      ['far ahead', '2022-01-01', 'none'],
    ])('end %s (%s) → %s', (_label, end, flag) => {
      expect(flagFor(ending(end), status, AS_OF)).toBe(flag)
    })

    it('no date read → no-date; done and ongoing → none', () => {
      expect(flagFor({ kind: 'none' }, status, AS_OF)).toBe('no-date')
      expect(flagFor({ kind: 'done', matched: 'Er implementeret' }, status, AS_OF)).toBe('none')
      expect(flagFor({ kind: 'done', matched: 'x', start: '2020-01-01', end: '2020-01-01', precision: 'day' }, status, AS_OF)).toBe('none')
      expect(flagFor({ kind: 'ongoing', matched: 'løbende' }, status, AS_OF)).toBe('none')
    })
  })

  it.each(CLOSED)('%s is never overdue, due soon or without date', (status) => {
    for (const end of ['2020-01-01', '2021-06-14', '2021-06-15', '2021-07-15', '2030-01-01']) {
      expect(flagFor(ending(end), status, AS_OF)).toBe('none')
    }
    expect(flagFor({ kind: 'none' }, status, AS_OF)).toBe('none')
  })

  it('covers every status', () => {
    expect([...OPEN, ...CLOSED].sort()).toStrictEqual([...STATUSES].sort())
  })

  it('counts the 30 days across a year end and a leap day', () => {
    expect(flagFor(ending('2022-01-14'), 'in-progress', '2021-12-15')).toBe('due-soon')
    expect(flagFor(ending('2022-01-15'), 'in-progress', '2021-12-15')).toBe('none')
    expect(flagFor(ending('2024-03-01'), 'in-progress', '2024-01-31')).toBe('due-soon')
    expect(flagFor(ending('2024-03-02'), 'in-progress', '2024-01-31')).toBe('none')
  })

  it('uses end, not start, as the deadline', () => {
    const q3: Deadline = { kind: 'date', start: '2021-07-01', end: '2021-09-30', precision: 'quarter', matched: '3. kvartal 2021' }
    expect(flagFor(q3, 'in-progress', '2021-09-30')).toBe('due-soon')
    expect(flagFor(q3, 'in-progress', '2021-10-01')).toBe('overdue')
  })

  it('treats a hand-set date like any date', () => {
    expect(flagFor(fixedDeadline('2021-06-14'), 'not-started', AS_OF)).toBe('overdue')
    expect(flagFor(fixedDeadline('2021-06-15'), 'not-started', AS_OF)).toBe('due-soon')
    expect(flagFor(fixedDeadline('2021-06-15'), 'implemented', AS_OF)).toBe('none')
  })
})

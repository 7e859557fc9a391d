import { describe, expect, it } from 'vitest'
import { relativeDate, type RelativeDate } from '../../src/domain/relative-date'
import { overdueWords, relativeWords } from '../../src/strings/relative'

describe('relativeDate', () => {
  it.each<[string, string, RelativeDate | undefined]>([
    ['2021-03-01', '2021-03-01', { when: 'today' }],
    ['2021-03-02', '2021-03-01', { when: 'future', unit: 'day', count: 1 }],
    ['2021-03-13', '2021-03-01', { when: 'future', unit: 'day', count: 12 }],
    ['2021-03-31', '2021-03-01', { when: 'future', unit: 'day', count: 30 }],
    ['2021-04-01', '2021-03-01', { when: 'future', unit: 'month', count: 1 }],
    // Counted down, never rounded up: 45 days is one month.
    ['2021-04-15', '2021-03-01', { when: 'future', unit: 'month', count: 1 }],
    ['2021-02-28', '2021-01-31', { when: 'future', unit: 'month', count: 1 }],
    ['2021-02-27', '2021-01-31', { when: 'future', unit: 'day', count: 27 }],
    ['2020-12-31', '2021-03-31', { when: 'past', unit: 'month', count: 3 }],
    ['2021-02-28', '2021-03-01', { when: 'past', unit: 'day', count: 1 }],
    // date-fns's month ends: a year after 29 February is 28 February.
    ['2020-02-29', '2021-02-28', { when: 'past', unit: 'year', count: 1 }],
    ['2020-02-29', '2021-02-27', { when: 'past', unit: 'month', count: 11 }],
    ['2020-02-29', '2021-03-01', { when: 'past', unit: 'year', count: 1 }],
    ['2018-06-30', '2021-03-01', { when: 'past', unit: 'year', count: 2 }],
    ['2024-03-01', '2021-03-01', { when: 'future', unit: 'year', count: 3 }],
    ['2021-02-30', '2021-03-01', undefined],
    ['2021-03-01', '', undefined],
    ['marts 2021', '2021-03-01', undefined],
  ])('%s seen from %s', (date, asOf, expected) => {
    expect(relativeDate(date, asOf)).toEqual(expected)
  })
})

describe('the words', () => {
  it.each<[RelativeDate, string, string]>([
    [{ when: 'today' }, 'i dag', 'i dag'],
    [{ when: 'future', unit: 'day', count: 1 }, 'om 1 dag', 'om 1 dag'],
    [{ when: 'future', unit: 'day', count: 12 }, 'om 12 dage', 'om 12 dage'],
    [{ when: 'past', unit: 'month', count: 1 }, 'for 1 måned siden', 'overskredet for 1 måned siden'],
    [{ when: 'past', unit: 'month', count: 3 }, 'for 3 måneder siden', 'overskredet for 3 måneder siden'],
    [{ when: 'past', unit: 'year', count: 2 }, 'for 2 år siden', 'overskredet for 2 år siden'],
  ])('%o is "%s", overdue "%s"', (relative, words, overdue) => {
    expect(relativeWords(relative)).toBe(words)
    expect(overdueWords(relative)).toBe(overdue)
  })
})

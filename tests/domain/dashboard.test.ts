import { describe, expect, it } from 'vitest'
import {
  areaFilter,
  cellFilter,
  deadlineTimeline,
  monthIndex,
  monthKey,
  monthParts,
  overdueByArea,
  statusMatrix,
  timelinePeak,
  type Timeline,
} from '../../src/domain/dashboard'
import { CATEGORIES, STATUSES, type Category, type Status } from '../../src/domain/model'
import { noFilters, rowPredicate } from '../../src/domain/filters'
import { flagFor } from '../../src/domain/deadline'
import type { Deadline } from '../../src/domain/deadline/types'
import type { ViewRow } from '../../src/domain/view-row'

const AS_OF = '2021-03-01'

interface RowSpec {
  category?: Category
  status?: Status
  area?: string
  deadline?: Deadline
}

let next = 0
function row({ category = 'A', status = 'not-started', area = 'Tilsyn', deadline = { kind: 'none' } }: RowSpec, asOf = AS_OF): ViewRow {
  const id = `r${++next}`
  return {
    id,
    initiative: { id, overviewId: 'o', area, category, title: id, method: '', deadlineText: '', status, owner: '', notes: '', order: next, createdAt: '', updatedAt: '', revision: 0 },
    reading: deadline,
    deadline,
    flag: flagFor(deadline, status, asOf),
    deadlineEnd: 'end' in deadline ? deadline.end : undefined,
    searchText: id,
  }
}

const due = (end: string): Deadline => ({ kind: 'date', start: end, end, precision: 'day', matched: end })
const done = (end?: string): Deadline => (end ? { kind: 'done', start: end, end, precision: 'day', matched: end } : { kind: 'done', matched: 'Er implementeret' })
const ongoing = (end?: string): Deadline => (end ? { kind: 'ongoing', start: `${end.slice(0, 4)}-01-01`, end, precision: 'year', matched: end } : { kind: 'ongoing', matched: 'Løbende' })

/** Month → [A, B, C], for compact expectations. */
const bars = (timeline: Timeline) => Object.fromEntries(timeline.months.map((m) => [m.month, [m.counts.A, m.counts.B, m.counts.C]]))

/** How many rows the table shows for a dashboard filter: the table's own predicate. */
const shownBy = (rows: ViewRow[], filter: ReturnType<typeof cellFilter>) => rows.filter(rowPredicate({ ...noFilters, ...filter })).length

describe('statusMatrix', () => {
  it.each<[string, RowSpec[], Partial<Record<Category, Partial<Record<Status, number>>>>]>([
    ['no rows', [], {}],
    ['one row', [{ category: 'B', status: 'in-progress' }], { B: { 'in-progress': 1 } }],
    [
      'every status once in C',
      STATUSES.map((status) => ({ category: 'C' as const, status })),
      { C: { 'not-started': 1, 'in-progress': 1, implemented: 1, 'on-hold': 1, dropped: 1 } },
    ],
    [
      'a mix, with dated, done and ongoing deadlines alike',
      [
        { category: 'A', status: 'implemented', deadline: done('2021-01-01') },
        { category: 'A', status: 'implemented', deadline: done() },
        { category: 'A', status: 'not-started', deadline: due('2021-02-28') },
        { category: 'B', status: 'on-hold', deadline: ongoing() },
        { category: 'C', status: 'dropped' },
        { category: 'C', status: 'not-started' },
      ],
      { A: { implemented: 2, 'not-started': 1 }, B: { 'on-hold': 1 }, C: { dropped: 1, 'not-started': 1 } },
    ],
  ])('%s', (_, specs, expected) => {
    const rows = specs.map((spec) => row(spec))
    const matrix = statusMatrix(rows)
    for (const c of CATEGORIES) for (const s of STATUSES) expect(matrix.cells[c][s], `${c} ${s}`).toBe(expected[c]?.[s] ?? 0)
    for (const c of CATEGORIES) expect(matrix.categoryTotals[c]).toBe(STATUSES.reduce((sum, s) => sum + matrix.cells[c][s], 0))
    for (const s of STATUSES) expect(matrix.statusTotals[s]).toBe(CATEGORIES.reduce((sum, c) => sum + matrix.cells[c][s], 0))
    expect(matrix.total).toBe(rows.length)
  })

  it('counts exactly the rows its filters show in the table', () => {
    const rows = CATEGORIES.flatMap((category, i) => STATUSES.flatMap((status, j) => Array.from({ length: (i + j) % 3 }, () => row({ category, status }))))
    const matrix = statusMatrix(rows)
    for (const c of CATEGORIES) {
      for (const s of STATUSES) expect(shownBy(rows, cellFilter(c, s))).toBe(matrix.cells[c][s])
      expect(shownBy(rows, cellFilter(c))).toBe(matrix.categoryTotals[c])
    }
    for (const s of STATUSES) expect(shownBy(rows, cellFilter(undefined, s))).toBe(matrix.statusTotals[s])
    expect(shownBy(rows, cellFilter())).toBe(matrix.total)
  })

  it.each<[string, ReturnType<typeof cellFilter>, ReturnType<typeof cellFilter>]>([
    ['a cell', cellFilter('C', 'not-started'), { categories: ['C'], statuses: ['not-started'], areas: [], overdueOnly: false }],
    ['a category total', cellFilter('A'), { categories: ['A'], statuses: [], areas: [], overdueOnly: false }],
    ['a status total', cellFilter(undefined, 'implemented'), { categories: [], statuses: ['implemented'], areas: [], overdueOnly: false }],
    ['the grand total', cellFilter(), { categories: [], statuses: [], areas: [], overdueOnly: false }],
    ['an area, overdue', areaFilter('Tilsyn', true), { categories: [], statuses: [], areas: ['Tilsyn'], overdueOnly: true }],
    ['an area, all', areaFilter('', false), { categories: [], statuses: [], areas: [''], overdueOnly: false }],
  ])('gives a complete filter for %s', (_, actual, expected) => {
    expect(actual).toEqual(expected)
  })
})

describe('overdueByArea', () => {
  it('is empty without rows', () => {
    expect(overdueByArea([])).toEqual([])
  })

  it.each<[string, RowSpec[], [string, number, number][]]>([
    [
      'worst first, ties in Danish order (Å after Z)',
      [
        { area: 'Åben skole', deadline: due('2021-01-31') },
        { area: 'Zoner', deadline: due('2021-01-31') },
        { area: 'Børn', deadline: due('2021-01-31') },
        { area: 'Børn', deadline: due('2021-02-01') },
        { area: 'Administration', deadline: due('2021-12-31') },
      ],
      [['Børn', 2, 2], ['Zoner', 1, 1], ['Åben skole', 1, 1], ['Administration', 0, 1]],
    ],
    [
      'implemented, dropped, ongoing and undated rows are never overdue but count in the total',
      [
        { area: 'B', status: 'implemented', deadline: due('2020-01-01') },
        { area: 'B', status: 'dropped', deadline: due('2020-01-01') },
        { area: 'B', deadline: ongoing('2020-12-31') },
        { area: 'B', deadline: done() },
        { area: 'B' },
        { area: 'A', status: 'in-progress', deadline: due('2021-02-28') },
      ],
      [['A', 1, 1], ['B', 0, 5]],
    ],
    [
      'a deadline on the as-of date itself is not yet overdue',
      [{ area: 'X', deadline: due(AS_OF) }, { area: 'Y', deadline: due('2021-02-28') }],
      [['Y', 1, 1], ['X', 0, 1]],
    ],
    ['rows without an area form their own group', [{ area: '' }, { area: 'Tilsyn' }], [['', 0, 1], ['Tilsyn', 0, 1]]],
    ['numbers in names sort as numbers', [{ area: 'Område 10' }, { area: 'Område 9' }], [['Område 9', 0, 1], ['Område 10', 0, 1]]],
  ])('%s', (_, specs, expected) => {
    const rows = specs.map((spec) => row(spec))
    const result = overdueByArea(rows)
    expect(result.map((a) => [a.area, a.overdue, a.total])).toEqual(expected)
    for (const a of result) {
      expect(shownBy(rows, areaFilter(a.area, true))).toBe(a.overdue)
      expect(shownBy(rows, areaFilter(a.area, false))).toBe(a.total)
    }
  })
})

describe('deadlineTimeline', () => {
  it.each<[string, RowSpec[], Record<string, number[]>, Partial<Timeline>]>([
    ['no rows', [], {}, { before: 0, after: 0, ongoing: 0, undated: 0 }],
    ['only rows without a date', [{}, { deadline: done() }], {}, { undated: 2, ongoing: 0 }],
    ['ongoing rows are not placed, with or without a period', [{ deadline: ongoing() }, { deadline: ongoing('2021-12-31') }], {}, { ongoing: 2, undated: 0 }],
    ['one month', [{ deadline: due('2021-03-15') }, { category: 'C', deadline: due('2021-03-31') }], { '2021-03': [1, 0, 1] }, { before: 0, after: 0 }],
    [
      'empty months between are included',
      [{ deadline: due('2021-01-20') }, { category: 'B', deadline: due('2021-04-30') }],
      { '2021-01': [1, 0, 0], '2021-02': [0, 0, 0], '2021-03': [0, 0, 0], '2021-04': [0, 1, 0] },
      {},
    ],
    [
      'across a new year',
      [{ deadline: due('2021-11-30') }, { category: 'C', deadline: due('2022-02-01') }],
      { '2021-11': [1, 0, 0], '2021-12': [0, 0, 0], '2022-01': [0, 0, 0], '2022-02': [0, 0, 1] },
      {},
    ],
    [
      'done rows with a date count in their month, whatever the status',
      [
        { status: 'implemented', deadline: done('2021-01-01') },
        { category: 'B', status: 'dropped', deadline: due('2021-02-28') },
        { category: 'B', status: 'on-hold', deadline: due('2021-02-01') },
        { deadline: done() },
        { deadline: ongoing() },
      ],
      { '2021-01': [1, 0, 0], '2021-02': [0, 2, 0] },
      { ongoing: 1, undated: 1 },
    ],
  ])('%s', (_, specs, expected, extra) => {
    const timeline = deadlineTimeline(specs.map((spec) => row(spec)), AS_OF)
    expect(bars(timeline)).toEqual(expected)
    expect(timeline).toMatchObject({ asOfMonth: '2021-03', ...extra })
    for (const m of timeline.months) expect(m.total).toBe(m.counts.A + m.counts.B + m.counts.C)
  })

  // Deadlines every month from 2015-01 to 2030-12: 192 months, one row each.
  const everyMonth = Array.from({ length: 192 }, (_, i) => row({ deadline: due(`${monthKey(2015 * 12 + i)}-28`) }))

  it.each<[string, string, string, string, number, number]>([
    ['a year before the as-of month, then two years ahead', '2021-03-15', '2020-04', '2023-03', 63, 93],
    ['the last three years when the as-of date is after them', '2040-06-01', '2028-01', '2030-12', 156, 0],
    ['the first three years when the as-of date is before them', '2001-01-01', '2015-01', '2017-12', 0, 156],
    ['the first three years when the as-of date is early in them', '2015-05-01', '2015-01', '2017-12', 0, 156],
  ])('caps a long span at 36 months: %s', (_, asOf, first, last, before, after) => {
    const timeline = deadlineTimeline(everyMonth, asOf)
    expect(timeline.months).toHaveLength(36)
    expect([timeline.months[0]?.month, timeline.months.at(-1)?.month]).toEqual([first, last])
    expect([timeline.before, timeline.after]).toEqual([before, after])
    expect(before + after + timeline.months.reduce((sum, m) => sum + m.total, 0)).toBe(everyMonth.length)
  })

  it('takes a smaller cap, and never fewer than one month', () => {
    expect(deadlineTimeline(everyMonth, '2021-03-01', 6).months.map((m) => m.month)).toEqual(['2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07'])
    expect(deadlineTimeline(everyMonth, '2015-01-01', 0).months.map((m) => m.month)).toEqual(['2015-01'])
  })

  it('keeps working without a valid as-of date', () => {
    const timeline = deadlineTimeline([row({ deadline: due('2021-05-01') })], '')
    expect(timeline.asOfMonth).toBe('')
    expect(bars(timeline)).toEqual({ '2021-05': [1, 0, 0] })
  })

  it('finds the tallest bar', () => {
    const timeline = deadlineTimeline([row({ deadline: due('2021-05-01') }), row({ category: 'B', deadline: due('2021-05-31') }), row({ deadline: due('2021-07-01') })], AS_OF)
    expect(timelinePeak(timeline)).toBe(2)
    expect(timelinePeak(deadlineTimeline([], AS_OF))).toBe(0)
  })
})

describe('month keys', () => {
  it.each([
    ['2021-01-20', 2021 * 12],
    ['2021-12', 2021 * 12 + 11],
    ['0999-03-01', 999 * 12 + 2],
    ['2021-13-01', -1],
    ['2021-00-01', -1],
    ['', -1],
    ['maj 2021', -1],
  ])('monthIndex(%j) is %i', (iso, index) => {
    expect(monthIndex(iso)).toBe(index)
  })

  it.each(['2021-01', '2021-09', '2021-10', '2021-12', '2000-02'])('round-trips %s', (key) => {
    expect(monthKey(monthIndex(key))).toBe(key)
    expect(monthParts(key)).toEqual({ year: Number(key.slice(0, 4)), month: Number(key.slice(5)) })
  })
})

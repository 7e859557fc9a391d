/**
 * The one-pass filter and its cache: whatever the order of keystrokes and toggles,
 * the rows shown, the Kategori counts and the overdue count are exactly what the
 * plain predicates of src/domain/filters.ts give — and typing on scans only the
 * previous result.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createFilterCache, filterRows, type FilterResult } from '../../src/domain/filter-cache'
import { countByCategory, noFilters, rowPredicate, type ViewFilters } from '../../src/domain/filters'
import { CATEGORIES, STATUSES, type Category, type Status } from '../../src/domain/model'
import type { Flag } from '../../src/domain/deadline/types'
import type { ViewRow } from '../../src/domain/view-row'
import { normaliseForSearch } from '../../src/domain/text'

/** Rows whose `searchText` (the costly part of a search) was read. */
const read = new Set<string>()

function row(id: string, category: Category, area: string, status: Status, flag: Flag, text: string): ViewRow {
  const searchText = normaliseForSearch(`${area}\n${category}\n${text}`)
  return {
    id,
    initiative: { id, overviewId: 'o', area, category, title: text, method: '', deadlineText: '', status, owner: '', notes: '', order: 0, createdAt: '', updatedAt: '', revision: 0 },
    reading: { kind: 'none' },
    deadline: { kind: 'none' },
    flag,
    deadlineEnd: undefined,
    get searchText() {
      read.add(id)
      return searchText
    },
  }
}

const rows: ViewRow[] = [
  row('1', 'A', 'Tilsyn', 'not-started', 'overdue', 'Systematisk inddragelse af forældreråd'),
  row('2', 'C', 'Tilsyn', 'in-progress', 'none', 'Budgetnotat med skemalagt tid'),
  row('3', 'C', 'Central understøttelse', 'not-started', 'overdue', 'Analyse af bedre rammer for dagtilbudsledelse'),
  row('4', 'B', 'Central understøttelse', 'implemented', 'none', 'Konfliktmægling lokalt'),
  row('5', 'A', 'Tilsyn', 'in-progress', 'due-soon', 'Forældre inddrages i tilsyn'),
  row('6', 'B', 'Styrket administrativ praksis', 'not-started', 'overdue', 'Central klageenhed på dagtilbudsområdet'),
  row('7', 'C', 'Styrket administrativ praksis', 'on-hold', 'no-date', 'Café-ordning for forældre'),
  row('8', 'A', '', 'dropped', 'none', 'Uden område: tilsyn med klageenhed'),
]

/** What the table showed before the cache: the plain predicates, each on its own. */
function plain(all: readonly ViewRow[], filters: ViewFilters): FilterResult {
  const matches = rowPredicate(filters)
  const shown = all.filter(matches)
  const positions = Int32Array.from(all.flatMap((r, i) => (matches(r) ? [i] : [])))
  return { shown, positions, counts: countByCategory(all, filters), overdue: shown.filter((r) => r.flag === 'overdue').length }
}

const f = (patch: Partial<ViewFilters>): ViewFilters => ({ ...noFilters, ...patch })
const ids = (result: FilterResult) => result.shown.map((r) => r.id)

/** Typing a query one key at a time, then deleting it with Backspace. */
function typeAndDelete(query: string): string[] {
  const steps: string[] = []
  for (let i = 1; i <= query.length; i++) steps.push(query.slice(0, i))
  for (let i = query.length - 1; i >= 0; i--) steps.push(query.slice(0, i))
  return steps
}

describe('filterRows (one pass)', () => {
  it.each([
    ['no filter', {}, ['1', '2', '3', '4', '5', '6', '7', '8'], { A: 3, B: 2, C: 3, none: 0 }, 3],
    ['Kategori C', { categories: ['C'] as Category[] }, ['2', '3', '7'], { A: 3, B: 2, C: 3, none: 0 }, 1],
    ['Kategori A and B', { categories: ['A', 'B'] as Category[] }, ['1', '4', '5', '6', '8'], { A: 3, B: 2, C: 3, none: 0 }, 2],
    ['area', { areas: ['Tilsyn'] }, ['1', '2', '5'], { A: 2, B: 0, C: 1, none: 0 }, 1],
    ['area left empty', { areas: [''] }, ['8'], { A: 1, B: 0, C: 0, none: 0 }, 0],
    ['status', { statuses: ['not-started'] as Status[] }, ['1', '3', '6'], { A: 1, B: 1, C: 1, none: 0 }, 3],
    ['two statuses', { statuses: ['on-hold', 'dropped'] as Status[] }, ['7', '8'], { A: 1, B: 0, C: 1, none: 0 }, 0],
    ['Kun overskredne', { overdueOnly: true }, ['1', '3', '6'], { A: 1, B: 1, C: 1, none: 0 }, 3],
    ['search, case and accents', { search: 'CAFE' }, ['7'], { A: 0, B: 0, C: 1, none: 0 }, 0],
    ['search keeps æ, ø, å letters', { search: 'foraeldre' }, [], { A: 0, B: 0, C: 0, none: 0 }, 0],
    ['search, every word', { search: 'tilsyn  forældre' }, ['1', '5'], { A: 2, B: 0, C: 0, none: 0 }, 1],
    ['search, words in any column', { search: 'tilsyn systematisk' }, ['1'], { A: 1, B: 0, C: 0, none: 0 }, 1],
    ['everything at once', { search: 'klageenhed', categories: ['B'] as Category[], statuses: ['not-started'] as Status[], overdueOnly: true }, ['6'], { A: 0, B: 1, C: 0, none: 0 }, 1],
  ])('%s', (_, patch, expectedIds, expectedCounts, expectedOverdue) => {
    const filters = f(patch)
    const result = filterRows(rows, filters)
    expect(ids(result)).toEqual(expectedIds)
    expect(result.counts).toEqual(expectedCounts)
    expect(result.overdue).toBe(expectedOverdue)
    expect(result).toEqual(plain(rows, filters))
  })
})

describe('createFilterCache', () => {
  it.each([
    ['forældre tilsyn', {}],
    ['klageenhed', { categories: ['B'] as Category[] }],
    ['dagtilbudsledelse', { overdueOnly: true }],
    ['  café  forældre ', { areas: ['Styrket administrativ praksis'] }],
    ['central', { statuses: ['not-started', 'implemented'] as Status[] }],
  ])('typing "%s" and deleting it with %j gives the plain result at every key', (query, patch) => {
    const filter = createFilterCache()
    for (const search of typeAndDelete(query)) {
      const filters = f({ ...patch, search })
      expect(filter(rows, filters), search).toEqual(plain(rows, filters))
    }
  })

  it('scans only the previous result when the query narrows it', () => {
    const filter = createFilterCache()
    filter(rows, f({ search: 'til' }))
    const matches = filter(rows, f({ search: 'til' })).shown.length
    read.clear()
    filter(rows, f({ search: 'tils' }))
    expect(read.size).toBe(matches)
    expect(matches).toBeLessThan(rows.length)
    // A new word narrows too: "tilsyn f" within "tilsyn".
    filter(rows, f({ search: 'tilsyn' }))
    const tilsyn = filter(rows, f({ search: 'tilsyn' })).shown.length
    read.clear()
    const result = filter(rows, f({ search: 'tilsyn f' }))
    expect(read.size).toBe(tilsyn)
    expect(ids(result)).toEqual(['1', '5'])
  })

  it('finds a grown word further on when its first spot no longer fits', () => {
    const data = [
      row('a', 'A', 'X', 'not-started', 'none', 'tilbud og tilsyn'),
      row('b', 'A', 'X', 'not-started', 'none', 'tilbud'),
      row('c', 'A', 'X', 'not-started', 'none', 'syn til tilsynet'),
      row('d', 'A', 'X', 'not-started', 'none', 'tiltilsyn'),
    ]
    const filter = createFilterCache()
    for (const search of ['t', 'ti', 'til', 'tils', 'tilsy', 'tilsyn', 'tilsyne', 'tilsyn s', 'tilsyn sy', 'tilsyn syn', 'tilsyn synt']) {
      expect(ids(filter(data, f({ search }))), search).toEqual(ids(plain(data, f({ search }))))
    }
    expect(ids(filter(data, f({ search: 'tils' })))).toEqual(['a', 'c', 'd'])
  })

  it('does not type on from a query whose other words differ', () => {
    const filter = createFilterCache()
    for (const search of ['tilsyn', 'tilsyn f', 'central', 'central f', 'central fo']) expect(filter(rows, f({ search })), search).toEqual(plain(rows, f({ search })))
    // "central fo" must not be taken from "tilsyn f" (same word count, last word grown).
    for (const search of ['tilsyn f', 'klage fo', 'klage for']) expect(filter(rows, f({ search })), search).toEqual(plain(rows, f({ search })))
    expect(ids(filter(rows, f({ search: 'inddrag fo' })))).toEqual(['1', '5'])
  })

  it('answers Backspace, a Kategori toggle and a repeated query without reading any row', () => {
    const filter = createFilterCache()
    for (const search of ['k', 'kl', 'kla', 'klag']) filter(rows, f({ search }))
    read.clear()
    const answers = [f({ search: 'kla' }), f({ search: 'k' }), f({ search: 'kla', categories: ['A'] }), f({ search: 'KLA ' })].map((filters) => [filters, filter(rows, filters)] as const)
    expect(read.size).toBe(0)
    for (const [filters, result] of answers) expect(result).toEqual(plain(rows, filters))
    expect(ids(answers[0]![1])).toEqual(['6', '8'])
  })

  it('returns the same result object while nothing changed', () => {
    const filter = createFilterCache()
    const first = filter(rows, f({ search: 'tilsyn', categories: ['A'] }))
    expect(filter(rows, f({ search: 'tilsyn', categories: ['A'] }))).toBe(first)
    // Without a Kategori filter the rows shown are the cached list itself.
    const all = filter(rows, f({ search: 'tilsyn' }))
    expect(filter(rows, f({ search: 'tilsyn', categories: [] })).shown).toBe(all.shown)
  })

  it('starts afresh for new rows and for another area, status or overdue choice', () => {
    const filter = createFilterCache()
    filter(rows, f({ search: 'central' }))
    const changed = rows.map((r) => (r.id === '4' ? row('4', 'B', 'Central understøttelse', 'implemented', 'none', 'Central konfliktmægling') : r))
    expect(filter(changed, f({ search: 'central' }))).toEqual(plain(changed, f({ search: 'central' })))
    expect(filter(changed, f({ search: 'central k' }))).toEqual(plain(changed, f({ search: 'central k' })))
    for (const patch of [{ areas: ['Tilsyn'] }, { statuses: ['not-started'] as Status[] }, { overdueOnly: true }, {}]) {
      const filters = f({ ...patch, search: 'central' })
      expect(filter(changed, filters)).toEqual(plain(changed, filters))
    }
  })

  it('stays right when it has to forget queries', () => {
    const filter = createFilterCache({ maxEntries: 2, maxRowsFactor: 1 })
    for (const search of [...typeAndDelete('forældre tilsyn'), ...typeAndDelete('klageenhed'), 'til', 'tilsyn', 'ti', 't']) {
      expect(filter(rows, f({ search }))).toEqual(plain(rows, f({ search })))
    }
  })
})

describe('createFilterCache, property', () => {
  const FRAGMENTS = ['til', 'syn', 'tilsyn', 'for', 'ældre', 'forældre', 'klage', 'enhed', 'café', 'CAFE', 'råd', 'a', 'e', 'Ø', 'ø', 'central', 'praksis', ' ', '  ']
  const AREAS = ['Tilsyn', 'tilsyn', 'Central understøttelse', 'Café', 'Cafe', '']
  const arbRow = fc.record({
    category: fc.constantFrom(...CATEGORIES),
    area: fc.constantFrom(...AREAS),
    status: fc.constantFrom(...STATUSES),
    flag: fc.constantFrom<Flag>('overdue', 'due-soon', 'no-date', 'none'),
    text: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((parts) => parts.join('')),
  })
  const arbRows = fc.array(arbRow, { maxLength: 40 }).map((list) => list.map((r, i) => row(String(i + 1), r.category, r.area, r.status, r.flag, r.text)))
  /** One user action: typing a key, Backspace, clearing, or a change to another filter. */
  const arbStep = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS).map((text) => ({ kind: 'type' as const, text })) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }).map((n) => ({ kind: 'backspace' as const, n })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((parts) => ({ kind: 'paste' as const, text: parts.join('') })) },
    { weight: 2, arbitrary: fc.subarray([...CATEGORIES]).map((categories) => ({ kind: 'categories' as const, categories })) },
    { weight: 1, arbitrary: fc.subarray(AREAS, { maxLength: 2 }).map((areas) => ({ kind: 'areas' as const, areas })) },
    { weight: 1, arbitrary: fc.subarray([...STATUSES], { maxLength: 2 }).map((statuses) => ({ kind: 'statuses' as const, statuses })) },
    { weight: 1, arbitrary: fc.boolean().map((overdueOnly) => ({ kind: 'overdue' as const, overdueOnly })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'new-rows' as const }) },
  )

  it('gives exactly the plain filter for any rows and any sequence of keystrokes and toggles', () => {
    fc.assert(
      fc.property(arbRows, fc.array(arbStep, { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (initial, steps, maxEntries) => {
        const filter = createFilterCache({ maxEntries, maxRowsFactor: maxEntries })
        let data = initial
        let filters: ViewFilters = noFilters
        for (const step of steps) {
          if (step.kind === 'type') filters = { ...filters, search: filters.search + step.text }
          else if (step.kind === 'backspace') filters = { ...filters, search: filters.search.slice(0, -step.n) }
          else if (step.kind === 'clear') filters = { ...filters, search: '' }
          else if (step.kind === 'paste') filters = { ...filters, search: step.text }
          else if (step.kind === 'categories') filters = { ...filters, categories: step.categories }
          else if (step.kind === 'areas') filters = { ...filters, areas: step.areas }
          else if (step.kind === 'statuses') filters = { ...filters, statuses: step.statuses }
          else if (step.kind === 'overdue') filters = { ...filters, overdueOnly: step.overdueOnly }
          else data = data.slice(1)
          const result = filter(data, filters)
          const expected = plain(data, filters)
          expect(ids(result)).toEqual(ids(expected))
          expect([...result.positions]).toEqual([...expected.positions])
          expect(result.counts).toEqual(expected.counts)
          expect(result.overdue).toBe(expected.overdue)
          expect(result.counts.A + result.counts.B + result.counts.C).toBe(data.filter(rowPredicate(filters, 'categories')).length)
        }
      }),
      { numRuns: 300 },
    )
  })
})

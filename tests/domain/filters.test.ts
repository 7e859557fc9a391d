import { describe, expect, it } from 'vitest'
import { countByCategory, hasActiveFilters, noFilters, rowPredicate, searchWords, type ViewFilters } from '../../src/domain/filters'
import type { ViewRow } from '../../src/domain/view-row'
import type { Category, Status } from '../../src/domain/model'
import type { Flag } from '../../src/domain/deadline/types'
import { compareDanish, normaliseForSearch } from '../../src/domain/text'

function row(id: string, category: Category, area: string, status: Status, flag: Flag, text: string): ViewRow {
  return {
    id,
    initiative: { id, overviewId: 'o', area, category, title: text, method: '', deadlineText: '', status, owner: '', notes: '', order: 0, createdAt: '', updatedAt: '', revision: 0 },
    reading: { kind: 'none' },
    deadline: { kind: 'none' },
    flag,
    deadlineEnd: undefined,
    searchText: normaliseForSearch(`${area}\n${category}\n${text}`),
  }
}

const rows = [
  row('1', 'A', 'Tilsyn', 'not-started', 'overdue', 'Systematisk inddragelse af forældreråd'),
  row('2', 'C', 'Tilsyn', 'in-progress', 'none', 'Budgetnotat med skemalagt tid'),
  row('3', 'C', 'Central understøttelse', 'not-started', 'overdue', 'Analyse af bedre rammer for dagtilbudsledelse'),
  row('4', 'B', 'Central understøttelse', 'implemented', 'none', 'Konfliktmægling lokalt'),
]
const ids = (filters: Partial<ViewFilters>) => rows.filter(rowPredicate({ ...noFilters, ...filters })).map((r) => r.id)

describe('filters', () => {
  it.each([
    [{}, ['1', '2', '3', '4']],
    [{ categories: ['C'] as Category[] }, ['2', '3']],
    [{ categories: ['A', 'B'] as Category[] }, ['1', '4']],
    [{ areas: ['Tilsyn'] }, ['1', '2']],
    [{ statuses: ['not-started'] as Status[] }, ['1', '3']],
    [{ overdueOnly: true }, ['1', '3']],
    [{ search: 'FORÆLDRERÅD' }, ['1']],
    [{ search: 'foraeldrerad' }, []],
    [{ search: 'forældreråd  systematisk' }, ['1']],
    [{ search: 'rammer', categories: ['C'] as Category[], overdueOnly: true }, ['3']],
  ])('%j shows %j', (filters, expected) => {
    expect(ids(filters)).toEqual(expected)
  })

  it('is accent-insensitive but keeps æ and ø distinct letters', () => {
    expect(searchWords('Café  Ærø')).toEqual(['cafe', 'ærø'])
  })

  it('counts each category under every other filter, ignoring the category filter itself', () => {
    expect(countByCategory(rows, { ...noFilters, categories: ['A'], overdueOnly: true })).toEqual({ A: 1, B: 0, C: 1, none: 0 })
    expect(countByCategory(rows, noFilters)).toEqual({ A: 1, B: 1, C: 2, none: 0 })
  })

  it('knows when any filter is active', () => {
    expect(hasActiveFilters(noFilters)).toBe(false)
    expect(hasActiveFilters({ ...noFilters, search: '  ' })).toBe(false)
    expect(hasActiveFilters({ ...noFilters, overdueOnly: true })).toBe(true)
  })
})

describe('Danish collation', () => {
  it('sorts æ, ø, å after z and numbers as numbers', () => {
    expect(['Åbenhed', 'Ørsted', 'Zone', 'Ærø', 'aften', 'Indsats 10', 'Indsats 2'].sort(compareDanish)).toEqual([
      'aften',
      'Indsats 2',
      'Indsats 10',
      'Zone',
      'Ærø',
      'Ørsted',
      'Åbenhed',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { noFilters, type ViewFilters } from '../../../src/domain/filters'
import { describeSelection, selectionLine } from '../../../src/io/export/selection'

const AS_OF = '2021-03-01'
const describe_ = (filters: Partial<ViewFilters>, shown = 4, total = 19) => describeSelection({ ...noFilters, ...filters }, AS_OF, shown, total)

describe('describeSelection', () => {
  it.each<[string, Partial<ViewFilters>, string]>([
    ['category C and overdue only', { categories: ['C'], overdueOnly: true }, 'Kategori C · kun overskredne · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'],
    ['two categories, in A–C order', { categories: ['C', 'A'] }, 'Kategori A og C · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'],
    ['all three categories', { categories: ['A', 'B', 'C'] }, 'Kategori A, B og C · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'],
    ['a search text, trimmed', { search: '  budget ' }, 'søgning "budget" · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'],
    ['one area', { areas: ['Central understøttelse'] }, 'indsatsområde "Central understøttelse" · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'],
    ['two areas, one of them empty', { areas: ['Tilsyn, forældreinddragelse og børn med særlige behov', ''] }, 'indsatsområderne "Tilsyn, forældreinddragelse og børn med særlige behov" og "(Intet indsatsområde)" · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'],
    ['statuses', { statuses: ['not-started', 'in-progress'] }, 'status Ikke påbegyndt eller I gang · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'],
    ['every filter at once, in the filter bar’s order', { search: 'tilsyn', categories: ['A'], areas: ['Central understøttelse'], statuses: ['on-hold'], overdueOnly: true }, 'søgning "tilsyn" · Kategori A · indsatsområde "Central understøttelse" · status Sat i bero · kun overskredne · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'],
  ])('%s', (_, filters, expected) => {
    expect(describe_(filters)).toBe(expected)
  })

  it.each<[string, Partial<ViewFilters>]>([
    ['no filter', {}],
    ['a search of only spaces', { search: '   ' }],
  ])('is not an udsnit with %s', (_, filters) => {
    expect(describe_(filters)).toBeUndefined()
  })

  it.each([
    [1, 1, '1 af 1 indsats'],
    [1234, 10000, '1.234 af 10.000 indsatser'],
  ])('counts %d of %d in Danish: %s', (shown, total, expected) => {
    expect(describe_({ overdueOnly: true }, shown, total)).toMatch(new RegExp(`· ${expected}$`))
  })

  it('is shown with its label', () => {
    expect(selectionLine(describe_({ categories: ['C'] })!)).toBe('Udsnit: Kategori C · opgjort pr. 1. marts 2021 · 4 af 19 indsatser')
  })
})

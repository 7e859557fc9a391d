import { describe, expect, it } from 'vitest'
import { carriesView, defaultView, viewFromQuery, viewToQuery, type ViewState } from '../../src/domain/view-state'

describe('view state in the URL', () => {
  it('keeps a plain URL plain for the default view', () => {
    expect(viewToQuery(defaultView)).toBe('')
    expect(viewFromQuery('')).toEqual(defaultView)
  })

  it('round-trips filters, sort, grouping and as-of', () => {
    const view: ViewState = {
      filters: { search: 'forældre råd', categories: ['B', 'C'], areas: ['Central understøttelse', 'Tilsyn, m.m.'], statuses: ['in-progress'], overdueOnly: true },
      sorting: [
        { id: 'deadline', desc: false },
        { id: 'title', desc: true },
      ],
      grouped: false,
      asOf: '2021-01-20',
    }
    expect(viewFromQuery(viewToQuery(view))).toEqual(view)
  })

  it('keeps other parameters (the open overview) and ignores nonsense', () => {
    expect(viewToQuery({ ...defaultView, asOf: '2021-03-01' }, 'o=abc&kat=A')).toBe('o=abc&pr=2021-03-01')
    expect(viewFromQuery('kat=X,C&status=bogus&pr=1.3.2021')).toEqual({ ...defaultView, filters: { ...defaultView.filters, categories: ['C'] } })
  })
})

describe('what a query string carries', () => {
  it.each<[string, string, ViewState]>([
    ['a real as-of date', 'pr=2024-02-29', { ...defaultView, asOf: '2024-02-29' }],
    ['an impossible as-of date is today', 'pr=2023-02-29', defaultView],
    ['a sort column that does not exist is left out', 'sort=-nonsense,title,toString', { ...defaultView, sorting: [{ id: 'title', desc: false }] }],
    ['a sort column twice counts once, the first time', 'sort=-deadline,deadline', { ...defaultView, sorting: [{ id: 'deadline', desc: true }] }],
  ])('%s', (_, query, expected) => {
    expect(viewFromQuery(query)).toEqual(expected)
  })

  it.each<[string, boolean]>([
    ['', false],
    ['o=abc', false],
    ['o=abc&version=v1&visning=aendringer', false],
    ['o=abc&kat=C', true],
    ['q=', true],
    ['grupper=0', true],
    ['pr=2021-03-01', true],
    ['sort=-deadline', true],
    ['omr=Tilsyn', true],
    ['status=implemented', true],
    ['overskredne=1', true],
  ])('"%s" carries a view: %s', (query, expected) => {
    expect(carriesView(query)).toBe(expected)
  })
})

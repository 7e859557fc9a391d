import { describe, expect, it } from 'vitest'
import { defaultView, viewFromQuery, viewToQuery, type ViewState } from '../../src/domain/view-state'

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

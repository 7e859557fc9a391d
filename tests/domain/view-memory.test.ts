/** The view remembered per overview in this browser, and which view an overview opens with. */
import { describe, expect, it } from 'vitest'
import { MAX_REMEMBERED, openingView, readViewMemory, recalledView, rememberView, writeViewMemory } from '../../src/domain/view-memory'
import { defaultView, type ViewState } from '../../src/domain/view-state'

const cOverdue: ViewState = {
  filters: { search: 'forældre råd', categories: ['C'], areas: [], statuses: [], overdueOnly: true },
  sorting: [{ id: 'deadline', desc: false }],
  grouped: true,
  asOf: '2021-03-01',
}
const flatByTitle: ViewState = { ...defaultView, sorting: [{ id: 'title', desc: true }], grouped: false }

describe('reading the stored memory', () => {
  it.each<[string, string | null]>([
    ['nothing stored', null],
    ['an empty string', ''],
    ['not JSON', '{"o1": "kat=C"'],
    ['JSON, but a list', '["kat=C"]'],
    ['JSON, but a string', '"kat=C"'],
    ['JSON null', 'null'],
    ['a number', '42'],
  ])('%s gives an empty memory', (_, text) => {
    expect(readViewMemory(text).size).toBe(0)
  })

  it('keeps the entries that are query strings and ignores the rest', () => {
    const memory = readViewMemory(JSON.stringify({ o1: 'kat=C', o2: 42, o3: { kat: 'A' }, o4: null, o5: '' }))
    expect([...memory]).toEqual([
      ['o1', 'kat=C'],
      ['o5', ''],
    ])
  })

  it.each<[string, string, ViewState]>([
    ['nonsense in every parameter', 'kat=X&status=bogus&pr=31.02.2021&grupper=maybe&sort=', defaultView],
    ['an impossible as-of date', 'pr=2021-02-31', defaultView],
    ['a real as-of date', 'pr=2024-02-29', { ...defaultView, asOf: '2024-02-29' }],
    ['a column that cannot sort', 'sort=-nonsense,title', { ...defaultView, sorting: [{ id: 'title', desc: false }] }],
  ])('a remembered view with %s reads as far as it makes sense', (_, query, expected) => {
    expect(recalledView(readViewMemory(JSON.stringify({ o1: query })), 'o1')).toEqual(expected)
  })
})

describe('remembering', () => {
  it('round-trips a view through the stored text, per overview', () => {
    let memory = readViewMemory(null)
    memory = rememberView(memory, 'o1', cOverdue)
    memory = rememberView(memory, 'o2', flatByTitle)
    const stored = readViewMemory(writeViewMemory(memory))
    expect(recalledView(stored, 'o1')).toEqual(cOverdue)
    expect(recalledView(stored, 'o2')).toEqual(flatByTitle)
    expect(recalledView(stored, 'o3')).toBeUndefined()
  })

  it('replaces an overview\'s older view, the default view too', () => {
    let memory = rememberView(readViewMemory(null), 'o1', cOverdue)
    memory = rememberView(memory, 'o1', defaultView)
    expect(recalledView(memory, 'o1')).toEqual(defaultView)
    expect(memory.size).toBe(1)
  })

  it(`keeps the ${MAX_REMEMBERED} overviews shown most recently, forgetting the oldest first`, () => {
    let memory = readViewMemory(null)
    for (let i = 0; i <= MAX_REMEMBERED; i++) memory = rememberView(memory, `o${i}`, cOverdue)
    expect(memory.size).toBe(MAX_REMEMBERED)
    expect(recalledView(memory, 'o0')).toBeUndefined()
    // Showing an overview again makes it the most recent: o1 outlives o2.
    memory = rememberView(memory, 'o1', flatByTitle)
    memory = rememberView(memory, 'new', defaultView)
    expect(recalledView(memory, 'o1')).toEqual(flatByTitle)
    expect(recalledView(memory, 'o2')).toBeUndefined()
  })

  it('does not change the memory it is given', () => {
    const memory = rememberView(readViewMemory(null), 'o1', cOverdue)
    rememberView(memory, 'o1', defaultView)
    expect(recalledView(memory, 'o1')).toEqual(cOverdue)
  })
})

describe('the view an overview opens with', () => {
  it.each<[string, string, boolean, ViewState | undefined, ViewState]>([
    ['a bare link, nothing remembered: the default', 'o=o1', true, undefined, defaultView],
    ['a bare link: the view remembered', 'o=o1', true, cOverdue, cOverdue],
    ['a link with a view: exactly the link\'s view, nothing remembered mixed in', 'o=o1&kat=A', true, cOverdue, { ...defaultView, filters: { ...defaultView.filters, categories: ['A'] } }],
    ['a link with only grouping off: the link wins', 'grupper=0', true, cOverdue, { ...defaultView, grouped: false }],
    ['a link with an empty search still carries a view', 'o=o1&q=', true, cOverdue, defaultView],
    ['another overview\'s view in the URL: the view remembered for this one', 'o=o2&kat=A', false, cOverdue, cOverdue],
    ['another overview\'s view in the URL, nothing remembered: the default', 'o=o2&kat=A', false, undefined, defaultView],
    ['a version\'s parameters are not a view', 'o=o1&version=v1&visning=aendringer', true, cOverdue, cOverdue],
  ])('%s', (_, query, about, remembered, expected) => {
    expect(openingView(query, about, remembered)).toEqual(expected)
  })
})

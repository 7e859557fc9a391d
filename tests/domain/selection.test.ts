import { describe, expect, it } from 'vitest'
import { headerState, hiddenCount, pruneSelection, selectRange, setMany, toggle, toggleAllShown, type Selection } from '../../src/domain/selection'

const set = (ids: string) => new Set(ids ? ids.split('') : [])
const sorted = (selection: Selection) => [...selection].sort().join('')
/** Rows as shown (filtered, sorted): a to f. */
const shown = 'abcdef'.split('')

describe('toggle', () => {
  it.each([
    ['', 'a', 'a'],
    ['a', 'a', ''],
    ['ab', 'c', 'abc'],
    ['abc', 'b', 'ac'],
  ])('%j toggling %s gives %j', (before, id, after) => {
    expect(sorted(toggle(set(before), id))).toBe(after)
  })
})

describe('selectRange (Shift+click)', () => {
  it.each([
    // before, anchor, target, after
    ['b', 'b', 'e', 'bcde'],
    ['e', 'e', 'b', 'bcde'],
    ['', 'b', 'd', 'bcd'],
    // The target was chosen: the range is un-chosen, rows outside it keep their state.
    ['abcdef', 'b', 'd', 'aef'],
    ['af', 'b', 'd', 'abcdf'],
    // No anchor, or one the filter hides: an ordinary click.
    ['a', null, 'd', 'ad'],
    ['a', 'x', 'd', 'ad'],
    ['', 'c', 'c', 'c'],
  ])('%j from %s to %s gives %j', (before, anchor, target, after) => {
    expect(sorted(selectRange(set(before), shown, anchor, target))).toBe(after)
  })

  it('keeps chosen rows that the filter hides', () => {
    expect(sorted(selectRange(set('xy'), shown, 'a', 'c'))).toBe('abcxy')
  })
})

describe('Vælg alle viste', () => {
  it.each([
    ['', 'none', 'abcdef'],
    ['xy', 'none', 'abcdefxy'],
    ['ac', 'some', 'abcdef'],
    ['acx', 'some', 'abcdefx'],
    ['abcdef', 'all', ''],
    ['abcdefx', 'all', 'x'],
  ])('%j shows %s; a click gives %j', (before, state, after) => {
    expect(headerState(set(before), shown)).toBe(state)
    expect(sorted(toggleAllShown(set(before), shown))).toBe(after)
  })

  it('is unchecked when nothing is shown', () => {
    expect(headerState(set('ab'), [])).toBe('none')
  })
})

describe('hiddenCount', () => {
  it.each([
    ['', 0],
    ['abc', 0],
    ['axy', 2],
    ['xyz', 3],
  ])('%j has %i chosen rows hidden by the filter', (selection, hidden) => {
    expect(hiddenCount(set(selection), shown)).toBe(hidden)
  })
})

describe('unchanged selections keep their identity', () => {
  it.each([
    ['setMany with nothing to change', (s: Selection) => setMany(s, ['a'], true)],
    ['prune with every row still there', (s: Selection) => pruneSelection(s, set('abcdef'))],
  ])('%s', (_, change) => {
    const before = set('ab')
    expect(change(before)).toBe(before)
  })
})

describe('pruneSelection', () => {
  it.each([
    ['abc', 'abcdef', 'abc'],
    ['abx', 'abcdef', 'ab'],
    ['xy', 'abcdef', ''],
  ])('%j among rows %j keeps %j', (selection, existing, after) => {
    expect(sorted(pruneSelection(set(selection), set(existing)))).toBe(after)
  })
})

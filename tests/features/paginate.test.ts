import { describe, expect, it } from 'vitest'
import { paginate, printItems, type PrintItem } from '../../src/features/export/paginate'
import { bilagRows } from '../io/export/fixture'

/** Items described as "H:area" (heading) or "area" (row), with their heights. */
function items(spec: string): PrintItem[] {
  return spec.split(' ').map((s) => (s.startsWith('H:') ? { kind: 'heading', area: s.slice(2) } : { kind: 'row', area: s, row: bilagRows[0]! }))
}
/** A page as "(fortsat X) H:a a a" for reading the expectations. */
const show = (pages: ReturnType<typeof paginate>) =>
  pages.map((p) => [p.continues ? `(fortsat ${p.continues})` : '', ...p.items.map((i) => (i.kind === 'heading' ? `H:${i.area}` : i.area))].filter(Boolean).join(' '))

describe('paginate', () => {
  // Pages of 100; the header row takes 10, a "(fortsat)" heading 5, the first page's intro 30.
  const layout = (list: PrintItem[], heightOf: (item: PrintItem) => number) => ({ page: 100, intro: 30, header: 10, items: list.map(heightOf), continued: () => 5 })

  it.each([
    ['everything on one page', 'H:a a a', 20, ['H:a a a']],
    ['a page that starts inside an area says "(fortsat)"', 'H:a a a a a a', 20, ['H:a a a', '(fortsat a) a a a']],
    ['a heading is never left at the foot of a page', 'H:a a a H:b b b', 20, ['H:a a a', 'H:b b b']],
    ['a new area at the top of a page needs no "(fortsat)"', 'H:a a a H:b b', 20, ['H:a a a', 'H:b b']],
    ['a row taller than a page gets a page of its own', 'H:a a a a', 95, ['H:a a', '(fortsat a) a', '(fortsat a) a']],
  ])('%s', (_, spec, rowHeight, expected) => {
    const list = items(spec)
    expect(show(paginate(list, layout(list, (i) => (i.kind === 'heading' ? 10 : rowHeight))))).toEqual(expected)
  })

  it('never says "(fortsat)" when the rows are not grouped', () => {
    const list = items('a a a a a a a a')
    const pages = paginate(list, layout(list, () => 20))
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.every((p) => p.continues === undefined)).toBe(true)
  })

  it('fills every page to no more than its height', () => {
    const list = printItems(bilagRows, true)
    const heights = list.map((item, i) => (item.kind === 'heading' ? 12 : 20 + ((i * 37) % 60)))
    const pages = paginate(list, { page: 300, intro: 80, header: 15, items: heights, continued: () => 12 })
    let at = 0
    pages.forEach((page, p) => {
      const used = (p === 0 ? 80 : 0) + 15 + (page.continues ? 12 : 0) + page.items.reduce((sum, _, k) => sum + heights[at + k]!, 0)
      expect(used, `page ${p + 1}`).toBeLessThanOrEqual(300)
      at += page.items.length
    })
    expect(pages.flatMap((p) => p.items)).toEqual(list)
  })
})

describe('printItems', () => {
  it('puts a heading before each run of one area when grouped, none otherwise', () => {
    const grouped = printItems(bilagRows, true)
    expect(grouped.filter((i) => i.kind === 'heading').map((i) => i.area)).toEqual(['Tilsyn, forældreinddragelse og børn med særlige behov', 'Central understøttelse', 'Styrket administrativ praksis'])
    expect(grouped.filter((i) => i.kind === 'row')).toHaveLength(19)
    expect(printItems(bilagRows, false).every((i) => i.kind === 'row')).toBe(true)
  })
})

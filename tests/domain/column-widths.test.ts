import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { columnNeeds, columnWidths, distributeWidths, MAX_WORD_EM, mergeNeeds, minimumWidths, type ColumnContent, type WidthLayout } from '../../src/domain/column-widths'
import { textWidthEm } from '../../src/domain/text-width'
import bilag from '../fixtures/bilag1.expected.json'

const rows = bilag.initiatives
/** Word's table at 9 pt on A4 landscape: twips, 180 to the em, 170 of padding and border. */
const WORD: WidthLayout & { padding: number } = { total: 14570, em: 180, padding: 170 }
const SCREEN: WidthLayout & { padding: number } = { total: 1300, em: 15, padding: 16 }

const column = (header: string, cells: readonly string[], extra: Partial<ColumnContent> = {}): ColumnContent => ({ header, cells, ...extra })
const bilagColumns = (): ColumnContent[] => [
  column('ABC', rows.map((r) => r.category)),
  column('Indsats', rows.map((r) => r.title)),
  column('Hvordan implementeres det', rows.map((r) => r.method)),
  column('Hvornår forventes det implementeret', rows.map((r) => r.deadlineText)),
  column('Markering', rows.map((_, i) => (i % 4 === 0 ? 'Overskredet' : ''))),
  column('Ansvarlig', rows.map(() => '')),
]

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

describe('columnWidths', () => {
  const layouts: [string, WidthLayout & { padding: number }][] = [['Word', WORD], ['screen', SCREEN]]

  it.each(layouts)('adds up to exactly the total (%s)', (_, layout) => {
    expect(sum(columnWidths(bilagColumns(), layout))).toBe(layout.total)
  })

  it.each(layouts)('keeps "ABC", "Overskredet" and every Bilag word whole (%s)', (_, layout) => {
    const widths = columnWidths(bilagColumns(), layout)
    const room = (text: string, bold = false) => textWidthEm(text, bold) * layout.em + layout.padding
    expect(widths[0]).toBeGreaterThanOrEqual(room('ABC', true))
    expect(widths[4]).toBeGreaterThanOrEqual(room('Overskredet'))
    expect(widths[1]).toBeGreaterThanOrEqual(room('Dagtilbudsledelsesuddannelse'))
    expect(widths[3]).toBeGreaterThanOrEqual(room('(systemunderstøttelse)'))
    expect(widths[3]).toBeGreaterThanOrEqual(room('implementeret', true))
  })

  it.each(layouts)('shrinks an empty column to its header and gives long texts the room (%s)', (_, layout) => {
    const [abc, title, method, deadline, , owner] = columnWidths(bilagColumns(), layout)
    expect(owner).toBe(minimumWidths(columnNeeds([column('Ansvarlig', [])]), layout)[0])
    expect(method).toBeGreaterThan(title!)
    expect(title).toBeGreaterThan(deadline!)
    expect(deadline).toBeGreaterThan(abc!)
  })

  it.each([
    ['an empty column keeps its header word', [column('Status', ['', '']), column('Tekst', ['lang tekst '.repeat(20)])], [textWidthEm('Status', true), textWidthEm('Tekst', true)]],
    ['a column of one-letter codes is as wide as "ABC"', [column('ABC', ['A', 'B', 'C'])], [textWidthEm('ABC', true)]],
    ['a word wider than the header sets the minimum', [column('Status', ['Implementeret'])], [textWidthEm('Implementeret')]],
    ['a URL counts only up to the cap', [column('Noter', [`https://example.org/${'x'.repeat(200)}`])], [MAX_WORD_EM]],
    ['extra room is added to the widest word', [column('Frist', ['!\u00a0Overskredet'], { cellExtraEm: 1 })], [textWidthEm('!\u00a0Overskredet') + 1]],
    ['and to the header', [column('ABC', ['A'], { headerExtraEm: 1 })], [textWidthEm('ABC', true) + 1]],
    ['bold cells are measured bold', [column('Frist', ['Overskredet'], { boldCells: true })], [textWidthEm('Overskredet', true)]],
  ])('%s', (_, columns, minimums) => {
    columnNeeds(columns).forEach((need, i) => expect(need.minEm).toBeCloseTo(minimums[i]!, 6))
  })

  it('weighs a column by the characters it holds', () => {
    const [short, long, empty] = columnNeeds([column('a', ['ab', 'abcd']), column('b', ['x'.repeat(30), 'x'.repeat(10)]), column('c', ['', ''])])
    expect([short!.weight, long!.weight, empty!.weight]).toEqual([3, 20, 0])
  })

  it.each([
    ['minimums that do not fit: the widest gives way', [{ minEm: 10, weight: 5 }, { minEm: 30, weight: 5 }], { total: 350, em: 10, padding: 0 }, [100, 250]],
    ['… down to a common width with the next widest', [{ minEm: 5, weight: 0 }, { minEm: 20, weight: 5 }, { minEm: 30, weight: 5 }], { total: 350, em: 10, padding: 0 }, [50, 150, 150]],
    ['… and all of them share a width too narrow for every one', [{ minEm: 10, weight: 5 }, { minEm: 30, weight: 5 }], { total: 100, em: 10, padding: 0 }, [50, 50]],
    ['the rest goes by weight', [{ minEm: 1, weight: 1 }, { minEm: 1, weight: 3 }], { total: 100, em: 10, padding: 0 }, [30, 70]],
    ['with no text at all, the rest goes by the minimums', [{ minEm: 1, weight: 0 }, { minEm: 3, weight: 0 }], { total: 80, em: 10, padding: 0 }, [20, 60]],
    ['padding counts in the minimum', [{ minEm: 1, weight: 0 }, { minEm: 1, weight: 1 }], { total: 100, em: 10, padding: 5 }, [15, 85]],
    ['no columns, no widths', [], { total: 100, em: 10, padding: 0 }, []],
  ])('%s', (_, needs, layout, expected) => {
    expect(distributeWidths(needs, layout)).toEqual(expected)
  })

  it('always gives whole units adding up to the total, each at least its minimum when they fit', () => {
    const need = fc.record({ minEm: fc.double({ min: 0, max: 30, noNaN: true }), weight: fc.double({ min: 0, max: 500, noNaN: true }) })
    fc.assert(
      fc.property(fc.array(need, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 20000 }), (needs, total) => {
        const layout = { total, em: 12, padding: 8 }
        const widths = distributeWidths(needs, layout)
        const minimums = minimumWidths(needs, layout)
        const fits = sum(minimums) <= total
        return sum(widths) === total && widths.every((w, i) => Number.isInteger(w) && w >= 0 && (!fits || w >= minimums[i]!))
      }),
    )
  })
})

describe('minimumWidths', () => {
  it('takes one padding for all columns, or one per column', () => {
    const needs = [{ minEm: 2, weight: 0 }, { minEm: 2, weight: 0 }]
    expect(minimumWidths(needs, { em: 10, padding: 5 })).toEqual([25, 25])
    expect(minimumWidths(needs, { em: 10, padding: [12.5, 5] })).toEqual([33, 25])
  })
})

describe('mergeNeeds', () => {
  it('gives the needs of all the cells, read in two parts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string())), fc.nat(), (rows, at) => {
        const cut = rows.length === 0 ? 0 : at % (rows.length + 1)
        const columns = (part: [string, string][]) => [column('A', part.map((r) => r[0])), column('B', part.map((r) => r[1]))]
        const whole = columnNeeds(columns(rows))
        const merged = mergeNeeds(columnNeeds(columns(rows.slice(0, cut))), columnNeeds(columns(rows.slice(cut))))
        return merged.every((m, i) => Math.abs(m.minEm - whole[i]!.minEm) < 1e-9 && Math.abs(m.weight - whole[i]!.weight) < 1e-9 && m.cells === whole[i]!.cells)
      }),
    )
  })
})

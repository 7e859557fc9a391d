/**
 * Column widths that follow the content: one rule for the table on screen, the print
 * layout, Word and Excel.
 *
 * Each column gets a minimum — its longest word, or its header's longest word, so "ABC",
 * "Overskredet" and "Implementeret" are never broken — and then a share of the width that
 * is left, by how much text it holds: a column of long texts gets room, an empty column
 * keeps just its minimum. Text widths are estimated from the characters
 * (./text-width.ts), so this runs anywhere, without a browser.
 *
 * Two steps, because they cost very differently: `columnNeeds` reads every cell once (do
 * it once per data set), `distributeWidths` only divides a width (cheap, e.g. on resize).
 */
import { BOLD_FACTOR, longestWordEm, measureText } from './text-width'

export interface ColumnContent {
  /** The header label, set in bold. */
  header: string
  /** The cell texts as the medium shows them. */
  cells: Iterable<string>
  /** The cells are set in bold (Word's "Overskredet"). */
  boldCells?: boolean
  /** Room each cell needs beside its words, in em (a badge's padding, a button's). */
  cellExtraEm?: number
  /** Room the header needs beside its label, in em (a sort icon). */
  headerExtraEm?: number
}

export interface ColumnNeed {
  /** The widest word of the header or of any cell (capped at the longest-token limit), in em, without padding. */
  minEm: number
  /** How much text the column holds: the mean number of characters in its cells. */
  weight: number
  /** How many cells were read (to merge the needs of parts of the rows: `mergeNeeds`). */
  cells?: number
}

/**
 * Words longer than this (about 35 letters: a URL, a file path) do not widen a column any
 * further; they are the only ones a cell may break (CSS `overflow-wrap: anywhere`).
 */
export const MAX_WORD_EM = 20

export function columnNeeds(columns: readonly ColumnContent[], maxWordEm = MAX_WORD_EM): ColumnNeed[] {
  return columns.map((column) => {
    const header = measureText(column.header, true).longestWord + (column.headerExtraEm ?? 0)
    const cells = [...column.cells]
    const longest = longestWordEm(cells) * (column.boldCells ? BOLD_FACTOR : 1)
    const characters = cells.reduce((n, text) => n + text.length, 0)
    const minEm = Math.min(Math.max(header, longest > 0 ? longest + (column.cellExtraEm ?? 0) : 0), maxWordEm)
    // Characters, not em, for the weight: a share only needs "how much", and a length costs nothing to read.
    return { minEm, weight: cells.length > 0 ? characters / cells.length : 0, cells: cells.length }
  })
}

/**
 * The needs of two parts of the same columns' cells, as if read together: so a long list
 * can be read in slices (while the browser is idle) and the slices merged.
 */
export function mergeNeeds(a: readonly ColumnNeed[], b: readonly ColumnNeed[]): ColumnNeed[] {
  return a.map((x, i) => {
    const y = b[i] ?? { minEm: 0, weight: 0, cells: 0 }
    const cells = (x.cells ?? 0) + (y.cells ?? 0)
    const weight = cells > 0 ? (x.weight * (x.cells ?? 0) + y.weight * (y.cells ?? 0)) / cells : 0
    return { minEm: Math.max(x.minEm, y.minEm), weight, cells }
  })
}

export interface WidthLayout {
  /** The width to fill, in the medium's unit (px on screen, twips in Word, characters in Excel …). */
  total: number
  /** One em in that unit: the body font size. */
  em: number
  /** A cell's padding and borders, left and right together, in that unit; or one per column. */
  padding: number | readonly number[]
}

/** The narrowest each column may be, in whole units of the medium. */
export function minimumWidths(needs: readonly ColumnNeed[], layout: Omit<WidthLayout, 'total'>): number[] {
  const padding = (i: number) => (typeof layout.padding === 'number' ? layout.padding : (layout.padding[i] ?? 0))
  return needs.map((need, i) => Math.ceil(need.minEm * layout.em + padding(i)))
}

/**
 * Whole units that add up to exactly `layout.total`: every column its minimum, and what is
 * left shared by weight. When even the minimums do not fit, the widest minimums give way
 * first, down to a common width — the columns of short words ("ABC", "Overskredet",
 * "Implementeret") stay whole, and only the longest compounds must be hyphenated. (A
 * caller that can grow instead — the screen — asks for `sum(minimumWidths)`.)
 */
export function distributeWidths(needs: readonly ColumnNeed[], layout: WidthLayout): number[] {
  if (needs.length === 0) return []
  const total = Math.max(0, Math.round(layout.total))
  const minimums = minimumWidths(needs, layout)
  const minimumSum = sum(minimums)
  if (minimumSum >= total) {
    const cap = levelFor(minimums, total)
    return wholeUnits(minimums.map((m) => Math.min(m, cap)), total)
  }
  const weights = needs.map((need) => need.weight)
  // Nothing to weigh (no text at all): the rest goes by the minimums instead.
  const shares = sum(weights) > 0 ? weights : minimums
  const shareSum = sum(shares)
  const rest = total - minimumSum
  return wholeUnits(minimums.map((m, i) => m + (rest * (shares[i] ?? 0)) / shareSum), total)
}

/** The width `cap` at which the columns, none wider than it, fill exactly `total` (≤ the sum of `widths`). */
function levelFor(widths: readonly number[], total: number): number {
  const sorted = [...widths].sort((a, b) => a - b)
  let below = 0 // the sum of the columns narrower than the level
  for (let i = 0; i < sorted.length; i++) {
    const level = (total - below) / (sorted.length - i)
    if (level <= (sorted[i] ?? 0)) return level
    below += sorted[i] ?? 0
  }
  return sorted[sorted.length - 1] ?? 0
}

/** `distributeWidths(columnNeeds(columns), layout)`, for a one-off layout (an export). */
export function columnWidths(columns: readonly ColumnContent[], layout: WidthLayout, maxWordEm = MAX_WORD_EM): number[] {
  return distributeWidths(columnNeeds(columns, maxWordEm), layout)
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/**
 * Rounds to whole units that add up to `total` (largest remainder): every value is rounded
 * down, and the units left go to the largest fractions. A value that is already whole — a
 * minimum — is never lowered.
 */
function wholeUnits(values: readonly number[], total: number): number[] {
  const floors = values.map(Math.floor)
  let left = total - sum(floors)
  const byFraction = values.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of byFraction) {
    if (left <= 0) break
    floors[i] = (floors[i] ?? 0) + 1
    left--
  }
  return floors
}

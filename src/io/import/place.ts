/**
 * Putting one source line's cells back into their columns.
 *
 * Text copied out of a PDF loses empty cells: a Bilag row whose area cell was
 * empty comes out as "A⇥title⇥method⇥⇥deadline" — shifted one column left, with
 * a stray empty cell inside. The category cell (a lone A/B/C) is the one cell we
 * can always recognise, so such rows are re-anchored on it: cells before it fill
 * the columns before the category column (padded on the left), cells after it
 * the columns after (surplus empty cells squeezed out from the right).
 * Continuation lines keep their tab positions (bilag1.txt shows the PDF writes
 * them with their leading empty cells), so they are placed as they stand.
 */
import type { Category } from '../../domain/model'
import { isSectionHeading, looksLikeCategoryCell, readCategory, startsUppercase } from './text'
import type { ImportField, SourceLine } from './types'

export interface Layout {
  readonly mapping: readonly ImportField[]
  /** 1 + the last column that is mapped to something: where re-anchored rows end. */
  readonly width: number
  readonly catCol: number
  readonly areaCol: number
  readonly titleCol: number
  readonly deadlineCol: number
  /** A category column exists and at least one line has a category in it somewhere. */
  readonly useCategories: boolean
}

export function makeLayout(mapping: readonly ImportField[], lines: readonly SourceLine[]): Layout {
  let width = 0
  mapping.forEach((f, c) => {
    if (f !== 'ignore') width = c + 1
  })
  const catCol = mapping.indexOf('category')
  const useCategories = catCol >= 0 && lines.some((l) => l.cells.some((c) => readCategory(c) !== null))
  return {
    mapping,
    width,
    catCol,
    areaCol: mapping.indexOf('area'),
    titleCol: mapping.indexOf('title'),
    deadlineCol: mapping.indexOf('deadlineText'),
    useCategories,
  }
}

export type LineKind =
  /** Has a category (or a short non-ABC value in the category column): starts a row. */
  | 'row'
  /** A category table's line without a category: continues the row above. */
  | 'continuation'
  /** Only an area, starting with a capital, or one cell that reads as a section heading: the area of the rows below. */
  | 'heading'
  /** No category column to go by: repair decides from layout and sentence cues. */
  | 'undecided'
  /** Nothing in any mapped column. */
  | 'empty'

export interface Placed {
  /** Cell text by column (length = mapping.length). */
  readonly cells: readonly string[]
  /** Per column: the text was copied down from a merged cell above. */
  readonly spanned: readonly boolean[]
  readonly category: Category | null
  /** The category column held something that is not A/B/C. */
  readonly categoryUnknown: boolean
  readonly kind: LineKind
  readonly shifted: boolean
  /** Non-empty cells that did not fit any column were left out. */
  readonly dropped: boolean
}

export function placeLine(line: SourceLine, layout: Layout): Placed {
  const src = line.cells
  const { catCol } = layout
  if (layout.useCategories) {
    const anchor = findAnchor(src, catCol)
    if (anchor >= 0) {
      const body = anchored(line, layout, anchor)
      return withKind(body, readCategory(src[anchor] ?? ''), false, 'row')
    }
    if (looksLikeCategoryCell(src[catCol] ?? '')) return withKind(byPosition(line, layout, false), null, true, 'row')
  }
  const straight = byPosition(line, layout, layout.useCategories && (src[catCol] ?? '') !== '')
  return withKind(straight, null, false, classify(straight, layout))
}

function withKind(body: Body, category: Category | null, categoryUnknown: boolean, kind: LineKind): Placed {
  return { cells: body.cells, spanned: body.spanned, shifted: body.shifted, dropped: body.dropped, category, categoryUnknown, kind }
}

/** Text copied down from a merged cell does not count: it belongs to the row above. */
function classify({ cells, spanned }: Body, layout: Layout): LineKind {
  let filled = 0
  let only = -1
  for (let col = 0; col < cells.length; col++) {
    if (cells[col] !== '' && !spanned[col] && layout.mapping[col] !== 'ignore') {
      filled++
      only = col
    }
  }
  if (filled === 0) return 'empty'
  if (filled === 1 && only === layout.areaCol && startsUppercase(cells[only] ?? '')) return 'heading'
  // A heading row spanning the table ("INDSATSOMRÅDE 1: ENERGIEFFEKTIVISERING") has its text in one cell.
  if (filled === 1 && isSectionHeading(cells[only] ?? '')) return 'heading'
  return layout.useCategories ? 'continuation' : 'undecided'
}

/** The lone A/B/C cell nearest the category column, or −1. */
function findAnchor(src: readonly string[], catCol: number): number {
  if (readCategory(src[catCol] ?? '') !== null) return catCol
  let best = -1
  for (let i = 0; i < src.length; i++) {
    if (readCategory(src[i] ?? '') === null) continue
    if (best < 0 || Math.abs(i - catCol) < Math.abs(best - catCol)) best = i
  }
  return best
}

type Body = Pick<Placed, 'cells' | 'spanned' | 'shifted' | 'dropped'>

/** Shared all-false span flags per width: most lines have no merged cells, and nothing writes to these. */
const NO_SPANS: (readonly boolean[])[] = []
function noSpans(columns: number): readonly boolean[] {
  return (NO_SPANS[columns] ??= Object.freeze(new Array<boolean>(columns).fill(false)))
}

/**
 * The line's cells in their own columns (the common case): the line's own array when it
 * already has the table's width, so a 10,000-line paste is not copied cell by cell.
 * Same as materialise() with every column taken from its own position.
 */
function straight(line: SourceLine, columns: number): Body {
  const src = line.cells
  const n = src.length
  let cells: readonly string[] = src
  let dropped = false
  if (n !== columns) {
    const copy = new Array<string>(columns)
    for (let c = 0; c < columns; c++) copy[c] = c < n ? (src[c] ?? '') : ''
    cells = copy
    for (let i = columns; i < n; i++) if (src[i] !== '') dropped = true
  }
  const spannedSrc = line.spanned
  let spanned = noSpans(columns)
  if (spannedSrc !== undefined && spannedSrc.length > 0) {
    const flags = new Array<boolean>(columns)
    for (let c = 0; c < columns; c++) flags[c] = c < n && spannedSrc.includes(c)
    spanned = flags
  }
  return { cells, spanned, shifted: false, dropped }
}

/** Source index per column → cells and span flags. */
function materialise(line: SourceLine, from: readonly number[], columns: number, shifted: boolean, dropped: boolean): Body {
  const spannedSrc = line.spanned
  const cells = new Array<string>(columns)
  const spanned = new Array<boolean>(columns)
  for (let c = 0; c < columns; c++) {
    const i = from[c] ?? -1
    cells[c] = i >= 0 ? (line.cells[i] ?? '') : ''
    spanned[c] = i >= 0 && spannedSrc !== undefined && spannedSrc.includes(i)
  }
  return { cells, spanned, shifted, dropped }
}

function byPosition(line: SourceLine, layout: Layout, catColHasText: boolean): Body {
  const columns = layout.mapping.length
  if (!catColHasText) return straight(line, columns)
  // Text where a category belongs: the line lost leading empty cells. Right-align it
  // within the mapped width when it is short, else assume the empty category cell vanished.
  const last = lastNonEmpty(line.cells)
  const pad = layout.width - (last + 1)
  const from = new Array<number>(columns)
  for (let c = 0; c < columns; c++) {
    const i = pad > 0 ? c - pad : c < layout.catCol ? c : c === layout.catCol ? -1 : c - 1
    from[c] = i >= 0 && i <= last ? i : -1
  }
  return materialise(line, from, columns, true, droppedAny(line.cells, from))
}

/** Some non-empty source cell was not placed in any column. */
function droppedAny(cells: readonly string[], from: readonly number[]): boolean {
  let placed = 0
  let filled = 0
  for (const i of from) if (i >= 0 && cells[i] !== '') placed++
  for (const c of cells) if (c !== '') filled++
  return placed < filled
}

/** Cells re-anchored so that src[anchor] lands in the category column. */
function anchored(line: SourceLine, layout: Layout, anchor: number): Body {
  const src = line.cells
  const { catCol, width } = layout
  const columns = layout.mapping.length
  const shift = catCol - anchor
  const last = lastNonEmpty(src)
  if (shift === 0 && last < columns) return straight(line, columns)
  let dropped = false
  // Left of the anchor: drop surplus empty cells from the start, then pad on the left.
  const left: number[] = []
  for (let i = 0; i < anchor; i++) left.push(i)
  for (let i = 0; i < left.length && left.length > catCol; ) {
    if (src[left[i] ?? -1] === '') left.splice(i, 1)
    else i++
  }
  if (left.length > catCol) {
    dropped = true
    left.splice(0, left.length - catCol)
  }
  while (left.length < catCol) left.unshift(-1)
  // Right of the anchor: trailing empties go, then surplus empties from the right.
  const slots = Math.max(0, width - catCol - 1)
  const right: number[] = []
  for (let i = anchor + 1; i <= last; i++) right.push(i)
  for (let i = right.length - 1; i >= 0 && right.length > slots; i--) {
    if (src[right[i] ?? -1] === '') right.splice(i, 1)
  }
  if (right.length > slots) {
    dropped = true
    right.length = slots
  }
  const from = [...left, anchor, ...right]
  while (from.length < columns) from.push(-1)
  return materialise(line, from, columns, true, dropped)
}

function lastNonEmpty(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i
  return -1
}

/**
 * A PDF's positioned text → the grid of cells every reader hands to the importer (pure:
 * pdf.js is only in ./pdf.ts). The importer then finds the header, types the columns and
 * joins continuation rows as for any other source.
 *
 *   1. Lines and chunks per page; running headers, footers and page numbers out (./pdf-lines.ts).
 *   2. The table: inside a page's ruled area when it has one, else from the first line
 *      with two or more chunks on. Lines above it on its first page are the text above
 *      the table (title, "Status pr. …", legend), joined into paragraphs.
 *   3. Columns, once for the whole table across pages: at the vertical rulings of a ruled
 *      table, else at the left edges the table's lines share (clustered over all pages).
 *      A line's items are then joined into one chunk per cell, and a chunk belongs to
 *      the column its left edge stands in.
 *   4. Rows: on a ruled page, the bands between horizontal rulings; a cell whose top
 *      border is missing in its column continues the cell above (a merged cell: its text
 *      is copied down and flagged, as a .docx's vertical merge). Elsewhere a row starts
 *      where the anchor column starts a new block of text: the column with the shortest
 *      blocks among those with many (an ABC or deadline column, a line each).
 *   5. A cell's lines are joined with a space, or without one after a hyphen that
 *      ends a word ("Corona-" + "restriktioner").
 */
import type { RawRow, RawTable } from './plan'
import { lineText, linesOfPage, mergeChunks, splitAtColumns, visibleParts, withoutRunningLines, type Chunk, type Line, type PdfPage } from './pdf-lines'
import { crosses, rulingsOf, type Rulings } from './pdf-rules'
import { fail, MAX_ROWS, ok, type ImportResult } from './types'

export type { PdfPage, PdfRule, PdfTextItem } from './pdf-lines'

/**
 * Rows come from the horizontal rulings when some page rules at least this many (a header
 * and two rows): then every ruled page does, also a last page holding one row. A table
 * with only its outer border and a line under the header takes its rows from the text.
 */
const MIN_RULED_BOUNDARIES = 4

interface Column {
  start: number
  end: number
}

export function layoutTable(pages: readonly PdfPage[]): ImportResult<RawTable> {
  const rulings = pages.map((page) => rulingsOf(page.rules))
  const inBox = (line: Line) => insideBox(line, rulings[line.page])
  const pageLines = withoutRunningLines(
    pages.map((page, i) => linesOfPage(page, i)),
    inBox,
  )
  const preamble: Line[] = []
  const table: Line[] = []
  const after: Line[] = []
  for (const lines of pageLines) {
    const ruled = lines.some(inBox)
    for (const line of lines) {
      if (ruled ? inBox(line) : table.length > 0 || visibleParts(line) >= 2) table.push(line)
      else if (table.length === 0) preamble.push(line)
      else after.push(line)
    }
  }
  if (table.length === 0) return fail('no-table')
  const { starts, end } = columnStarts(table, rulings)
  const columns: Column[] = starts.map((start, i) => ({ start, end: starts[i + 1] ?? end }))
  const isStart = (x: number, previousX: number) => starts.some((s) => s > previousX + TOLERANCE && s <= x + TOLERANCE)
  const merged = table.map((line) => mergeChunks(splitAtColumns(line, starts, TOLERANCE), isStart))
  const rows: RawRow[] = []
  let plain: Line[] = []
  const flushPlain = () => {
    rows.push(...rowsByAnchor(plain, columns))
    plain = []
  }
  const rowsRuled = rulings.some((r) => r.box && r.boundaries.length >= MIN_RULED_BOUNDARIES)
  for (let page = 0; page < pages.length; page++) {
    const lines = merged.filter((l) => l.page === page)
    const ruling = rulings[page]
    if (rowsRuled && ruling?.box && lines.length > 0) {
      flushPlain()
      rows.push(...rowsByRulings(lines, columns, ruling))
    } else plain.push(...lines)
  }
  flushPlain()
  // Text below a ruled table (a footnote, a signature) is kept as rows of its own.
  for (const line of after) rows.push({ cells: [lineText(line)] })
  if (rows.length > MAX_ROWS) return fail('too-many-rows', String(MAX_ROWS))
  return ok({ rows, preamble: paragraphs(preamble) })
}

function insideBox(line: Line, ruling: Rulings | undefined): boolean {
  const box = ruling?.box
  if (!box) return false
  const middle = line.y - 0.3 * line.size
  const x = line.chunks[0]?.x ?? 0
  return middle > box.top && middle < box.bottom && x > box.left - 1 && x < box.right + 1
}

/** Points within which two left edges are the same. */
const TOLERANCE = 1.5

/**
 * Where columns start. A ruled table: at its vertical rulings (of every ruled page). Else
 * at the left edges many lines share: a cluster of item starts (within TOLERANCE) that
 * holds two different texts, or two lines on one page. A header centred in its cell and
 * repeated on every page is neither, nor is a bold word inside a cell.
 */
function columnStarts(table: readonly Line[], rulings: readonly Rulings[]): { starts: number[]; end: number } {
  const ruled = rulings.filter((r) => r.box)
  const right = Math.max(...table.flatMap((line) => line.chunks.map((c) => c.right)))
  if (ruled.length > 0) {
    const xs = clusters(ruled.flatMap((r) => r.verticals.map((x) => ({ x, text: '', page: 0 })))).map((c) => c.x)
    // The last vertical ruling is the table's right border: no column starts there.
    return xs.length >= 2 ? { starts: xs.slice(0, -1), end: xs.at(-1) ?? right } : { starts: [0], end: right }
  }
  const edges = table.flatMap((line) => line.chunks.map((chunk) => ({ x: chunk.x, text: chunk.text.trim(), page: line.page })))
  const starts = clusters(edges)
    .filter((c) => new Set(c.texts).size >= 2 || c.mostOnOnePage >= 2)
    .map((c) => c.x)
  const first = Math.min(...edges.map((e) => e.x))
  // Whatever stands left of the first shared edge belongs to the first column.
  return { starts: starts.length > 0 ? [Math.min(first, starts[0] ?? first), ...starts.slice(1)] : [first], end: right }
}

function clusters(edges: readonly { x: number; text: string; page: number }[]) {
  const sorted = [...edges].sort((a, b) => a.x - b.x)
  const out: { x: number; first: number; texts: string[]; pages: Map<number, number>; mostOnOnePage: number }[] = []
  for (const edge of sorted) {
    let last = out.at(-1)
    if (!last || edge.x - last.first > TOLERANCE) {
      last = { x: edge.x, first: edge.x, texts: [], pages: new Map(), mostOnOnePage: 0 }
      out.push(last)
    }
    last.texts.push(edge.text)
    const onPage = (last.pages.get(edge.page) ?? 0) + 1
    last.pages.set(edge.page, onPage)
    last.mostOnOnePage = Math.max(last.mostOnOnePage, onPage)
  }
  return out
}

/** The column a chunk's left edge stands in: the last start at or before it. */
function columnOf(chunk: Chunk, columns: readonly Column[]): number {
  let found = 0
  for (let c = 0; c < columns.length; c++) if ((columns[c]?.start ?? Infinity) <= chunk.x + TOLERANCE) found = c
  return found
}

/** Rows of a ruled page: one per band between horizontal rulings; merged cells copied down. */
function rowsByRulings(lines: readonly Line[], columns: readonly Column[], ruling: Rulings): RawRow[] {
  const { boundaries } = ruling
  const bandCount = boundaries.length - 1
  const texts: string[][][] = Array.from({ length: bandCount }, () => columns.map(() => []))
  const startOf = (band: number, column: number): number => {
    const middle = ((columns[column]?.start ?? 0) + (columns[column]?.end ?? 0)) / 2
    let b = band
    while (b > 0 && !crossesAt(b, middle)) b--
    return b
  }
  const crossesAt = (b: number, x: number) => {
    const boundary = boundaries[b]
    return boundary ? crosses(boundary, x) : true
  }
  for (const line of lines) {
    const middle = line.y - 0.3 * line.size
    let band = boundaries.findIndex((b) => b.y > middle) - 1
    if (band < 0) band = middle < (boundaries[0]?.y ?? 0) ? 0 : bandCount - 1
    band = Math.min(Math.max(band, 0), bandCount - 1)
    for (const chunk of line.chunks) {
      const column = columnOf(chunk, columns)
      texts[startOf(band, column)]?.[column]?.push(chunk.text)
    }
  }
  const rows: RawRow[] = []
  for (let band = 0; band < bandCount; band++) {
    const cells: string[] = []
    const spanned: number[] = []
    let own = false
    for (let c = 0; c < columns.length; c++) {
      const start = startOf(band, c)
      const text = joinLines(texts[start]?.[c] ?? [])
      cells.push(text)
      if (text === '') continue
      if (start === band) own = true
      else spanned.push(c)
    }
    if (own) rows.push(spanned.length > 0 ? { cells, spanned } : { cells })
  }
  return rows
}

/** Rows of unruled lines: a row starts where the anchor column starts a block of text. */
function rowsByAnchor(lines: readonly Line[], columns: readonly Column[]): RawRow[] {
  if (lines.length === 0) return []
  const cellsOf = lines.map((line) => {
    const cells: string[][] = columns.map(() => [])
    for (const chunk of line.chunks) cells[columnOf(chunk, columns)]?.push(chunk.text)
    return cells.map((parts) => parts.join(' '))
  })
  const starts = (i: number, c: number) => startsBlock(lines, cellsOf, i, c)
  const anchor = anchorColumn(cellsOf, columns.length, starts)
  const rows: string[][][] = []
  lines.forEach((_line, i) => {
    if (rows.length === 0 || starts(i, anchor)) rows.push(columns.map(() => []))
    const row = rows.at(-1)
    cellsOf[i]?.forEach((text, c) => {
      if (text !== '') row?.[c]?.push(text)
    })
  })
  return rows.map((row) => ({ cells: row.map(joinLines) }))
}

/**
 * Line i begins a new block of text in column c: it has text there, and that text does not
 * carry on the line above's (after an empty cell, on a new page, or unless it starts in
 * lower case, completes a date with its year, or follows a hyphen, comma or open parenthesis).
 */
function startsBlock(lines: readonly Line[], cells: readonly string[][], i: number, c: number): boolean {
  const text = cells[i]?.[c] ?? ''
  if (text === '') return false
  const above = cells[i - 1]?.[c] ?? ''
  if (above === '' || lines[i - 1]?.page !== lines[i]?.page) return true
  return !(/^\p{Ll}/u.test(text) || /^\d{4}\b/.test(text) || /[-–,(/&:]$/.test(above))
}

/**
 * The column rows are counted by: among the columns with at least half as many blocks as
 * the busiest, the one whose blocks are shortest (an ABC column: one line each; then a
 * deadline); the leftmost on a tie.
 */
function anchorColumn(cells: readonly string[][], width: number, starts: (i: number, c: number) => boolean): number {
  const stats = Array.from({ length: width }, (_, c) => {
    let blocks = 0
    let filled = 0
    for (let i = 0; i < cells.length; i++) {
      if ((cells[i]?.[c] ?? '') !== '') filled++
      if (starts(i, c)) blocks++
    }
    return { c, blocks, perBlock: blocks > 0 ? filled / blocks : Infinity }
  })
  const most = Math.max(...stats.map((s) => s.blocks))
  const candidates = stats.filter((s) => s.blocks * 2 >= most && s.blocks > 0)
  candidates.sort((a, b) => a.perBlock - b.perBlock || a.c - b.c)
  return candidates[0]?.c ?? 0
}

/**
 * A cell's lines as one text: a space between them, none after a hyphen that ends a line
 * inside a word ("Corona-" + "restriktioner") or after a compound's open start ("og -" +
 * "kommunikation"), but kept before "og"/"eller"/"samt": a Danish compound left open
 * ("udviklings- og implementeringsopgaver").
 */
export function joinLines(parts: readonly string[]): string {
  let text = ''
  for (const part of parts) {
    if (part === '') continue
    if (text === '') text = part
    else if (/\p{L}-$/u.test(text) && /^\p{L}/u.test(part) && !OPEN_COMPOUND.test(part)) text += part
    else if (/\s-$/u.test(text) && /^\p{Ll}/u.test(part)) text += part // "og -" + "kommunikation"
    else text += ` ${part}`
  }
  return text
}

const OPEN_COMPOUND = /^(?:og|eller|samt|el\.|and|or)(?:\s|$)/i

const LIST_ITEM = /^(?:[a-zA-Z0-9]{1,2}[.)]|[-–•▪●*])\s/

/**
 * Lines above the table → paragraphs: a line continues the one above unless its font size
 * differs, a paragraph's spacing lies between them, or it starts a list item ("b) …").
 */
function paragraphs(lines: readonly Line[]): string[] {
  const out: string[] = []
  let previous: Line | null = null
  for (const line of lines) {
    const text = lineText(line)
    const continues =
      previous !== null &&
      previous.page === line.page &&
      Math.abs(previous.size - line.size) < 0.6 &&
      line.y - previous.y < 1.6 * Math.max(previous.size, line.size) &&
      !LIST_ITEM.test(text)
    if (continues && out.length > 0) out[out.length - 1] = joinLines([out.at(-1) ?? '', text])
    else out.push(text)
    previous = line
  }
  return out
}

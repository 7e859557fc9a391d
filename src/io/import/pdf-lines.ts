/**
 * The first half of reading a PDF's table (pure geometry, no pdf.js): positioned text
 * items → lines of chunks per page, with running page headers, footers and page numbers
 * taken out. ./pdf-layout.ts turns the lines into a grid.
 *
 * Coordinates are PDF points measured from the page's top-left corner (y grows down);
 * an item's y is its baseline. A chunk is a run of items on one line that is one cell's
 * text: pdf.js splits a line into items at every change of font (a bold word is an item of
 * its own), while two cells' texts may touch when a table has no padding, so items are
 * joined only once the column starts are known (mergeChunks).
 */

/** One text item as pdf.js reports it, moved to top-left coordinates. */
export interface PdfTextItem {
  readonly text: string
  readonly x: number
  /** Baseline, from the top of the page. */
  readonly y: number
  readonly width: number
  /** Font size in points (the item's height). */
  readonly size: number
}

/** A horizontal or vertical stroke of the page's drawing (a table's ruling). */
export interface PdfRule {
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
}

export interface PdfPage {
  readonly width: number
  readonly height: number
  readonly items: readonly PdfTextItem[]
  readonly rules: readonly PdfRule[]
}

export interface Chunk {
  readonly text: string
  readonly x: number
  readonly right: number
}

export interface Line {
  readonly page: number
  readonly y: number
  readonly size: number
  readonly chunks: readonly Chunk[]
}

/** Two items this close (in font sizes) join into one chunk: a font change, not a new cell. */
const JOIN_GAP = 0.2
/** Gaps above this (in font sizes) between joined items stand for a space the PDF left out. */
const SPACE_GAP = 0.08

/** A page's items grouped into lines (top to bottom), each line's items left to right. */
export function linesOfPage(page: PdfPage, pageIndex: number): Line[] {
  const items = page.items.filter((item) => item.text.trim() !== '' && Number.isFinite(item.x) && Number.isFinite(item.y))
  items.sort((a, b) => a.y - b.y || a.x - b.x)
  const lines: Line[] = []
  let group: PdfTextItem[] = []
  const flush = () => {
    if (group.length > 0) lines.push(lineOf(group, pageIndex))
    group = []
  }
  for (const item of items) {
    const first = group[0]
    // Baselines within a third of the font size are one line (sub- and superscripts too).
    if (first && item.y - first.y > Math.max(1, 0.33 * Math.max(first.size, item.size))) flush()
    group.push(item)
  }
  flush()
  return lines
}

function lineOf(items: PdfTextItem[], page: number): Line {
  const sorted = [...items].sort((a, b) => a.x - b.x)
  const size = Math.max(1, ...items.map((item) => item.size))
  const y = items.reduce((sum, item) => sum + item.y, 0) / items.length
  return { page, y, size, chunks: sorted.map((item) => ({ text: item.text, x: item.x, right: item.x + Math.max(0, item.width) })) }
}

/**
 * A line's items joined into chunks, one per cell: items join unless a column starts
 * between them (`startsColumn(x, previousX)`: text may run a little past its cell's edge,
 * so what counts is where each begins) or the gap is wider than a space.
 */
export function mergeChunks(line: Line, startsColumn: (x: number, previousX: number) => boolean): Line {
  const chunks: { text: string; x: number; right: number }[] = []
  for (const item of line.chunks) {
    const last = chunks.at(-1)
    const gap = last ? item.x - last.right : Infinity
    if (last && gap < JOIN_GAP * line.size && !startsColumn(item.x, last.x)) {
      const space = gap > SPACE_GAP * line.size && !/\s$/.test(last.text) && !/^\s/.test(item.text)
      last.text += (space ? ' ' : '') + item.text
      last.right = Math.max(last.right, item.right)
    } else chunks.push({ ...item })
  }
  return { ...line, chunks: chunks.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })) }
}

/**
 * pdf.js joins glyphs that follow each other without a gap into one item, so when a cell's
 * text runs up to the next column's start (a table without padding), both cells arrive as
 * one item: "DagtilbudsledelsesuddannelseSe særskilt sag". An item that crosses a column
 * start on a line of several parts is cut there: at the space or the small-to-capital step
 * nearest to where the start falls, estimated from the item's width per character. A line
 * of one part (a heading across the table) is left whole, and so is an item with no such
 * place near the start.
 */
export function splitAtColumns(line: Line, starts: readonly number[], tolerance: number): Line {
  if (visibleParts(line) < 2 && line.chunks.length < 2) return line
  const chunks: Chunk[] = []
  for (const item of line.chunks) {
    let rest = item
    for (const start of starts) {
      if (!(rest.x < start - tolerance && rest.right > start + tolerance)) continue
      const at = cutIndex(rest.text, ((start - rest.x) / (rest.right - rest.x)) * rest.text.length)
      if (at === null) continue
      chunks.push({ text: rest.text.slice(0, at).trimEnd(), x: rest.x, right: start })
      rest = { text: rest.text.slice(at).trimStart(), x: start, right: rest.right }
    }
    chunks.push(rest)
  }
  return { ...line, chunks }
}

/** The index nearest `estimate` at which the text may be cut: a space, or between "e" and "S". */
function cutIndex(text: string, estimate: number): number | null {
  const reach = Math.max(3, Math.round(text.length * 0.15))
  for (let d = 0; d <= reach; d++) {
    for (const i of [Math.round(estimate) - d, Math.round(estimate) + d]) {
      if (i <= 0 || i >= text.length) continue
      if (text[i] === ' ') return i
      if (/\p{Ll}/u.test(text[i - 1] ?? '') && /[\p{Lu}\d]/u.test(text[i] ?? '')) return i
    }
  }
  return null
}

/** Runs of items separated by more than a font size: what the eye sees as separate texts. */
export function visibleParts(line: Line): number {
  let parts = 0
  let right = -Infinity
  for (const chunk of line.chunks) {
    if (chunk.x - right > line.size) parts++
    right = Math.max(right, chunk.right)
  }
  return parts
}

export const lineText = (line: Line): string => line.chunks.map((c) => c.text.trim()).filter(Boolean).join(' ')

/** "3", "Side 3", "Side 3 af 20", "3/20", "- 3 -": a page number and nothing else. */
const PAGE_NUMBER = /^(?:side|page|s\.)?\s*[-–]?\s*\d{1,4}\s*(?:(?:af|of|\/)\s*\d{1,4})?\s*[-–]?$/i
/** How many lines at the top and at the bottom of a page may be its running header or footer. */
const EDGE_LINES = 2

/**
 * Lines that repeat at the same place on several pages (numbers aside: "Side 3 af 20"),
 * among the first and last lines of each page, are the running header and footer; a page
 * number alone at the foot or head of a page, set apart from the text, is one too.
 * `keep(line)` protects lines inside a ruled table: a table's header repeated on every
 * page is the importer's to recognise.
 */
export function withoutRunningLines(pages: readonly Line[][], keep: (line: Line) => boolean): Line[][] {
  const edges = pages.map((lines) => new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]))
  const keyOf = (line: Line) => `${Math.round(line.y / 3)}|${lineText(line).replace(/\d+/g, '#').toLowerCase()}`
  const pagesWithKey = new Map<string, Set<number>>()
  edges.forEach((set, page) => {
    for (const line of set) {
      const key = keyOf(line)
      const seen = pagesWithKey.get(key) ?? new Set<number>()
      seen.add(page)
      pagesWithKey.set(key, seen)
    }
  })
  const minPages = Math.max(2, Math.ceil(pages.length / 2))
  return pages.map((lines, page) =>
    lines.filter((line, i) => {
      if (!edges[page]?.has(line) || keep(line)) return true
      const repeated = pages.length >= 2 && (pagesWithKey.get(keyOf(line))?.size ?? 0) >= minPages
      // A table's header repeated on every page has a cell per column; a running header rarely more than two.
      if (repeated && visibleParts(line) <= 2) return false
      return !(PAGE_NUMBER.test(lineText(line)) && setApart(lines, i))
    }),
  )
}

/** The line is further from its neighbour towards the page's middle than three of its heights. */
function setApart(lines: readonly Line[], i: number): boolean {
  const line = lines[i]
  if (!line) return false
  const neighbour = i >= lines.length - EDGE_LINES ? lines[i - 1] : lines[i + 1]
  return !neighbour || Math.abs(line.y - neighbour.y) > 3 * line.size
}

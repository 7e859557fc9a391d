/**
 * Clipboard or file HTML → a RawTable. Word and Excel put a real <table> on the
 * clipboard, with vertically merged cells as rowspan: that is better evidence
 * than their plain text, so the dialog prefers it.
 *
 * Safety: the HTML is parsed with DOMParser into an inert document (no scripts
 * run, nothing loads) and only text nodes are read; nothing is ever inserted
 * into the page. Walks are iterative so that hostile nesting cannot blow the stack.
 */
import type { RawRow, RawTable } from './plan'
import { cleanCell } from './text'
import { fail, MAX_COLUMNS, MAX_ROWS, ok, type ImportResult } from './types'

export interface HtmlOptions {
  /** Defaults to globalThis.DOMParser (the browser's, or jsdom's in tests). */
  readonly parser?: Pick<DOMParser, 'parseFromString'>
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'BLOCKQUOTE', 'PRE', 'CAPTION'])
/** Elements whose text is not content (Word puts <style> and <xml> in the fragment). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'XML', 'OBJECT', 'svg', 'SVG', 'MATH'])
/** Matched by tagName, not CSS: jsdom's selector engine lets `p` match Word's <o:p>. */
const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DIV'])
const PREAMBLE_BLOCKS = 50

// The page's Content-Security-Policy (style-src 'self') also governs documents made by
// DOMParser: Chromium logs a violation for every <style> and style="" it parses (Word's
// clipboard has hundreds). Nothing here reads styles, so they are cut before parsing.
// Linear on hostile input: no pattern can rescan past the next '<'; an unclosed <style>
// runs to the end, as it does for the HTML parser.
const STYLE_ELEMENT = /<style\b[^<>]*>[\s\S]*?(?:<\/style\s*>|$)/gi
const START_TAG = /<[a-z][^<>]*>/gi
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi

function withoutStyles(html: string): string {
  return html.replace(STYLE_ELEMENT, '').replace(START_TAG, (tag) => (/style/i.test(tag) ? tag.replace(STYLE_ATTRIBUTE, '') : tag))
}

export function readHtmlTable(html: string, options: HtmlOptions = {}): ImportResult<RawTable> {
  const Parser = globalThis.DOMParser as typeof DOMParser | undefined
  const parser = options.parser ?? (Parser ? new Parser() : undefined)
  if (!parser) return fail('internal', 'DOMParser is not available')
  const doc = parser.parseFromString(withoutStyles(html), 'text/html')
  const tables = Array.from(doc.querySelectorAll('table')).filter((t) => !t.parentElement?.closest('table'))
  // Several tables (a layout table, a signature …): take the one with the most rows.
  let table: HTMLTableElement | undefined
  for (const t of tables) if (!table || t.rows.length > table.rows.length) table = t
  if (!table) return fail('no-table')
  if (table.rows.length > MAX_ROWS) return fail('too-many-rows', String(MAX_ROWS))
  return ok({ rows: gridOf(table), preamble: preambleBefore(doc, table) })
}

interface Carry {
  text: string
  left: number
}

/**
 * Rows with rowspan/colspan laid out on a grid. A vertically merged cell's text
 * is copied into the rows below and flagged as `spanned` (repair then treats it as
 * the row's own area but never appends it twice); a horizontal span's extra
 * columns stay empty.
 */
function gridOf(table: HTMLTableElement): RawRow[] {
  const rows: RawRow[] = []
  const carry: (Carry | undefined)[] = []
  for (const tr of Array.from(table.rows)) {
    const cells: string[] = []
    const spanned: number[] = []
    let col = 0
    const takeCarried = (c: number) => {
      const pending = carry[c]
      if (!pending || pending.left <= 0) return false
      cells[c] = pending.text
      if (pending.text !== '') spanned.push(c)
      pending.left--
      return true
    }
    for (const td of Array.from(tr.cells)) {
      while (takeCarried(col)) col++
      if (col >= MAX_COLUMNS) break
      const text = cellText(td)
      const colspan = clamp(td.getAttribute('colspan'), 1, MAX_COLUMNS - col)
      const rawRowspan = td.getAttribute('rowspan')
      const rowspan = rawRowspan?.trim() === '0' ? MAX_ROWS : clamp(rawRowspan, 1, MAX_ROWS)
      for (let k = 0; k < colspan; k++) {
        cells[col + k] = k === 0 ? text : ''
        carry[col + k] = rowspan > 1 ? { text: k === 0 ? text : '', left: rowspan - 1 } : undefined
      }
      col += colspan
    }
    for (let c = col; c < carry.length; c++) takeCarried(c)
    for (let c = 0; c < cells.length; c++) cells[c] ??= ''
    rows.push(spanned.length > 0 ? { cells, spanned } : { cells })
  }
  return rows
}

function clamp(raw: string | null, min: number, max: number): number {
  const n = Number.parseInt(raw ?? '', 10)
  return Number.isFinite(n) ? Math.max(min, Math.min(max, n)) : min
}

const END = Symbol('end of block')
// HTML collapses whitespace in its source (spaces, tabs, line breaks) to one space.
const NEWLINES = /[ \t\r\n\f]+/g

/** A cell's text: paragraphs and <br> become spaces, &nbsp; and mso junk fall away. */
export function cellText(root: Node): string {
  const out: string[] = []
  const stack: (Node | typeof END)[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === END) {
      out.push('\n')
      continue
    }
    if (!node) continue
    if (node.nodeType === 3) {
      // Whitespace in the HTML source is one space; '\n' below marks blocks only.
      out.push((node as Text).data.replace(NEWLINES, ' '))
      continue
    }
    if (node.nodeType !== 1 && node !== root) continue
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : ''
    if (SKIP.has(tag)) continue
    if (tag === 'BR') {
      out.push('\n')
      continue
    }
    const block = BLOCKS.has(tag) && node !== root
    if (block) {
      out.push('\n')
      stack.push(END)
    }
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]
      if (child) stack.push(child)
    }
  }
  return out
    .join('')
    .split('\n')
    .map(cleanCell)
    .filter((s) => s !== '')
    .join(' ')
}

/** The paragraphs just before the table (title, legend), then its caption. */
function preambleBefore(doc: Document, table: HTMLTableElement): string[] {
  const before: Element[] = []
  const all = doc.body?.getElementsByTagName('*') ?? []
  for (let i = 0; i < all.length; i++) {
    const el = all[i]
    if (!el || el === table) break
    if (!TEXT_BLOCKS.has(el.tagName.toUpperCase()) || el.closest('table')) continue
    before.push(el)
    if (before.length > PREAMBLE_BLOCKS * 4) before.splice(0, PREAMBLE_BLOCKS * 3)
  }
  const texts = before
    .slice(-PREAMBLE_BLOCKS)
    .filter((el) => !hasTextBlockInside(el))
    .map(cellText)
    .filter((t) => t !== '')
  const caption = table.caption ? cellText(table.caption) : ''
  return caption === '' ? texts : [...texts, caption]
}

function hasTextBlockInside(el: Element): boolean {
  const inner = el.getElementsByTagName('*')
  for (let i = 0; i < inner.length; i++) if (TEXT_BLOCKS.has(inner[i]?.tagName.toUpperCase() ?? '')) return true
  return false
}

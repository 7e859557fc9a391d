/**
 * .docx → a RawTable: the Word document's largest table, with the paragraphs before the
 * first table as the text above it (title, legend, notes).
 *
 * The zip is opened with jszip (loaded on demand); word/document.xml is read by the
 * small scanner below rather than an XML library: WordprocessingML needs only a handful
 * of elements (w:tbl, w:tr, w:tc, w:gridSpan, w:vMerge, w:p, w:t, w:tab, w:br), the
 * scanner is linear (one regex over tags, no recursion, so hostile nesting cannot blow
 * the stack) and works the same in the browser and in Node without DOMParser.
 *
 * Vertically merged cells (w:vMerge) copy the first cell's text down, flagged as
 * spanned like an HTML rowspan; a cell spanning columns (w:gridSpan) leaves the extra
 * columns empty. Nested tables are read as text of the cell they stand in.
 */
import type { RawRow, RawTable } from './plan'
import { fail, MAX_COLUMNS, MAX_ROWS, ok, type ImportResult } from './types'

interface Cell {
  text: string[]
  span: number
  vMerge: 'restart' | 'continue' | null
}

interface Table {
  rows: Cell[][]
}

const TAG = /<(\/?)([a-zA-Z0-9:]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g
const VAL = /\bw:val\s*=\s*"([^"]*)"/

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[name] ?? whole
  })
}

/** The document body's tables and the paragraphs before the first one. */
export function scanDocument(xml: string): { tables: Table[]; before: string[] } {
  const tables: Table[] = []
  const before: string[] = []
  const stack: Table[] = []
  let row: Cell[] | null = null
  let cell: Cell | null = null
  let paragraph: string[] | null = null
  let inText = false
  let last = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (inText && paragraph) paragraph.push(decode(xml.slice(last, m.index)))
    last = TAG.lastIndex
    const closing = m[1] === '/'
    const name = m[2]
    const selfClosing = m[4] === '/'
    const depth = stack.length
    switch (name) {
      case 'w:tbl':
        if (closing) {
          const done = stack.pop()
          if (done && stack.length === 0) tables.push(done)
        } else if (depth === 0) stack.push({ rows: [] })
        else stack.push({ rows: [] }) // nested: its text still lands in the outer cell's paragraphs
        break
      case 'w:tr':
        if (depth === 1) {
          if (!closing) row = []
          else if (row) {
            if (stack[0] && stack[0].rows.length <= MAX_ROWS) stack[0].rows.push(row)
            row = null
          }
        }
        break
      case 'w:tc':
        if (depth === 1) {
          if (!closing) cell = { text: [], span: 1, vMerge: null }
          else if (cell && row) {
            row.push(cell)
            cell = null
          }
        }
        break
      case 'w:gridSpan':
        if (depth === 1 && cell) cell.span = Math.min(MAX_COLUMNS, Math.max(1, Number(VAL.exec(m[3] ?? '')?.[1]) || 1))
        break
      case 'w:vMerge':
        if (depth === 1 && cell) cell.vMerge = VAL.exec(m[3] ?? '')?.[1] === 'restart' ? 'restart' : 'continue'
        break
      case 'w:p':
        if (!closing && !selfClosing) paragraph = []
        else if (closing && paragraph) {
          const text = paragraph.join('')
          if (cell) cell.text.push(text)
          else if (depth === 0 && tables.length === 0) before.push(text)
          paragraph = null
        }
        break
      case 'w:t':
        inText = !closing && !selfClosing
        break
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        if (paragraph && !closing) paragraph.push(' ')
        break
      default:
        break
    }
  }
  return { tables, before }
}

/** Cells laid out on the grid: spans padded, vertical merges copied down and flagged. */
function gridOf(table: Table): RawRow[] {
  const rows: RawRow[] = []
  let above: string[] = []
  for (const source of table.rows) {
    const cells: string[] = []
    const spanned: number[] = []
    for (const cell of source) {
      const col = cells.length
      if (col >= MAX_COLUMNS) break
      const text = cell.text.filter((t) => t.trim() !== '').join(' ')
      if (cell.vMerge === 'continue') {
        const copied = above[col] ?? ''
        cells.push(copied)
        if (copied !== '') spanned.push(col)
      } else cells.push(text)
      for (let extra = 1; extra < cell.span; extra++) cells.push('')
    }
    above = cells
    rows.push(spanned.length > 0 ? { cells, spanned } : { cells })
  }
  return rows
}

/** The largest table of a parsed document.xml, with the text above the first table. */
export function tableFromDocumentXml(xml: string): ImportResult<RawTable> {
  const { tables, before } = scanDocument(xml)
  let table: Table | undefined
  for (const t of tables) if (!table || t.rows.length > table.rows.length) table = t
  if (!table || table.rows.length === 0) return fail('no-table')
  if (table.rows.length > MAX_ROWS) return fail('too-many-rows', String(MAX_ROWS))
  return ok({ rows: gridOf(table), preamble: before })
}

/** .docx bytes (a zip) → the table. A zip without word/document.xml is 'unreadable'. */
export async function readDocx(bytes: Uint8Array): Promise<ImportResult<RawTable>> {
  let xml: string
  try {
    const mod: { default?: typeof import('jszip') } & Partial<typeof import('jszip')> = await import('jszip')
    const JSZip = (mod.default ?? mod) as typeof import('jszip')
    const zip = await JSZip.loadAsync(bytes)
    const entry = zip.file('word/document.xml')
    if (!entry) return fail('unreadable', 'word/document.xml')
    xml = await entry.async('string')
  } catch (error) {
    return fail('unreadable', error instanceof Error ? error.message : 'docx')
  }
  return tableFromDocumentXml(xml)
}

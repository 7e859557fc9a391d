/**
 * Text → rows of raw cells, for pasted text and CSV/TSV/TXT files.
 *
 * Tab-separated text (Excel and Word clipboard, PDF copies like bilag1.txt) goes
 * through a lenient splitter of our own: PDF text has stray quotes in mid-cell
 * and sometimes at a cell's start ("God forvaltningsskik" …), where a strict CSV
 * parser would swallow the following lines into one quoted cell. The splitter
 * honours Excel's quoting (a cell wrapped in quotes, "" inside) only when the
 * closing quote really ends the cell. `;` and `,` files go through papaparse.
 */
import Papa from 'papaparse'
import { fail, MAX_COLUMNS, MAX_ROWS, ok, type ImportResult } from './types'

export type Delimiter = '\t' | ';' | ','

export interface DelimitedRows {
  readonly rows: string[][]
  readonly delimiter: Delimiter
}

export function parseDelimited(text: string): ImportResult<DelimitedRows> {
  const delimiter = detectDelimiter(text)
  if (!delimiter) return fail('no-table')
  const rows = delimiter === '\t' ? splitTabbed(text) : parseWithPapa(text, delimiter)
  if (!rows) return fail('too-many-rows', String(MAX_ROWS))
  return ok({ rows, delimiter })
}

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ',']
const SAMPLE_CHARS = 64 * 1024
const SAMPLE_LINES = 60

/**
 * The delimiter that splits the most sample lines into the same number of cells.
 * Title and legend lines above the table have none and simply don't count.
 */
export function detectDelimiter(text: string): Delimiter | null {
  const lines = text.slice(0, SAMPLE_CHARS).split(/\r\n?|\n/, SAMPLE_LINES * 4)
  let best: Delimiter | null = null
  let bestScore = 0
  for (const d of CANDIDATES) {
    const freq = new Map<number, number>()
    let seen = 0
    for (const line of lines) {
      if (line.trim() === '') continue
      if (++seen > SAMPLE_LINES) break
      let count = 0
      for (let i = line.indexOf(d); i >= 0; i = line.indexOf(d, i + 1)) {
        // ", " is how prose uses a comma; CSV writers put none after their delimiter.
        if (d !== ',' || line.charCodeAt(i + 1) !== 32) count++
      }
      if (count > 0) freq.set(count, (freq.get(count) ?? 0) + 1)
    }
    // The modal count's frequency. A tab anywhere is strong evidence of a pasted table;
    // a comma or semicolon must split at least two lines alike (prose has commas too).
    let score = 0
    for (const f of freq.values()) score = Math.max(score, f)
    if (d === '\t' && score > 0) score += 0.5
    else if (score < 2) score = 0
    if (score > bestScore) {
      best = d
      bestScore = score
    }
  }
  return best
}

/**
 * Lenient TSV split; null when there are more than MAX_ROWS non-blank rows.
 * The ends of plain cells are found with indexOf (native, far faster than a
 * charCodeAt loop over a multi-megabyte paste), remembering each separator's next
 * position so the text is searched once per separator, not once per cell.
 */
export function splitTabbed(text: string): string[][] | null {
  const rows: string[][] = []
  const n = text.length
  let row: string[] = []
  let i = 0
  let nextTab = -1
  let nextLf = -1
  let nextCr = -1
  for (;;) {
    let cell: string | undefined
    let end = i
    if (text.charCodeAt(i) === 34 /* " */) {
      const close = closingQuote(text, i + 1)
      const after = close >= 0 ? text.charCodeAt(close + 1) : -1
      if (close >= 0 && (close + 1 >= n || after === 9 || after === 10 || after === 13)) {
        cell = text.slice(i + 1, close).replace(DOUBLED_QUOTE, '"')
        end = close + 1
      }
    }
    if (cell === undefined) {
      if (nextTab < i) nextTab = indexOrEnd(text, '\t', i)
      if (nextLf < i) nextLf = indexOrEnd(text, '\n', i)
      if (nextCr < i) nextCr = indexOrEnd(text, '\r', i)
      end = Math.min(nextTab, nextLf, nextCr)
      cell = text.slice(i, end)
    }
    if (row.length < MAX_COLUMNS) row.push(cell)
    if (end >= n) break
    const c = text.charCodeAt(end)
    i = end + 1
    if (c === 13 && text.charCodeAt(i) === 10) i++
    if (c !== 9) {
      if (!pushRow(rows, row)) return null
      row = []
    }
  }
  if (!pushRow(rows, row)) return null
  return rows
}

/** Position of `char` at or after `from`, or the text's length when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from)
  return at < 0 ? text.length : at
}

const DOUBLED_QUOTE = /""/g

/** Index of the quote that closes a quoted cell (skipping "" pairs), or -1. */
function closingQuote(text: string, from: number): number {
  for (let i = text.indexOf('"', from); i >= 0; i = text.indexOf('"', i + 2)) {
    if (text.charCodeAt(i + 1) !== 34) return i
  }
  return -1
}

/** Keeps non-blank rows only; false once the row cap is passed. */
function pushRow(rows: string[][], row: string[]): boolean {
  if (!row.some((c) => c.trim() !== '')) return true
  rows.push(row)
  return rows.length <= MAX_ROWS
}

function parseWithPapa(text: string, delimiter: Delimiter): string[][] | null {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: 'greedy',
    preview: MAX_ROWS + 1,
  })
  const rows = result.data
  if (rows.length > MAX_ROWS) return null
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]
    if (row && row.length > MAX_COLUMNS) rows[r] = row.slice(0, MAX_COLUMNS)
  }
  return rows
}

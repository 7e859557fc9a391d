/**
 * Columns typed by what their cells hold, for tables whose header names are in no list
 * (or that have no header at all):
 *
 *   - the column whose cells read as deadlines is the deadline;
 *   - lone A/B/C (also "a", "A-indsats") is the category;
 *   - known status words ("Godkendt", "Høring udskudt …") are the status;
 *   - "1", "1.2", "2.3.1" is a numbering, kept in front of the indsats;
 *   - short values that repeat, or are written once and left blank below, are the area;
 *   - of the remaining text, the longest running text is the method and the first other
 *     column the indsats (a single text column is the indsats);
 *   - every other column that holds anything becomes an extra column: nothing is lost.
 *
 * Only the first rows are sampled, so a 10,000-row paste is typed as fast as a short one.
 */
import { parseDeadline } from '../../domain/deadline'
import { readCategory, readStatusInText } from './text'
import type { ExtraColumnType, ImportField } from './types'

const SAMPLE = 300
/** Any reference will do: only whether a cell reads as a deadline matters here. */
const TYPING_REFERENCE = '2000-01-01'
/** "1", "1.2", "2.3.1", "4." — not "12.500", where three digits after a dot are a Danish thousands separator. */
const NUMBERING = /^\d{1,3}(?:\.\d{1,2})*\.?$/

interface ColumnStats {
  readonly filled: number
  readonly rows: number
  readonly deadline: number
  readonly category: number
  readonly status: number
  readonly numbering: number
  /** Its numbering cells start low and never go down: a numbering, not amounts. */
  readonly countsUp: boolean
  readonly distinct: number
  readonly averageLength: number
  /** Filled in the first row and blank in most below: written once per group. */
  readonly writtenOnce: boolean
}

/** True when the cell reads as a deadline and the reading is most of what the cell says. */
export function readsAsDeadline(cell: string): boolean {
  if (cell.length > 120) return false
  const d = parseDeadline(cell, { reference: TYPING_REFERENCE })
  if (d.kind === 'none') return false
  return cell.length <= 40 || d.matched.length * 2 >= cell.length
}

function statsOf(body: readonly (readonly string[])[], col: number): ColumnStats {
  let filled = 0
  let deadline = 0
  let category = 0
  let status = 0
  let numbering = 0
  let length = 0
  const values = new Set<string>()
  const rows = Math.min(body.length, SAMPLE)
  for (let r = 0; r < rows; r++) {
    const cell = body[r]?.[col] ?? ''
    if (cell === '') continue
    filled++
    length += cell.length
    values.add(cell)
    if (readCategory(cell) !== null) category++
    else if (NUMBERING.test(cell)) numbering++
    else if (readsAsDeadline(cell)) deadline++
    if (readStatusInText(cell) !== null) status++
  }
  const firstFilled = (body[0]?.[col] ?? '') !== ''
  return {
    filled,
    rows,
    deadline,
    category,
    status,
    numbering,
    countsUp: countsUp(body, col),
    distinct: values.size,
    averageLength: filled === 0 ? 0 : length / filled,
    writtenOnce: firstFilled && filled < rows * 0.6 && rows >= 3,
  }
}

/** Most filled cells of the column are a numbering ("1", "1.2", "2.3.1"). */
export function isNumberingColumn(body: readonly (readonly string[])[], col: number): boolean {
  const s = statsOf(body, col)
  return s.filled > 0 && s.numbering / s.filled >= 0.8 && s.countsUp
}

/**
 * A numbering starts low and its first part never goes down the table ("1", "1.2", "2"); a
 * column of amounts ("750", "300", "1.200") does not, and is an extra column of numbers.
 */
function countsUp(body: readonly (readonly string[])[], col: number): boolean {
  let previous = 0
  let first = true
  for (const row of body) {
    const cell = row[col] ?? ''
    if (!NUMBERING.test(cell)) continue
    const top = Number(cell.split('.')[0])
    if (first && top > 20) return false
    if (top < previous) return false
    previous = top
    first = false
  }
  return true
}

/** Most filled cells of the column read as deadlines. */
export function isDeadlineColumn(body: readonly (readonly string[])[], col: number): boolean {
  const s = statsOf(body, col)
  return s.filled > 0 && s.deadline / s.filled >= 0.5
}

const share = (n: number, s: ColumnStats) => (s.filled === 0 ? 0 : n / s.filled)

function looksLikeArea(s: ColumnStats): boolean {
  if (s.filled === 0 || s.averageLength > 80) return false
  const repeats = s.filled >= 3 && s.distinct <= s.filled / 2
  return repeats || s.writtenOnce
}

/**
 * `fixed`: what the header's names already decided (null where nothing did). Every
 * other column gets a field by content, each field once; a column left over becomes
 * 'extra', or 'ignore' when it is empty.
 */
export function typeColumns(body: readonly (readonly string[])[], width: number, fixed: readonly (ImportField | null)[]): ImportField[] {
  const stats = Array.from({ length: width }, (_, c) => statsOf(body, c))
  const mapping: (ImportField | null)[] = Array.from({ length: width }, (_, c) => fixed[c] ?? null)
  const taken = new Set(mapping.filter((f): f is ImportField => f !== null))
  const free = () => stats.map((_, c) => c).filter((c) => mapping[c] === null && (stats[c]?.filled ?? 0) > 0)

  /** The free column scoring best (above `min`) gets `field`, when the field is not taken. */
  function claim(field: ImportField, score: (s: ColumnStats) => number, min: number): void {
    if (taken.has(field)) return
    let best = -1
    let bestScore = min
    for (const c of free()) {
      const value = score(stats[c]!)
      if (value > bestScore) {
        best = c
        bestScore = value
      }
    }
    if (best >= 0) {
      mapping[best] = field
      taken.add(field)
    }
  }

  claim('category', (s) => share(s.category, s), 0.5)
  claim('number', (s) => (s.countsUp ? share(s.numbering, s) : 0), 0.8)
  claim('deadlineText', (s) => share(s.deadline, s), 0.5)
  claim('status', (s) => share(s.status, s), 0.5)
  // The area is left of the texts it groups: the first area-like column, not the best.
  if (!taken.has('area')) {
    const area = free().find((c) => looksLikeArea(stats[c]!) && free().some((o) => o > c))
    if (area !== undefined) {
      mapping[area] = 'area'
      taken.add('area')
    }
  }
  const texts = free()
  if (!taken.has('method') && !taken.has('title') && texts.length >= 2) {
    const longest = texts.reduce((a, b) => (stats[b]!.averageLength > stats[a]!.averageLength ? b : a))
    mapping[longest] = 'method'
    taken.add('method')
  }
  const title = free()[0]
  if (!taken.has('title') && title !== undefined) {
    mapping[title] = 'title'
    taken.add('title')
  }
  if (!taken.has('method') && taken.has('title')) {
    const rest = free()
    // Beside a named indsats, a long running text is how it is done.
    const longest = rest.find((c) => stats[c]!.averageLength >= 40 && share(stats[c]!.deadline, stats[c]!) < 0.5)
    if (longest !== undefined) mapping[longest] = 'method'
  }
  return mapping.map((f, c) => f ?? ((stats[c]?.filled ?? 0) > 0 ? 'extra' : 'ignore'))
}

/** Short labels: few words, no deadline, no category letter, no sentence. */
function isLabel(cell: string): boolean {
  if (cell.length > 50) return false
  if (cell.split(' ').length > 6) return false
  if (readCategory(cell) !== null || NUMBERING.test(cell)) return false
  if (/[.!?]$/.test(cell) && cell.length > 12) return false
  return !readsAsDeadline(cell)
}

/**
 * A header found by shape: the first row with two or more cells, when every cell is a
 * short label, it fills most of the width, and the rows below are unlike it (some
 * column reads as deadlines or categories there, or holds longer text). Null otherwise.
 */
export function headerByShape(rows: readonly (readonly string[])[], width: number): number | null {
  const at = rows.findIndex((r) => r.filter((c) => c !== '').length >= 2)
  if (at < 0) return null
  const row = rows[at] ?? []
  const filled = row.filter((c) => c !== '')
  if (filled.length < Math.max(2, Math.ceil(width * 0.6)) || !filled.every(isLabel)) return null
  const body = rows.slice(at + 1)
  if (body.length === 0) return null
  for (let c = 0; c < width; c++) {
    const s = statsOf(body, c)
    if (s.filled === 0) continue
    if (share(s.deadline, s) >= 0.5 || share(s.category, s) >= 0.5) return at
    if (s.averageLength >= 2 * Math.max(8, (row[c] ?? '').length)) return at
  }
  return null
}

const DANISH_NUMBER = /^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$/
const DAY_MONTH_YEAR = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** "1.234,5" → 1234.5; null when the cell is not a number as Danes write them. */
export function readDanishNumber(cell: string): number | null {
  const text = cell.replace(/\s/g, '')
  if (!DANISH_NUMBER.test(text)) return null
  const value = Number(text.replace(/\./g, '').replace(',', '.'))
  return Number.isFinite(value) ? value : null
}

/** "20.01.2021", "1-3-2021", "2021-01-20" → YYYY-MM-DD; null for anything else or an impossible date. */
export function readExactDate(cell: string): string | null {
  const iso = ISO_DATE.exec(cell)
  const dmy = DAY_MONTH_YEAR.exec(cell)
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : dmy ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])] : [0, 0, 0]
  if (!y) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** An extra column's type: every filled cell a number → number, every one a date → date, else text. */
export function extraColumnType(cells: readonly string[]): ExtraColumnType {
  const filled = cells.filter((c) => c !== '')
  if (filled.length === 0) return 'text'
  if (filled.every((c) => readDanishNumber(c) !== null)) return 'number'
  if (filled.every((c) => readExactDate(c) !== null)) return 'date'
  return 'text'
}

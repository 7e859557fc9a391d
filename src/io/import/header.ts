/**
 * Finding the header row and turning it into a column mapping.
 *
 * Secretaries rename the Bilag's columns freely ("Område", "Kategori", "Sag",
 * "Forventet fremsendt" …), so names are compared as folded keys (see normalizeKey)
 * against each column's `importNames` in the column registry. A variant that is the
 * whole cell scores highest, one that starts the cell ("Ansvarlig enhed") next, one
 * inside a short cell lowest; on a tie the
 * variant earlier in its list wins ("Deadline" over "Periode"). A header whose words are
 * in no list is still found by its shape (./typing), and columns that no name claims are
 * typed by what their cells hold.
 */
import { normalizeKey, readCategory } from './text'
import { headerByShape, isDeadlineColumn, isNumberingColumn, typeColumns } from './typing'
import { COLUMN_OF_FIELD, type ColumnField, type ImportField } from './types'
import { builtInColumn } from '../../domain/columns/registry'

type Known = Exclude<ImportField, 'ignore' | 'extra'>

// Numbering ("1.2") is the importer's own: it is kept in the indsats, not a column of its own.
const NUMBER_NAMES = ['Nr.', 'Nr', 'Nummer', 'Løbenr.', 'Løbenummer', 'Id', '#']

/** Each field's header names, from the column registry (`importNames`); folded once at load. Within a list, stronger names first. */
export const VARIANTS: Readonly<Record<Known, readonly string[]>> = {
  ...(Object.fromEntries(Object.entries(COLUMN_OF_FIELD).map(([field, column]) => [field, builtInColumn(column)?.importNames ?? []])) as Record<ColumnField, readonly string[]>),
  number: NUMBER_NAMES,
}
const KEYS: ReadonlyArray<readonly [Known, string, number]> = Object.entries(VARIANTS).flatMap(([field, list]) =>
  list.map((v, rank) => [field as Known, normalizeKey(v) || v, rank] as const),
)

/** The Bilag's own column order: what a table without a header is assumed to have. */
export const BILAG_ORDER: readonly Known[] = ['area', 'category', 'title', 'method', 'deadlineText']

export interface Match {
  readonly field: Known
  readonly score: number
  readonly length: number
  readonly rank: number
}

export function bestMatch(cell: string): Match | null {
  if (cell.length === 0 || cell.length > 80) return null
  const key = normalizeKey(cell) || cell.trim()
  if (key === '') return null
  let best: Match | null = null
  for (const [field, variant, rank] of KEYS) {
    let score = 0
    if (key === variant) score = 3
    else if (key.startsWith(variant + ' ')) score = 2
    else if (key.length <= 40 && (' ' + key + ' ').includes(' ' + variant + ' ')) score = 1
    // Longer variants are more specific: "hvornar forventes det" beats "hvornar".
    if (score > 0 && (!best || score > best.score || (score === best.score && variant.length > best.length))) {
      best = { field, score, length: variant.length, rank }
    }
  }
  return best
}

export interface HeaderGuess {
  /** Index of the header row in the rows given. */
  readonly index: number
  readonly mapping: ImportField[]
}

const SCAN_ROWS = 50
const SAMPLE = 500

/**
 * The first row (of the first 50) naming at least two different known columns; else a
 * row shaped like a header (short labels unlike the rows below it, see headerByShape).
 */
export function findHeader(rows: readonly (readonly string[])[], width: number): HeaderGuess | null {
  const limit = Math.min(rows.length, SCAN_ROWS)
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? []
    const matches = row.map(bestMatch)
    const fields = new Set(matches.flatMap((m) => (m ? [m.field] : [])))
    const strong = matches.some((m) => m !== null && m.score >= 2)
    if (fields.size >= 2 && strong) {
      return { index: r, mapping: mappingFromHeader(row, matches, width, rows.slice(r + 1, r + 1 + SAMPLE)) }
    }
  }
  const shaped = headerByShape(rows.slice(0, SCAN_ROWS + SAMPLE), width)
  if (shaped === null) return null
  const row = rows[shaped] ?? []
  return { index: shaped, mapping: mappingFromHeader(row, row.map(bestMatch), width, rows.slice(shaped + 1, shaped + 1 + SAMPLE)) }
}

/**
 * Each field goes to its best-named column (one column per field; a second "Frist"
 * beside "Hvornår forventes det implementeret" becomes an extra column). Columns no
 * name claims are typed by their cells (typeColumns).
 */
function mappingFromHeader(
  header: readonly string[],
  matches: readonly (Match | null)[],
  width: number,
  body: readonly (readonly string[])[],
): ImportField[] {
  const fixed: (ImportField | null)[] = Array.from({ length: width }, () => null)
  // Right of the last label, a column filled on few rows holds cells a PDF copy pushed
  // out of place (repair puts them back), not a column of its own.
  for (let col = header.length; col < width; col++) {
    const filled = body.reduce((n, row) => n + ((row[col] ?? '') === '' ? 0 : 1), 0)
    if (filled < body.length / 2) fixed[col] = 'ignore'
  }
  const ranked = matches
    .map((m, col) => ({ m, col }))
    .filter((x): x is { m: Match; col: number } => x.m !== null && x.col < width)
    .sort((a, b) => b.m.score - a.m.score || a.m.rank - b.m.rank || a.col - b.col)
  const taken = new Set<ImportField>()
  for (const { m, col } of ranked) {
    if (taken.has(m.field)) continue
    taken.add(m.field)
    fixed[col] = m.field
  }
  return typeColumns(body, width, fixed)
}

/**
 * No header. A table in the Bilag's layout (a column of lone A/B/C) is read in the
 * Bilag order anchored on it, as the PDF copies have it; any other table is typed by
 * what its cells hold.
 */
export function mappingByPosition(rows: readonly (readonly string[])[], width: number): ImportField[] {
  const sample = rows.slice(0, SAMPLE)
  const fixed: (ImportField | null)[] = Array.from({ length: width }, () => null)
  const catCol = categoryColumn(sample, width)
  if (catCol >= 0) {
    BILAG_ORDER.forEach((field, i) => {
      const col = catCol - 1 + i
      if (col < 0 || col >= width) return
      // A numbering before the letters ("1.2 | A | …") is no area, and a column of deadlines
      // no text: those are typed by content instead.
      if (field === 'area' && isNumberingColumn(sample, col)) return
      if (field !== 'deadlineText' && field !== 'category' && isDeadlineColumn(sample, col)) return
      fixed[col] = field
    })
  }
  return typeColumns(sample, width, fixed)
}

function categoryColumn(sample: readonly (readonly string[])[], width: number): number {
  let catCol = -1
  let best = 0
  for (let c = 0; c < width; c++) {
    let hits = 0
    for (const row of sample) if (readCategory(row[c] ?? '') !== null) hits++
    const share = sample.length === 0 ? 0 : hits / sample.length
    if (share > best) {
      best = share
      catCol = c
    }
  }
  return best >= 0.3 ? catCol : -1
}

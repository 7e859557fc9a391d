/**
 * Finding the header row and turning it into a column mapping.
 *
 * Secretaries rename the Bilag's columns freely ("Område", "Kategori",
 * "Tidsplan" …), so names are compared as folded keys (see normalizeKey) against
 * a list of variants. A variant that is the whole cell scores highest, one that
 * starts the cell ("Ansvarlig enhed") next, one inside a short cell lowest.
 */
import { normalizeKey, readCategory } from './text'
import type { ImportField } from './types'

type Known = Exclude<ImportField, 'ignore'>

// Written as users write them; folded once at load.
const VARIANTS: Record<Known, readonly string[]> = {
  area: ['Indsatsområde', 'Indsatsområder', 'Område', 'Områder', 'Tema', 'Temaer', 'Fagområde', 'Emne'],
  category: ['ABC', 'Kategori', 'Kat.', 'ABC-kategori', 'Kategori (ABC)', 'A/B/C'],
  title: ['Indsats', 'Indsatser', 'Initiativ', 'Initiativer', 'Titel', 'Indsatsens navn'],
  method: ['Hvordan implementeres det', 'Hvordan implementeres', 'Hvordan', 'Implementering', 'Metode', 'Udmøntning'],
  deadlineText: [
    'Hvornår forventes det implementeret',
    'Hvornår forventes det',
    'Hvornår',
    'Tidsplan',
    'Frist',
    'Tidsfrist',
    'Deadline',
    'Forventet implementering',
    'Forventet implementeret',
    'Tidsramme',
    'Tidspunkt',
  ],
  status: ['Status'],
  owner: ['Ansvarlig', 'Ansvarlige', 'Ansvar', 'Tovholder', 'Ejer'],
  remarks: ['Noter', 'Note', 'Bemærkninger', 'Bemærkning', 'Kommentar', 'Kommentarer'],
}
const KEYS: ReadonlyArray<readonly [Known, string]> = Object.entries(VARIANTS).flatMap(([field, list]) =>
  list.map((v) => [field as Known, normalizeKey(v)] as const),
)

/** The Bilag's own column order: what a table without a header is assumed to have. */
export const BILAG_ORDER: readonly Known[] = ['area', 'category', 'title', 'method', 'deadlineText']

interface Match {
  readonly field: Known
  readonly score: number
  readonly length: number
}

function bestMatch(cell: string): Match | null {
  if (cell.length === 0 || cell.length > 80) return null
  const key = normalizeKey(cell)
  if (key === '') return null
  let best: Match | null = null
  for (const [field, variant] of KEYS) {
    let score = 0
    if (key === variant) score = 3
    else if (key.startsWith(variant + ' ')) score = 2
    else if (key.length <= 40 && (' ' + key + ' ').includes(' ' + variant + ' ')) score = 1
    // Longer variants are more specific: "hvornar forventes det" beats "hvornar".
    if (score > 0 && (!best || score > best.score || (score === best.score && variant.length > best.length))) {
      best = { field, score, length: variant.length }
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

/** The first row (of the first 50) naming at least two different known columns. */
export function findHeader(rows: readonly (readonly string[])[], width: number): HeaderGuess | null {
  const limit = Math.min(rows.length, SCAN_ROWS)
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? []
    const matches = row.map(bestMatch)
    const fields = new Set(matches.flatMap((m) => (m ? [m.field] : [])))
    const strong = matches.some((m) => m !== null && m.score >= 2)
    if (fields.size >= 2 && strong) {
      return { index: r, mapping: mappingFromHeader(matches, width, rows.slice(r + 1, r + 1 + SAMPLE)) }
    }
  }
  return null
}

/**
 * Each field goes to its best-scoring column (one column per field; a second
 * "Frist" beside "Hvornår forventes det implementeret" is left out). Unnamed
 * columns take the free Bilag field between their named neighbours, so a header
 * "Tema | Kategori | Beskrivelse | Hvornår" maps "Beskrivelse" to the title; a
 * column with no free slot there (an extra "Nr." or "Budget") is ignored.
 */
function mappingFromHeader(
  matches: readonly (Match | null)[],
  width: number,
  body: readonly (readonly string[])[],
): ImportField[] {
  const mapping: ImportField[] = Array.from({ length: width }, () => 'ignore')
  const ranked = matches
    .map((m, col) => ({ m, col }))
    .filter((x): x is { m: Match; col: number } => x.m !== null && x.col < width)
    .sort((a, b) => b.m.score - a.m.score || a.col - b.col)
  const taken = new Set<ImportField>()
  const named = new Set<number>()
  for (const { m, col } of ranked) {
    if (taken.has(m.field)) continue
    taken.add(m.field)
    mapping[col] = m.field
    named.add(col)
  }
  for (let col = 0; col < width; col++) {
    if (named.has(col)) continue
    const left = orderOfNearest(mapping, col, -1)
    const right = orderOfNearest(mapping, col, +1)
    const slot = BILAG_ORDER.findIndex((f, i) => i > left && i < right && !taken.has(f))
    const field = BILAG_ORDER[slot]
    // An unnamed "Nr." between area and title is not a category unless it holds A/B/C.
    if (field && (field !== 'category' || categoryShare(body, col) >= 0.3)) {
      mapping[col] = field
      taken.add(field)
    }
  }
  return mapping
}

/** Bilag position of the nearest mapped Bilag column in direction `step` (−1 or the end). */
function orderOfNearest(mapping: readonly ImportField[], col: number, step: -1 | 1): number {
  for (let c = col + step; c >= 0 && c < mapping.length; c += step) {
    const i = BILAG_ORDER.indexOf(mapping[c] as Known)
    if (i >= 0) return i
  }
  return step < 0 ? -1 : BILAG_ORDER.length
}

/** Share of non-blank rows whose cell in `col` is a lone A/B/C. */
function categoryShare(rows: readonly (readonly string[])[], col: number): number {
  let hits = 0
  for (const row of rows) if (readCategory(row[col] ?? '') !== null) hits++
  return rows.length === 0 ? 0 : hits / rows.length
}

/**
 * No header: the Bilag order, anchored on the column that most often holds a
 * lone A/B/C (a table without an ABC column gets area, title, method, deadline).
 */
export function mappingByPosition(rows: readonly (readonly string[])[], width: number): ImportField[] {
  const sample = rows.slice(0, SAMPLE)
  let catCol = -1
  let best = 0
  for (let c = 0; c < width; c++) {
    const share = categoryShare(sample, c)
    if (share > best) {
      best = share
      catCol = c
    }
  }
  const mapping: ImportField[] = Array.from({ length: width }, () => 'ignore')
  if (catCol >= 0 && best >= 0.3) {
    BILAG_ORDER.forEach((field, i) => {
      const col = catCol - 1 + i
      if (col >= 0 && col < width) mapping[col] = field
    })
    return mapping
  }
  const order: ImportField[] = width >= 4 ? ['area', 'title', 'method', 'deadlineText'] : ['title', 'method', 'deadlineText']
  order.forEach((field, col) => {
    if (col < width) mapping[col] = field
  })
  return mapping
}

/**
 * Small text helpers shared by the readers and the repair step. All regexes are
 * built once here: repair runs them per cell on tens of thousands of lines.
 */
import type { Category, Status } from '../../domain/model'

// NBSP, figure/narrow spaces, line/paragraph separators, tabs, CR/LF, VT (Word's soft line
// break): a run holding any of them is one space. Runs of plain spaces are the author's
// ("dec.  2011") and kept as written.
const ODD_SPACE = /[ ]*[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000][\s\u00a0\u2007\u202f\u2028\u2029]*/g
// Zero-width characters, soft hyphens and BOMs that clipboard text carries invisibly.
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff]/g
// C0 controls other than whitespace, DEL and C1 controls (cp1252 text read as Latin-1).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g

// Anything cleanCell would change besides a leading or trailing space (tested apart:
// anchors in the alternation slow the scan). Most cells have none, and one test is far
// cheaper than three replaces on the tens of thousands of cells of a big paste.
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2060\u3000\ufeff]/

/** One line, single-spaced, trimmed: what a cell means once its layout is gone. */
export function cleanCell(raw: string): string {
  if (raw === '') return raw
  if (raw.charCodeAt(0) !== 32 && raw.charCodeAt(raw.length - 1) !== 32 && !NEEDS_CLEANING.test(raw)) return raw
  return raw.replace(INVISIBLE, '').replace(CONTROL, '').replace(ODD_SPACE, ' ').trim()
}

const NON_ALNUM = /[^a-z0-9]+/g
const MARKS = /[\u0300-\u036f]/g

/**
 * A header cell or status value as a comparison key: lower case, æøå and accents
 * folded, punctuation to single spaces ("Hvornår forventes det implementeret?" →
 * "hvornar forventes det implementeret"; "Omraade" → "omrade").
 */
export function normalizeKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(NON_ALNUM, ' ')
    .trim()
}

const CATEGORY_CELL = /^(?:kat(?:egori)?\.?\s*)?([abc])\s*(?:[.)]|[- ]?indsats(?:er)?)?$/i

/** A lone A/B/C (also "a", "B.", "Kategori C"); null for anything else. */
export function readCategory(cell: string): Category | null {
  if (cell.length === 0 || cell.length > 16) return null
  const m = CATEGORY_CELL.exec(cell)
  return m?.[1] ? (m[1].toUpperCase() as Category) : null
}

/** Short, one-word cells in the category column that are not A/B/C ("D", "A/B", "?"). */
export function looksLikeCategoryCell(cell: string): boolean {
  return cell.length > 0 && cell.length <= 4 && !cell.includes(' ')
}

const LOWER_START = /^[^\p{L}\p{N}]*\p{Ll}/u
const UPPER_START = /^[^\p{L}\p{N}]*\p{Lu}/u
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/

export const startsLowercase = (s: string): boolean => LOWER_START.test(s)

const HEADING_WORD = /^(?:indsatsområde|område|tema|fase|spor|delområde|afsnit|kapitel|del)\b\s*\d*/i
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u
const HAS_LOWER = /\p{Ll}/u
const LETTERS = /\p{L}/gu

/**
 * A section heading as tables write them: "INDSATSOMRÅDE 1: ENERGIEFFEKTIVISERING",
 * "Tema 2 – Trafik", "3. Digitalisering", or a line in capitals. Short, and no sentence.
 */
export function isSectionHeading(line: string): boolean {
  if (line.length === 0 || line.length > 150 || /[.!?]$/.test(line) && !/^\d+\.$/.test(line)) return false
  if (HEADING_WORD.test(line) || SECTION_NUMBER.test(line)) return true
  return !HAS_LOWER.test(line) && (line.match(LETTERS)?.length ?? 0) >= 4
}
export const startsUppercase = (s: string): boolean => UPPER_START.test(s)
export const endsSentence = (s: string): boolean => SENTENCE_END.test(s)

// Written as users write them; folded through normalizeKey once, at load. A word belongs
// to the status whose meaning it clearly has (issue 14): "godkendt" is done, "afventer" waits.
const STATUS_WORDS: ReadonlyArray<readonly [Status, readonly string[]]> = [
  ['not-started', ['Ikke påbegyndt', 'Ikke startet', 'Ikke igangsat', 'Ikke i gang', 'Planlagt']],
  ['in-progress', ['I gang', 'Igang', 'Igangsat', 'Påbegyndt', 'I proces', 'I afsluttende proces', 'Under implementering', 'Startet', 'Pågår', 'Under udarbejdelse']],
  ['implemented', ['Implementeret', 'Gennemført', 'Afsluttet', 'Færdig', 'Udført', 'Fuldt implementeret', 'Godkendt', 'Leveret']],
  ['on-hold', ['Sat i bero', 'I bero', 'På pause', 'Pause', 'Udsat', 'Udskudt', 'Afventer', 'Stillet i bero']],
  ['dropped', ['Udgået', 'Annulleret', 'Droppet', 'Aflyst', 'Opgivet', 'Bortfaldet']],
]
const STATUS_BY_KEY = new Map<string, Status>(
  STATUS_WORDS.flatMap(([status, words]) => words.map((w) => [normalizeKey(w), status] as const)),
)

// The words as written (and in lower case): most status cells are exactly one of them,
// and a lookup is far cheaper than folding every cell of a 10,000-row paste.
const STATUS_AS_WRITTEN = new Map<string, Status>(
  STATUS_WORDS.flatMap(([status, words]) => words.flatMap((w) => [[w, status] as const, [w.toLowerCase(), status] as const])),
)

/** The Danish status words (Ikke påbegyndt · I gang · Implementeret · Sat i bero · Udgået and kin). */
export function readStatus(cell: string): Status | null {
  return STATUS_AS_WRITTEN.get(cell) ?? STATUS_BY_KEY.get(normalizeKey(cell)) ?? null
}

// Longest first, so "i afsluttende proces" wins over "i proces" and "ikke i gang" over "i gang".
const STATUS_PHRASES = [...STATUS_BY_KEY.entries()].sort((a, b) => b[0].length - a[0].length)
const STATUS_TEXT_LIMIT = 300

/**
 * A status written as a sentence ("Høring udskudt grundet …", "Høring gennemført i 8 uger"):
 * the first status word in it, read as a whole word, unless "ikke" stands right before it.
 * Null when the cell is long prose or holds no status word: then only the text is kept.
 */
export function readStatusInText(cell: string): Status | null {
  const exact = readStatus(cell)
  if (exact || cell.length > STATUS_TEXT_LIMIT) return exact
  const key = ` ${normalizeKey(cell)} `
  let best: { at: number; status: Status } | null = null
  for (const [phrase, status] of STATUS_PHRASES) {
    const at = key.indexOf(` ${phrase} `)
    if (at < 0 || (best && best.at <= at)) continue
    if (key.slice(0, at).endsWith(' ikke')) continue
    best = { at, status }
  }
  return best?.status ?? null
}
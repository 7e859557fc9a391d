/**
 * Small predicates over a parse's tokens that every rule shares, and the one
 * place that decides what counts as a year after a period word.
 */
import { APOS, at, COMMA, DASH, DOT, NUM, PUNCT, SLASH, WORD, type Token } from './tokens'
import type { Frame } from './frames'
import type { ParseContext } from './context'
import { QUANTITY_WORDS, type WordClass } from './lexicon'

export function num(c: ParseContext, i: number, minLen: number, maxLen: number): Token | undefined {
  const t = at(c, i)
  return t !== undefined && t.k === NUM && t.len >= minLen && t.len <= maxLen ? t : undefined
}

/** Punctuation `code` at i; `tight` demands no whitespace before it. */
export function punct(c: ParseContext, i: number, code: number, tight = false): boolean {
  const t = at(c, i)
  return t !== undefined && t.k === PUNCT && t.v === code && (!tight || !t.sp)
}

export function word(c: ParseContext, i: number, w: string): boolean {
  const t = at(c, i)
  return t !== undefined && t.k === WORD && t.w === w
}

export function wordOf(c: ParseContext, i: number, cls: WordClass): Token | undefined {
  const t = at(c, i)
  return t !== undefined && t.lx !== undefined && t.lx.cls === cls ? t : undefined
}

/** The word before i, looking past one period ("d. 1/3", "nr. 2021"); '' when none. */
export function wordBefore(c: ParseContext, i: number): string {
  let t = at(c, i - 1)
  if (t !== undefined && t.k === PUNCT && t.v === DOT) t = at(c, i - 2)
  return t !== undefined && t.k === WORD ? t.w : ''
}

/** A tight separator and a tight number follow: i is inside "1.2.3" or "2021-0012345". */
export function glued(c: ParseContext, i: number): boolean {
  const p = at(c, i)
  if (p === undefined || p.k !== PUNCT || p.sp || (p.v !== DOT && p.v !== DASH && p.v !== SLASH)) return false
  const n = at(c, i + 1)
  return n !== undefined && n.k === NUM && !n.sp
}

/** Glued to a number that cannot be a second year ("2021-0012345", "2021.5"); "2021/22" and "2021-2022" pass. */
function gluedNonYear(c: ParseContext, i: number): boolean {
  if (!glued(c, i)) return false
  const n = at(c, i + 1)
  return n === undefined || (n.len !== 2 && n.len !== 4) || at(c, i)?.v === DOT
}

export function validYear4(v: number): boolean {
  return v >= 1900 && v <= 2199
}

/**
 * Reads a year starting at token i, as it may follow a period word: "2021", ", 2021",
 * and — when `two` — a two-digit "21" or "'21" (deadlines.md: two-digit years are
 * 20xx after a month, season, quarter, half-year or week). `loose` also accepts a
 * glued "-2021" or "/2021" ("uge 12-2021", "Q3/2021"). Returns the index of the
 * last token read, or -1; the year read is left in `c.yearRead`.
 */
export function year(c: ParseContext, i: number, two: boolean, loose: boolean): number {
  const t = at(c, i)
  if (t === undefined) return -1
  if (t.k === NUM) {
    if (t.len === 4 && validYear4(t.v) && !gluedNonYear(c, i + 1)) {
      c.yearRead = t.v
      return i
    }
    if (t.len === 2 && two && t.sp && twoDigitYearOk(c, i)) {
      c.yearRead = 2000 + t.v
      return i
    }
    return -1
  }
  if (t.k !== PUNCT) return -1
  const n = at(c, i + 1)
  if (n === undefined || n.k !== NUM) return -1
  if (t.v === COMMA && n.len === 4 && validYear4(n.v) && !gluedNonYear(c, i + 2)) {
    c.yearRead = n.v
    return i + 1
  }
  if (t.v === APOS && two && n.len === 2 && !n.sp && twoDigitYearOk(c, i + 1)) {
    c.yearRead = 2000 + n.v
    return i + 1
  }
  if (loose && !t.sp && !n.sp && (t.v === DASH || t.v === SLASH) && n.len === 4 && validYear4(n.v) && !gluedNonYear(c, i + 2)) {
    c.yearRead = n.v
    return i + 1
  }
  return -1
}

/** "sommer 21" is a year; "maj 21,5 %" or "uge 12 21 dage" is not. */
function twoDigitYearOk(c: ParseContext, i: number): boolean {
  // A glued "/22" may follow: "vinter 21/22", "skoleåret 24/25" (their rules read it).
  const pair = punct(c, i + 1, SLASH, true) && num(c, i + 2, 2, 2) !== undefined
  if ((glued(c, i + 1) && !pair) || (punct(c, i + 1, COMMA, true) && num(c, i + 2, 1, 9) !== undefined)) return false
  const n = at(c, i + 1)
  if (n === undefined) return true
  if (n.k === PUNCT) return n.v !== 37 // "%"
  return !(n.k === WORD && QUANTITY_WORDS.has(n.w)) && n.k !== NUM
}

/** A grammar rule: the frame that starts at token i of this parse, or null. */
export type Rule = (c: ParseContext, i: number) => Frame | null

/**
 * Consumes the period of an abbreviation ("jan.", "kvt.") when glued to it — and after
 * a full word when a year follows ("maj. 2021"), where the period is a slip, not an end.
 */
export function abbrDot(c: ParseContext, i: number, t: Token): number {
  if (!punct(c, i + 1, DOT, true) || t.lx === undefined) return i
  return t.lx.abbr || num(c, i + 2, 2, 4) !== undefined ? i + 1 : i
}

export function withYear(c: ParseContext, f: Frame, i: number, two: boolean, loose: boolean): Frame {
  const y = year(c, i, two, loose)
  if (y >= 0) {
    f.year = c.yearRead
    f.last = y
  }
  return f
}

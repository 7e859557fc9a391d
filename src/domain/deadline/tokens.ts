/**
 * The lexer: one pass over the (lowercased) text, producing numbers, words and
 * punctuation with their character offsets and whether whitespace came before.
 *
 * Tokens live in a module-level pool that is reused by every call: parsing is
 * synchronous and not re-entrant, and reusing the objects keeps the hot path
 * free of allocation (the benchmark target is ~5 µs a phrase).
 */
import { LEXICON, type Lexeme } from './lexicon'

export const NUM = 0
export const WORD = 1
export const PUNCT = 2

export interface Token {
  /** NUM, WORD or PUNCT. */
  k: number
  /** Offsets in the source text, [s, e). */
  s: number
  e: number
  /** NUM: the value (up to 9 digits). PUNCT: the normalised character code. */
  v: number
  /** NUM: the number of digits. */
  len: number
  /** Whitespace (or the start of the text) came right before. */
  sp: boolean
  /** WORD: the lowercased word. */
  w: string
  /** WORD: its entry in the lexicon, if any. */
  lx: Lexeme | undefined
}

/** Normalised punctuation codes: every dash is '-', every apostrophe is "'". */
export const DOT = 46
export const COMMA = 44
export const SLASH = 47
export const DASH = 45
export const APOS = 39
export const SEMI = 59
export const COLON = 58

const pool: Token[] = []
let count = 0

export function tokenCount(): number {
  return count
}

export function at(i: number): Token | undefined {
  return i >= 0 && i < count ? pool[i] : undefined
}

function push(k: number, s: number, e: number, v: number, len: number, sp: boolean, w: string, lx: Lexeme | undefined): void {
  let t = pool[count]
  if (t === undefined) {
    t = { k, s, e, v, len, sp, w, lx }
    pool[count] = t
  } else {
    t.k = k
    t.s = s
    t.e = e
    t.v = v
    t.len = len
    t.sp = sp
    t.w = w
    t.lx = lx
  }
  count++
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

function isLetter(c: number): boolean {
  if (c >= 97 && c <= 122) return true
  if (c < 0xc0) return false
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7
  // Other scripts count as letters so they form (unknown) words; general
  // punctuation, symbols and surrogate halves (emoji) do not.
  return !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff) && !(c >= 0xfe00 && c <= 0xfe6f) && c !== 0xfeff
}

function punctCode(c: number): number {
  // ‐ ‑ ‒ – — ― − all read as a dash: writers and word processors mix them freely.
  if (c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212) return DASH
  if (c === 0x2019 || c === 0x2018 || c === 0xb4 || c === 0x60) return APOS
  return c
}

/** The text lowercased with every character at the same offset as in the source. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  // A few characters (e.g. "İ") grow when lowercased; map char by char instead so
  // token offsets still index the source text for `matched`.
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out += (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? String.fromCharCode(c + 32) : text[i]
  }
  return out
}

/** Tokenises `text` into the pool; returns the token count. */
export function lex(text: string): number {
  count = 0
  const lower = lowerSameLength(text)
  const n = lower.length
  let sp = true
  let i = 0
  while (i < n) {
    const c = lower.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      let j = i
      let v = 0
      while (j < n) {
        const d = lower.charCodeAt(j) - 48
        if (d < 0 || d > 9) break
        if (j - i < 9) v = v * 10 + d
        j++
      }
      push(NUM, i, j, v, j - i, sp, '', undefined)
      i = j
    } else if (isLetter(c)) {
      let j = i + 1
      while (j < n && isLetter(lower.charCodeAt(j))) j++
      const w = lower.slice(i, j)
      push(WORD, i, j, 0, 0, sp, w, LEXICON.get(w))
      i = j
    } else if (isSpace(c)) {
      sp = true
      i++
      continue
    } else {
      push(PUNCT, i, i + 1, punctCode(c), 0, sp, '', undefined)
      i++
    }
    sp = false
  }
  return count
}

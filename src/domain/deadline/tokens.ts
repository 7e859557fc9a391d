/**
 * The lexer: one pass over the (lowercased) text, producing numbers, words and
 * punctuation with their character offsets and whether whitespace came before.
 *
 * The tokens belong to the parse that made them (its ParseContext): no two calls
 * share any, so parses may interleave or nest.
 */
import { LEXICON, type Lexeme } from './lexicon'
import type { ParseContext } from './context'

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

/** Token i of this parse, or undefined outside the text. */
export function at(c: ParseContext, i: number): Token | undefined {
  return i >= 0 && i < c.count ? c.tokens[i] : undefined
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

/** Tokenises `text` into the context's tokens; returns the token count. */
export function lex(c: ParseContext, text: string): number {
  const tokens = c.tokens
  const lower = lowerSameLength(text)
  const n = lower.length
  let sp = true
  let i = 0
  while (i < n) {
    const ch = lower.charCodeAt(i)
    if (ch >= 48 && ch <= 57) {
      let j = i
      let v = 0
      while (j < n) {
        const d = lower.charCodeAt(j) - 48
        if (d < 0 || d > 9) break
        if (j - i < 9) v = v * 10 + d
        j++
      }
      tokens.push({ k: NUM, s: i, e: j, v, len: j - i, sp, w: '', lx: undefined })
      i = j
    } else if (isLetter(ch)) {
      let j = i + 1
      while (j < n && isLetter(lower.charCodeAt(j))) j++
      const w = lower.slice(i, j)
      tokens.push({ k: WORD, s: i, e: j, v: 0, len: 0, sp, w, lx: LEXICON.get(w) })
      i = j
    } else if (isSpace(ch)) {
      sp = true
      i++
      continue
    } else {
      tokens.push({ k: PUNCT, s: i, e: i + 1, v: punctCode(ch), len: 0, sp, w: '', lx: undefined })
      i++
    }
    sp = false
  }
  c.count = tokens.length
  return c.count
}

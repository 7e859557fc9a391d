/**
 * The state of one parseDeadline call. Every call makes its own and hands it to each
 * step (lexer, rules, resolver, phrase finders), so nothing is kept between calls or
 * shared by two of them: parses may interleave or nest, and a helper's result can only
 * be read by the parse that asked for it.
 *
 * Besides the tokens it holds the few values a helper returns next to its return value
 * (the year `year()` read beside the index it stopped at, the period `periodOf` computed
 * beside whether there was one). They live here rather than in a fresh object per call
 * so the hot path allocates nothing but its tokens and frames; each field is written by
 * one helper and read right after that helper returns.
 */
import type { Token } from './tokens'
import type { PeriodOut } from './frames'

export class ParseContext {
  /** The text's tokens, in order (src/domain/deadline/tokens.ts). */
  readonly tokens: Token[] = []
  /** How many tokens there are (tokens.length, kept as a field for the hot `at`). */
  count = 0
  /** Written by `year()` (cursor.ts): the year it read. */
  yearRead = 0
  /** Written by `readOrdinal()` (rules-words.ts): the ordinal it read; -1 for "sidste". */
  ordinal = 0
  /** Written by `periodOf()` (frames.ts): the period in day numbers and its precision. */
  readonly period: PeriodOut = { s: 0, e: 0, p: 'day' }
  /** Written by `findDone()` / `findOngoing()` (phrases.ts): the character range of the phrase found. */
  readonly phrase = { s: 0, e: 0 }
}

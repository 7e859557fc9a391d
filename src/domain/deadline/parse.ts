/**
 * parseDeadline: lex, read periods, resolve years, pick the deadline, then decide
 * between date, done, ongoing and none (deadlines.md).
 */
import type { Deadline, ParseOptions, Period } from './types'
import { isoOf, NO_DAY, parseIso } from './calendar'
import { at, lex } from './tokens'
import { collectItems } from './items'
import { chooseDeadline, dateItems, type Dated } from './resolve'
import { findDone, findOngoing, ongoingFrom } from './phrases'
import { ParseContext } from './context'

/** Deadline texts are a line or two; anything past this is prose that cannot change the reading much. */
export const MAX_TEXT_LENGTH = 1000

/**
 * Reads a Danish deadline text. Never throws: anything it cannot read is `{ kind: 'none' }`.
 * `reference` (YYYY-MM-DD) only fills in a missing year. Each call works on its own
 * ParseContext, so calls are independent of each other and of their order.
 */
export function parseDeadline(text: string, options: ParseOptions): Deadline {
  try {
    return read(typeof text === 'string' ? text : '', typeof options?.reference === 'string' ? options.reference : '')
  } catch {
    // A safety net only: no input is known to get here, but a table row must never break the app.
    return { kind: 'none' }
  }
}

function read(full: string, reference: string): Deadline {
  const text = full.length > MAX_TEXT_LENGTH ? full.slice(0, MAX_TEXT_LENGTH) : full
  const c = new ParseContext()
  lex(c, text)
  const ref = parseIso(reference)
  const done = findDone(c)
  const doneS = c.phrase.s
  const doneE = c.phrase.e
  const items = collectItems(c)
  const chosen = items.length > 0 ? chooseDeadline(dateItems(c, items, ref, done)) : null

  if (chosen !== null) {
    const period = periodFields(chosen)
    const matched = matchedText(c, text, chosen)
    // A done phrase with a date still ahead ("er implementeret pr. 1. januar 2027", written 2025) is a date.
    if (done && (ref === NO_DAY || chosen.s <= ref)) return { kind: 'done', matched, ...period }
    if (!done && ongoingFrom(c, chosen.item.a.first, (chosen.item.b ?? chosen.item.a).last)) return { kind: 'ongoing', matched, ...period }
    return { kind: 'date', matched, ...period }
  }
  if (done) return { kind: 'done', matched: text.slice(doneS, doneE) }
  if (findOngoing(c)) return { kind: 'ongoing', matched: text.slice(c.phrase.s, c.phrase.e) }
  return { kind: 'none' }
}

function periodFields(d: Dated): Period {
  return { start: isoOf(d.s), end: isoOf(d.e), precision: d.p }
}

function matchedText(c: ParseContext, text: string, d: Dated): string {
  const last = d.item.b ?? d.item.a
  return text.slice(at(c, d.item.a.first)?.s ?? 0, at(c, last.last)?.e ?? text.length)
}

/**
 * parseDeadline: lex, read periods, resolve years, pick the deadline, then decide
 * between date, done, ongoing and none (deadlines.md).
 */
import type { Deadline, ParseOptions, Period } from './types'
import { isoOf, parseIso } from './calendar'
import { at, lex } from './tokens'
import { collectItems } from './items'
import { chooseDeadline, dateItems, type Dated } from './resolve'
import { findDone, findOngoing, ongoingFrom, phrase } from './phrases'

/** Deadline texts are a line or two; anything past this is prose that cannot change the reading much. */
export const MAX_TEXT_LENGTH = 1000

/**
 * Reads a Danish deadline text. Never throws: anything it cannot read is `{ kind: 'none' }`.
 * `reference` (YYYY-MM-DD) only fills in a missing year.
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
  lex(text)
  const ref = referenceDay(reference)
  const done = findDone()
  const doneS = phrase.s
  const doneE = phrase.e
  const items = collectItems()
  const chosen = items.length > 0 ? chooseDeadline(dateItems(items, ref, done)) : null

  if (chosen !== null) {
    const period = periodFields(chosen)
    const matched = matchedText(text, chosen)
    // A done phrase with a date still ahead ("er implementeret pr. 1. januar 2027", written 2025) is a date.
    if (done && (ref < 0 || chosen.s <= ref)) return { kind: 'done', matched, ...period }
    if (!done && ongoingFrom(chosen.item.a.first, (chosen.item.b ?? chosen.item.a).last)) return { kind: 'ongoing', matched, ...period }
    return { kind: 'date', matched, ...period }
  }
  if (done) return { kind: 'done', matched: text.slice(doneS, doneE) }
  if (findOngoing()) return { kind: 'ongoing', matched: text.slice(phrase.s, phrase.e) }
  return { kind: 'none' }
}

/** The reference is nearly always the same across a table: parse it once. */
let lastReference = ''
let lastReferenceDay = -1
function referenceDay(reference: string): number {
  if (reference !== lastReference) {
    lastReference = reference
    lastReferenceDay = parseIso(reference)
  }
  return lastReferenceDay
}

function periodFields(d: Dated): Period {
  return { start: isoOf(d.s), end: isoOf(d.e), precision: d.p }
}

function matchedText(text: string, d: Dated): string {
  const last = d.item.b ?? d.item.a
  return text.slice(at(d.item.a.first)?.s ?? 0, at(last.last)?.e ?? text.length)
}

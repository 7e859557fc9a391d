/**
 * From frames to dated items: joins spans ("april/maj 2021", "3.-4. kvartal",
 * "medio/ultimo 2021") and lists ("17. og 18. januar"), letting a bare head take
 * its unit, month and year from the period after it.
 */
import { at, COMMA, DASH, DOT, PUNCT, SLASH } from './tokens'
import { isHead, type Frame } from './frames'
import type { ParseContext } from './context'
import { parseFrame } from './rules'
import { word } from './cursor'

export interface Item {
  a: Frame
  /** The end of a span, or null for a single period. */
  b: Frame | null
}

/** Enough for any real deadline text; bounds the work on pasted prose. */
const MAX_ITEMS = 64

/** Index after a span separator ("-", "–", "/", "til", "til og med") and a filler "den"/"d.", or -1. */
function spanSeparator(c: ParseContext, j: number): number {
  const t = at(c, j)
  if (t === undefined) return -1
  let k: number
  if (t.k === PUNCT && (t.v === DASH || t.v === SLASH)) k = j + 1
  else if (word(c, j, 'til')) k = word(c, j + 1, 'og') && word(c, j + 2, 'med') ? j + 3 : j + 1
  else return -1
  if (word(c, k, 'den')) return k + 1
  if (word(c, k, 'd') && at(c, k + 1)?.v === DOT && at(c, k + 1)?.k === PUNCT) return k + 2
  return k
}

/**
 * A head completed by the period after it, or null when they do not fit:
 * "3." + "4. kvartal 2021" is 3. kvartal 2021; "medio" + "ultimo 2021" is medio 2021.
 */
function inherit(head: Frame, next: Frame): Frame | null {
  if (!isHead(head)) return head
  if (head.unit === 'ord') {
    const ok = head.n2 === 1 ? next.unit === 'day' : next.unit === 'day' || next.unit === 'quarter' || next.unit === 'half' || next.unit === 'wom'
    if (!ok || next.mod !== 0) return null
    return { ...next, n: head.n, first: head.first, last: head.last }
  }
  if (head.unit === 'mod' && next.mod !== 0) return { ...next, mod: head.mod, first: head.first, last: head.last }
  return null
}

function isListJoin(c: ParseContext, j: number): boolean {
  return word(c, j, 'og') || word(c, j, 'eller') || (at(c, j)?.k === PUNCT && at(c, j)?.v === COMMA)
}

/** Reads every period in the parse's tokens, in text order. */
export function collectItems(c: ParseContext): Item[] {
  const items: Item[] = []
  const n = c.count
  let pending: Frame[] = []
  let pendingAt = -1
  let i = 0
  while (i < n && items.length < MAX_ITEMS) {
    const f1 = parseFrame(c, i)
    if (f1 === null) {
      i++
      continue
    }
    if (f1.unit === 'skip') {
      i = f1.last + 1
      continue
    }
    if (pending.length > 0 && f1.first !== pendingAt) pending = []
    const after = f1.last + 1
    const k = spanSeparator(c, after)
    if (k >= 0) {
      const f2 = parseFrame(c, k)
      if (f2 !== null && !isHead(f2)) {
        const a = inherit(f1, f2)
        if (a !== null) {
          flush(items, pending, a)
          pending = []
          items.push({ a, b: f2 })
          i = f2.last + 1
          continue
        }
      }
    }
    if (isHead(f1)) {
      // A head stands only before "og", "eller" or "," and another period: "17. og 18. januar 2022".
      if (isListJoin(c, after)) {
        pending.push(f1)
        pendingAt = word(c, after + 1, 'og') ? after + 2 : after + 1
      } else {
        pending = []
      }
      i = after
      continue
    }
    flush(items, pending, f1)
    pending = []
    items.push({ a: f1, b: null })
    i = after
  }
  return items
}

function flush(items: Item[], pending: Frame[], target: Frame): void {
  for (const head of pending) {
    const a = inherit(head, target)
    if (a !== null) items.push({ a: { ...a, last: head.last }, b: null })
  }
}

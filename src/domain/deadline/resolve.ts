/**
 * Gives every item a year and a period, then picks the deadline — the rules of
 * deadlines.md for "a missing year" and "several dates in one text".
 */
import type { Precision } from './types'
import { civil, yearOf } from './calendar'
import { out, periodOf, type Frame } from './frames'
import type { Item } from './items'

export interface Dated {
  item: Item
  s: number
  e: number
  p: Precision
}

/** How far from the reference year a yearless period is looked for (leap days, week 53). */
const SEARCH_YEARS = 8

/** Period of an item in `out`; false when it is no real period (or a span that runs backwards). */
function itemPeriod(item: Item): boolean {
  const { a, b } = item
  if (b === null) return periodOf(a, a.year)
  if (!periodOf(b, b.year)) return false
  const e = out.e
  if (!periodOf(a, a.year) || out.s > e) return false
  out.e = e
  out.p = 'range'
  return true
}

function startOf(f: Frame, y: number): number {
  return periodOf(f, y) ? out.s : Number.NaN
}

function endOf(f: Frame, y: number): number {
  return periodOf(f, y) ? out.e : Number.NaN
}

/**
 * Within a span the two ends share their year: "april/maj 2021" is April 2021, and
 * "nov.-jan. 2022" starts in November 2021 because a span runs forwards.
 */
function unifySpan(item: Item): void {
  const { a, b } = item
  if (b === null) return
  if (a.year === 0 && b.year !== 0) {
    a.year = b.year
    if (startOf(a, a.year) > endOf(b, b.year)) a.year--
  } else if (b.year === 0 && a.year !== 0) {
    b.year = a.year + (a.year2 > a.year ? a.year2 - a.year : 0)
    if (endOf(b, b.year) < startOf(a, a.year)) b.year++
  }
}

/** Sets the year of a yearless item (both ends of a yearless span, the start wrapping back). */
function setYear(item: Item, y: number): void {
  const { a, b } = item
  a.year = y
  if (b !== null) {
    b.year = y
    if (startOf(a, y) > endOf(b, y)) a.year = y - 1
  }
}

/** The year an item contributes to its neighbours: its start year after it, its end year before it. */
function yearSeenFrom(item: Item, later: boolean): number {
  if (later) return item.a.year
  const last = item.b ?? item.a
  return last.year2 > last.year ? last.year2 : last.year
}

/**
 * Resolves years and returns the items that name a real period. A missing year comes
 * from the nearest later dated item in the text, else the nearest earlier one; only a
 * text without any year falls back to the reference: the first occurrence ending on or
 * after it — or, in a done text, the last one starting on or before it.
 */
export function dateItems(items: Item[], ref: number, done: boolean): Dated[] {
  for (const item of items) unifySpan(item)
  // Only years written in the text lend themselves to neighbours, not ones filled in here.
  const written = items.map((it) => it.a.year !== 0)
  const anyYear = written.includes(true)
  const refYear = ref >= 0 ? yearOf(civil(ref)) : 0
  const dated: Dated[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item
    if (item.a.year === 0) {
      if (anyYear) setYear(item, nearestYear(items, written, i))
      else if (ref < 0 || !fromReference(item, ref, refYear, done)) continue
    }
    if (itemPeriod(item)) {
      dated.push({ item, s: out.s, e: out.e, p: out.p })
    } else if (item.b !== null) {
      // A span that does not hold together is read as its two ends.
      for (const f of [item.a, item.b]) {
        if (periodOf(f, f.year)) dated.push({ item: { a: f, b: null }, s: out.s, e: out.e, p: out.p })
      }
    }
  }
  return dated
}

function nearestYear(items: Item[], written: boolean[], i: number): number {
  for (let j = i + 1; j < items.length; j++) {
    if (written[j]) return yearSeenFrom(items[j] as Item, true)
  }
  for (let j = i - 1; j >= 0; j--) {
    if (written[j]) return yearSeenFrom(items[j] as Item, false)
  }
  return 0
}

function fromReference(item: Item, ref: number, refYear: number, done: boolean): boolean {
  if (done) {
    for (let y = refYear + 1; y >= refYear - SEARCH_YEARS; y--) {
      setYear(item, y)
      if (itemPeriod(item) && out.s <= ref) return true
    }
  } else {
    for (let y = refYear - 1; y <= refYear + SEARCH_YEARS; y++) {
      setYear(item, y)
      if (itemPeriod(item) && out.e >= ref) return true
    }
  }
  item.a.year = 0
  return false
}

/**
 * The deadline among several dates: a period that holds a narrower one gives way to
 * it ("marts 2021, senest 15. marts 2021" is 15 March), then the latest end wins.
 * The same period named twice ("foråret 2021 (marts-maj)") keeps its first wording.
 */
export function chooseDeadline(dated: Dated[]): Dated | null {
  let best: Dated | null = null
  for (const d of dated) {
    if (holdsAnother(d, dated)) continue
    if (best === null || d.e > best.e) best = d
  }
  return best
}

function holdsAnother(d: Dated, all: Dated[]): boolean {
  for (const o of all) {
    if (o !== d && o.s >= d.s && o.e <= d.e && (o.s > d.s || o.e < d.e)) return true
  }
  return false
}

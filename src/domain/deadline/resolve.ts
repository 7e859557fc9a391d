/**
 * Gives every item a year and a period, then picks the deadline — the rules of
 * deadlines.md for "a missing year" and "several dates in one text".
 */
import type { Precision } from './types'
import { civil, NO_DAY, yearOf } from './calendar'
import { periodOf, type Frame } from './frames'
import type { ParseContext } from './context'
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
function itemPeriod(c: ParseContext, item: Item): boolean {
  const { a, b } = item
  if (b === null) return periodOf(c.period, a, a.year)
  if (!periodOf(c.period, b, b.year)) return false
  const e = c.period.e
  if (!periodOf(c.period, a, a.year) || c.period.s > e) return false
  c.period.e = e
  c.period.p = 'range'
  return true
}

function startOf(c: ParseContext, f: Frame, y: number): number {
  return periodOf(c.period, f, y) ? c.period.s : Number.NaN
}

function endOf(c: ParseContext, f: Frame, y: number): number {
  return periodOf(c.period, f, y) ? c.period.e : Number.NaN
}

/**
 * Within a span the two ends share their year: "april/maj 2021" is April 2021, and
 * "nov.-jan. 2022" starts in November 2021 because a span runs forwards.
 */
function unifySpan(c: ParseContext, item: Item): void {
  const { a, b } = item
  if (b === null) return
  if (a.year === 0 && b.year !== 0) {
    a.year = b.year
    if (startOf(c, a, a.year) > endOf(c, b, b.year)) a.year--
  } else if (b.year === 0 && a.year !== 0) {
    b.year = a.year + (a.year2 > a.year ? a.year2 - a.year : 0)
    if (endOf(c, b, b.year) < startOf(c, a, a.year)) b.year++
  }
}

/** Sets the year of a yearless item (both ends of a yearless span, the start wrapping back). */
function setYear(c: ParseContext, item: Item, y: number): void {
  const { a, b } = item
  a.year = y
  if (b !== null) {
    b.year = y
    if (startOf(c, a, y) > endOf(c, b, y)) a.year = y - 1
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
export function dateItems(c: ParseContext, items: Item[], ref: number, done: boolean): Dated[] {
  for (const item of items) unifySpan(c, item)
  // Only years written in the text lend themselves to neighbours, not ones filled in here.
  const written = items.map((it) => it.a.year !== 0)
  const anyYear = written.includes(true)
  const refYear = ref !== NO_DAY ? yearOf(civil(ref)) : 0
  const dated: Dated[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item
    if (item.a.year === 0) {
      if (anyYear) setYear(c, item, nearestYear(items, written, i))
      else if (ref === NO_DAY || !fromReference(c, item, ref, refYear, done)) continue
    }
    if (itemPeriod(c, item)) {
      dated.push({ item, s: c.period.s, e: c.period.e, p: c.period.p })
    } else if (item.b !== null) {
      // A span that does not hold together is read as its two ends.
      for (const f of [item.a, item.b]) {
        if (periodOf(c.period, f, f.year)) dated.push({ item: { a: f, b: null }, s: c.period.s, e: c.period.e, p: c.period.p })
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

function fromReference(c: ParseContext, item: Item, ref: number, refYear: number, done: boolean): boolean {
  if (done) {
    for (let y = refYear + 1; y >= refYear - SEARCH_YEARS; y--) {
      setYear(c, item, y)
      if (itemPeriod(c, item) && c.period.s <= ref) return true
    }
  } else {
    for (let y = refYear - 1; y <= refYear + SEARCH_YEARS; y++) {
      setYear(c, item, y)
      if (itemPeriod(c, item) && c.period.e >= ref) return true
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

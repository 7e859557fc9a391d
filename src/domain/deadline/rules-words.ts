/**
 * Grammar rules that start on a word (or an ordinal before one): months, quarters,
 * half-years, weeks, seasons, the school year, and primo/medio/ultimo phrases.
 */
import { at, DASH, DOT, NUM, SLASH } from './tokens'
import { frame, seasonWraps, type Frame } from './frames'
import type { ParseContext } from './context'
import { abbrDot, num, punct, word, wordBefore, wordOf, withYear, year, type Rule } from './cursor'

/** Reads an ordinal at i ("3.", "3", "tredje") into `c.ordinal`; returns the index after it, -1 if none. */
function readOrdinal(c: ParseContext, i: number): number {
  const t = at(c, i)
  if (t === undefined) return -1
  if (t.k === NUM && t.len <= 2) {
    c.ordinal = t.v
    return punct(c, i + 1, DOT, true) ? i + 2 : i + 1
  }
  if (t.lx !== undefined && t.lx.cls === 'ord') {
    c.ordinal = t.lx.v
    return i + 1
  }
  return -1
}

/** Year after "kvartal", "halvår", "halvdel", optionally through "af"/"i" ("3. kvartal af 2021"). */
function yearThroughOf(c: ParseContext, f: Frame, j: number): Frame {
  if ((word(c, j, 'af') || word(c, j, 'i')) && year(c, j + 1, true, false) >= 0) return withYear(c, f, j + 1, true, false)
  return withYear(c, f, j, true, true)
}

/** 3. kvartal 2021, tredje kvartal, 1. halvår, 2. halvdel af 2021, 2. uge i sept. 2020 */
export const ordinalUnit: Rule = (c, i) => {
  const j = readOrdinal(c, i)
  if (j < 0) return null
  const u = at(c, j)
  if (u === undefined || u.lx === undefined) return null
  // "sidste kvartal" is the fourth, "sidste halvår" the second; "sidste uge i" stays -1.
  const n = c.ordinal !== -1 ? c.ordinal : u.lx.cls === 'quarter' ? 4 : u.lx.cls === 'half' || u.lx.cls === 'halfNoun' ? 2 : -1
  switch (u.lx.cls) {
    case 'quarter':
    case 'half': {
      const f = frame(u.lx.cls, i, abbrDot(c, j, u))
      f.n = n
      return yearThroughOf(c, f, f.last + 1)
    }
    case 'halfNoun': {
      // "2. halvdel af 2021" is a half-year; "den anden halvdel af beløbet" is not a date,
      // so the noun needs a year (or "året") right after it.
      const f = frame('half', i, j)
      f.n = n
      if (word(c, j + 1, 'af') && wordOf(c, j + 2, 'theYear')) {
        f.last = j + 2
        return f
      }
      yearThroughOf(c, f, j + 1)
      return f.year === 0 ? null : f
    }
    case 'week': {
      if (!word(c, j + 1, 'i') && !word(c, j + 1, 'af')) return null
      const m = wordOf(c, j + 2, 'month')
      if (!m || !m.lx) return null
      const f = frame('wom', i, abbrDot(c, j + 2, m))
      f.n = n
      f.month = m.lx.v
      return withYear(c, f, f.last + 1, true, false)
    }
    default:
      return null
  }
}

/** Q3 2021, H1 2022 */
export const letterUnit: Rule = (c, i) => {
  const t = at(c, i)
  const n = num(c, i + 1, 1, 1)
  if (!t || !t.lx || !n || n.sp) return null
  const f = frame(t.lx.cls === 'letterQ' ? 'quarter' : 'half', i, i + 1)
  f.n = n.v
  return withYear(c, f, i + 2, true, true)
}

/** uge 12 2021, uge 12, 2021, uge 12-2021, uge 12-14 2021, uge 34 */
export const isoWeek: Rule = (c, i) => {
  // Any week number is taken; "uge 54 2021" then names no real week and reads as nothing.
  const w = num(c, i + 1, 1, 2)
  if (!w) return null
  const f = frame('week', i, i + 1)
  f.n = w.v
  const to = num(c, i + 3, 1, 2)
  if (to && to.v > w.v && to.v <= 53 && (punct(c, i + 2, DASH) || punct(c, i + 2, SLASH) || word(c, i + 2, 'til'))) {
    f.n2 = to.v
    f.last = i + 3
  }
  return withYear(c, f, f.last + 1, true, true)
}

/** A glued second year equal to first + 1: "/22", "-2022". Returns its index or -1. */
function nextYear(c: ParseContext, j: number, first: number): number {
  const n = num(c, j + 1, 2, 4)
  if (!n || n.sp || n.len === 3 || !(punct(c, j, SLASH, true) || punct(c, j, DASH, true))) return -1
  return (n.len === 2 ? 2000 + n.v : n.v) === first + 1 ? j + 1 : -1
}

/** foråret 2021, sommer 21, vinteren 2021/22, årsskiftet 2021/22 */
export const season: Rule = (c, i) => {
  const t = at(c, i)
  // "sommer- og vinterferien": the first half of a compound, not a season.
  if (!t || !t.lx || (punct(c, i + 1, DASH, true) && at(c, i + 2)?.sp === true)) return null
  const f = withYear(c, frame('season', i, i), i + 1, true, false)
  f.n = t.lx.v
  if (f.year !== 0 && seasonWraps(f.n)) {
    const y2 = nextYear(c, f.last + 1, f.year)
    if (y2 >= 0) {
      f.year2 = f.year + 1
      f.last = y2
    }
  }
  return f
}

/** skoleåret 2024/25 */
export const schoolYear: Rule = (c, i) => {
  const f = withYear(c, frame('school', i, i), i + 1, true, false)
  if (f.year !== 0) {
    const y2 = nextYear(c, f.last + 1, f.year)
    if (y2 >= 0) {
      f.year2 = f.year + 1
      f.last = y2
    }
  }
  return f
}

/** februar 2021, feb. 2021, maj. "jan" and "jul" (also a name and Christmas) need a year, a period or a span partner. */
function readMonth(c: ParseContext, i: number, sure: boolean): Frame | null {
  const t = at(c, i)
  if (!t || !t.lx) return null
  const j = abbrDot(c, i, t)
  const f = withYear(c, frame('month', i, j), j + 1, true, true)
  f.month = t.lx.v
  if (!sure && j === i && f.year === 0 && (t.w === 'jan' || t.w === 'jul')) {
    const spanNext = (punct(c, i + 1, DASH) || punct(c, i + 1, SLASH)) && wordOf(c, i + 2, 'month')
    const spanPrev = (punct(c, i - 1, DASH) || punct(c, i - 1, SLASH)) && wordOf(c, i - 2, 'month')
    if (!spanNext && !spanPrev) return null
  }
  return f
}
export const month: Rule = (c, i) => readMonth(c, i, false)

/** primo marts 2021, ultimo 2021, i slutningen af 2021, midt i juni, sidst på året, ved udgangen af 2027 */
export const modifier: Rule = (c, i) => {
  const t = at(c, i)
  if (!t || !t.lx) return null
  let mod = t.lx.v
  let first = i
  let j = i + 1
  const before = wordBefore(c, i)
  if (t.lx.cls === 'modNoun') {
    if (!word(c, j, 'af')) return null
    j++
    // "inden udgangen af 2021" is the whole of 2021, up to its end; "ved udgangen af" is ultimo.
    if (before === 'inden' || before === 'før' || before === 'senest') mod = 0
    if (before === 'i' || before === 'ved' || before === 'med' || before === 'inden' || before === 'før') first = i - 1
  } else if (t.lx.cls === 'modAdv') {
    if (!word(c, j, 'i') && !word(c, j, 'på')) return null
    j++
  }
  const f = modTarget(c, j)
  if (f === null) {
    if (t.lx.cls !== 'mod') return null
    const head = frame('mod', i, i)
    head.mod = mod
    return head
  }
  f.first = first
  f.mod = mod
  return f
}

function modTarget(c: ParseContext, j: number): Frame | null {
  const t = at(c, j)
  if (t === undefined) return null
  if (t.k === NUM) {
    const y = year(c, j, true, false)
    if (y < 0) return ordinalUnit(c, j) // "primo 3. kvartal 2021"
    const f = frame('year', j, y)
    f.year = c.yearRead
    return f
  }
  if (t.lx === undefined) return null
  switch (t.lx.cls) {
    case 'month':
      return readMonth(c, j, true)
    case 'ord':
      return ordinalUnit(c, j)
    case 'letterQ':
    case 'letterH':
      return letterUnit(c, j)
    case 'season':
      return season(c, j)
    case 'school':
      return schoolYear(c, j)
    case 'theYear':
      return frame('year', j, j)
    default:
      return null
  }
}

/** "i løbet af året": the year, its number left to the reference. */
export const theYear: Rule = (c, i) => (word(c, i - 1, 'af') && word(c, i - 2, 'løbet') ? frame('year', word(c, i - 3, 'i') ? i - 3 : i - 2, i) : null)

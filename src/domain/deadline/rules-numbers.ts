/**
 * Grammar rules that start on a number: dates written with digits, a day before a
 * month name, a bare year, and a bare ordinal heading a span or list.
 */
import { at, DASH, DOT, NUM, PUNCT, SLASH, WORD } from './tokens'
import { frame, type Frame } from './frames'
import type { ParseContext } from './context'
import { DATE_CONTEXT, NAME_STEM_EXCEPTIONS, NAME_STEMS, NUMBER_PREFIXES, QUANTITY_WORDS } from './lexicon'
import { abbrDot, glued, num, punct, validYear4, word, wordBefore, wordOf, withYear, type Rule } from './cursor'

/** 2021-01-20 */
export const isoDate: Rule = (c, i) => {
  const y = num(c, i, 4, 4)
  const m = num(c, i + 2, 1, 2)
  const d = num(c, i + 4, 1, 2)
  if (!y || !m || !d || !punct(c, i + 1, DASH, true) || !punct(c, i + 3, DASH, true) || m.sp || d.sp || moreDigits(c, i + 5)) return null
  if (!validYear4(y.v) || m.v < 1 || m.v > 12) return null
  return dayFrame(d.v, m.v, y.v, i, i + 4)
}

/** ".3" glued on: a version or section number ("1.2.3.4"), not a date. A dash may follow: it makes a span. */
function moreDigits(c: ParseContext, i: number): boolean {
  return glued(c, i) && punct(c, i, DOT)
}

function dayFrame(d: number, m: number, y: number, first: number, last: number): Frame {
  const f = frame('day', first, last)
  f.n = d
  f.month = m
  f.year = y
  return f
}

/** 20.1.21, 20.01.2021, 20-01-2021, 20/1 2021, 1/3-2021; yearless 1/3 and 1.3. only after "den", "d.", "pr." … */
export const numericDate: Rule = (c, i) => {
  const d = num(c, i, 1, 2)
  const m = num(c, i + 2, 1, 2)
  const sep = at(c, i + 1)
  if (!d || !m || !sep || sep.sp || m.sp || sep.k === NUM || sep.k === WORD) return null
  if (d.v < 1 || d.v > 31 || m.v < 1 || m.v > 12) return null
  const s = sep.v
  if (s !== DOT && s !== DASH && s !== SLASH) return null
  let y = 0
  let last = i + 2
  const after = at(c, i + 3)
  const yTok = num(c, i + 4, 2, 4)
  const tightYear = yTok !== undefined && yTok.len !== 3 && !yTok.sp && after !== undefined && !after.sp
  if (s === DOT) {
    if (punct(c, i + 3, DOT, true)) {
      last = i + 3
      const spaced = num(c, i + 4, 4, 4)
      if (tightYear && yTok) {
        y = yTok.v
        last = i + 4
      } else if (spaced && validYear4(spaced.v)) {
        y = spaced.v // "d. 1.3. 2021"
        last = i + 4
      }
    }
  } else if (s === DASH) {
    if (!punct(c, i + 3, DASH) || !tightYear || !yTok) return null
    y = yTok.v
    last = i + 4
  } else {
    const spaced = num(c, i + 3, 4, 4)
    if (spaced && spaced.sp && validYear4(spaced.v)) {
      y = spaced.v
      last = i + 3
    } else if (tightYear && yTok && (punct(c, i + 3, DASH) || punct(c, i + 3, SLASH) || punct(c, i + 3, DOT))) {
      y = yTok.v
      last = i + 4
    }
  }
  if (moreDigits(c, last + 1)) return null
  if (y === 0 && !DATE_CONTEXT.has(wordBefore(c, i))) return null
  if (y > 0 && y < 100) y += 2000
  if (y !== 0 && !validYear4(y)) return null
  return dayFrame(d.v, m.v, y, i, last)
}

/** 20. januar 2021, 20.januar 2021, 20 jan. 21 */
export const dayMonth: Rule = (c, i) => {
  // Any two-digit day is taken, so "32. januar 2021" is read whole and found to be no
  // date, rather than falling back to "januar 2021": a typo should show as "no date".
  const d = num(c, i, 1, 2)
  if (!d) return null
  const j = punct(c, i + 1, DOT) ? i + 2 : i + 1
  const m = wordOf(c, j, 'month')
  if (!m || !m.lx) return null
  return withYear(c, dayFrame(d.v, m.lx.v, 0, i, abbrDot(c, j, m)), abbrDot(c, j, m) + 1, true, false)
}

/** 2021, 2021/22, i 2022 — unless it is a quantity, an identifier or part of a name. */
export const bareYear: Rule = (c, i) => {
  const t = at(c, i)
  if (!t || t.v < 1990 || t.v > 2099) return null
  const before = wordBefore(c, i)
  // "nr. 2021", "ca. 2000", or the tail of "12-2021" / "32.13.2021" that no date rule took.
  if (NUMBER_PREFIXES.has(before) || (glued(c, i - 1) && (num(c, i - 2, 1, 2) !== undefined || num(c, i - 2, 3, 3) !== undefined))) return null
  const prevName = before === 'for' ? wordBefore(c, i - (punct(c, i - 1, DOT) ? 2 : 1)) : before
  if (isName(prevName)) {
    // Skip the whole name, a span of years included ("digitaliseringsstrategi 2011-2015").
    const f = frame('skip', i, i)
    if ((punct(c, i + 1, DASH) || punct(c, i + 1, SLASH) || word(c, i + 1, 'til')) && num(c, i + 2, 2, 4)) f.last = i + 2
    return f
  }
  const next = at(c, i + 1)
  if (next && ((next.k === WORD && QUANTITY_WORDS.has(next.w)) || (next.k === PUNCT && next.v === 37))) return null
  const f = frame('year', i, i)
  f.year = t.v
  // "2021/22", "2021-22": a school or budget year pair written short.
  const short = num(c, i + 2, 2, 2)
  if (short && !short.sp && (punct(c, i + 1, SLASH, true) || punct(c, i + 1, DASH, true)) && !glued(c, i + 3)) {
    const y2 = Math.floor(t.v / 100) * 100 + short.v
    if (y2 > t.v && y2 - t.v <= 10) {
      f.year2 = y2
      f.last = i + 2
    }
  } else if (glued(c, i + 1) && num(c, i + 2, 4, 4) === undefined) {
    return null // "2021-0012345" is a case number
  }
  return f
}

function isName(w: string): boolean {
  if (w.length < 3) return false
  for (const stem of NAME_STEMS) {
    if (w.includes(stem)) return !NAME_STEM_EXCEPTIONS.some((e) => w.includes(e))
  }
  return false
}

/** A bare ordinal that takes its unit from what follows: "3." in "3.-4. kvartal", "17." in "17. og 18. januar". */
export const ordinalHead: Rule = (c, i) => {
  const t = at(c, i)
  if (!t) return null
  if (t.k === NUM) {
    if (t.len > 2 || t.v < 1) return null
    if (punct(c, i + 1, DOT, true)) {
      const f = frame('ord', i, i + 1)
      f.n = t.v
      return f
    }
    // "2-24 oktober": an undotted number heads a span of days only.
    if (!punct(c, i + 1, DASH)) return null
    const f = frame('ord', i, i)
    f.n = t.v
    f.n2 = 1
    return f
  }
  if (!t.lx) return null
  const f = frame('ord', i, i)
  f.n = t.lx.v
  return f
}

/**
 * The grammar: one rule per form in deadlines.md (rules-numbers.ts, rules-words.ts).
 * Each rule looks at the tokens from index i and returns the frame it read, or null.
 * Rules are grouped by the kind of token they start on, tried in order, first match
 * wins; a new form is one more function and one more entry in RULES.
 */
import { at, NUM } from './tokens'
import type { Frame } from './frames'
import type { ParseContext } from './context'
import type { Rule } from './cursor'
import { bareYear, dayMonth, isoDate, numericDate, ordinalHead } from './rules-numbers'
import { isoWeek, letterUnit, modifier, month, ordinalUnit, schoolYear, season, theYear } from './rules-words'

const RULES: Record<string, Rule[]> = {
  num4: [isoDate, bareYear],
  num2: [numericDate, dayMonth, ordinalUnit, ordinalHead],
  month: [month],
  ord: [ordinalUnit, ordinalHead],
  week: [isoWeek],
  season: [season],
  school: [schoolYear],
  mod: [modifier],
  modNoun: [modifier],
  modAdv: [modifier],
  letterQ: [letterUnit],
  letterH: [letterUnit],
  theYear: [theYear],
}

/** The frame that starts at token i, if any. */
export function parseFrame(c: ParseContext, i: number): Frame | null {
  const t = at(c, i)
  if (t === undefined) return null
  let rules: Rule[] | undefined
  if (t.k === NUM) rules = t.len === 4 ? RULES.num4 : t.len <= 2 ? RULES.num2 : undefined
  else if (t.lx !== undefined) rules = RULES[t.lx.cls]
  if (rules === undefined) return null
  for (const rule of rules) {
    const f = rule(c, i)
    if (f !== null) return f
  }
  return null
}


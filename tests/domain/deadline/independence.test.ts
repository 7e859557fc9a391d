/**
 * Every parse has its own state (a ParseContext): a parse started inside another one,
 * or the steps of two parses run in turns, give exactly what each gives alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseDeadline } from '../../../src/domain/deadline'
import { LEXICON } from '../../../src/domain/deadline/lexicon'
import { ParseContext } from '../../../src/domain/deadline/context'
import { lex } from '../../../src/domain/deadline/tokens'
import { collectItems } from '../../../src/domain/deadline/items'
import { chooseDeadline, dateItems } from '../../../src/domain/deadline/resolve'
import { findDone, findOngoing } from '../../../src/domain/deadline/phrases'
import { parseIso } from '../../../src/domain/deadline/calendar'

const REFERENCE = '2021-01-20'
const options = { reference: REFERENCE }

/** Every kind of reading, with years written, borrowed from a neighbour or filled in from the reference. */
const TEXTS = [
  'April/maj 2021',
  'Implementeres i 3. kvartal 2021.',
  'Enheden er organisatorisk etableret 1. januar 2021, der ligger flere større opgaver',
  'ultimo marts',
  'fra den 28. september 2022 til og med den 27. oktober 2022',
  '17. og 18. januar 2022',
  'vinteren 2021/22',
  'uge 12, 2021',
  'Vedtaget. Byrådet 25. juni',
  'løbende fra marts 2021',
  'Er implementeret og fokus på opgaven fastholdes',
  'Notatet udarbejdes forud for overførelsessagen',
  'første del i marts 2021, resten i juni 2021',
  '2. uge i sept. 2020',
]
const PAIRS = TEXTS.flatMap((outer, i) => [TEXTS[(i + 3) % TEXTS.length]!, TEXTS[(i + 7) % TEXTS.length]!].map((inner) => [outer, inner] as const))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a parse started inside another parse', () => {
  // The lexer looks every word up in LEXICON: starting the inner parse from that lookup
  // runs it while the outer parse has lexed only part of its text.
  it.each(PAIRS)('%j with %j read in the middle of it', (outer, inner) => {
    const alone = parseDeadline(outer, options)
    const innerAlone = parseDeadline(inner, options)
    const lookup = Map.prototype.get
    let nested: unknown
    let lookups = 0
    vi.spyOn(LEXICON, 'get').mockImplementation(function (this: typeof LEXICON, word: string) {
      // At the second word, so the outer parse has tokens of its own by then.
      if (++lookups === 2) nested = parseDeadline(inner, options)
      return lookup.call(this, word)
    })
    const outerResult = parseDeadline(outer, options)
    expect(lookups).toBeGreaterThan(0)
    expect(outerResult).toEqual(alone)
    if (lookups >= 2) expect(nested).toEqual(innerAlone)
  })
})

describe('two parses run step by step, in turns', () => {
  /** The steps of parse.ts, each one run for every text before the next step. */
  function inTurns(...texts: string[]) {
    const contexts = texts.map(() => new ParseContext())
    const ref = parseIso(REFERENCE)
    const tokens = contexts.map((c, i) => lex(c, texts[i]!))
    const done = contexts.map((c) => findDone(c))
    const donePhrases = contexts.map((c) => ({ ...c.phrase }))
    const items = contexts.map((c) => collectItems(c))
    const dated = contexts.map((c, i) => dateItems(c, items[i]!, ref, done[i]!))
    const ongoing = contexts.map((c) => findOngoing(c))
    const ongoingPhrases = contexts.map((c) => ({ ...c.phrase }))
    return contexts.map((_, i) => {
      const best = chooseDeadline(dated[i]!)
      return {
        tokens: tokens[i],
        done: done[i],
        donePhrase: done[i] ? donePhrases[i] : null,
        periods: dated[i]!.map(({ s, e, p }) => ({ s, e, p })),
        ongoing: ongoing[i],
        ongoingPhrase: ongoing[i] ? ongoingPhrases[i] : null,
        chosen: best && { s: best.s, e: best.e, p: best.p },
      }
    })
  }

  it.each(PAIRS)('%j and %j', (a, b) => {
    const [first, second] = inTurns(a, b)
    expect(first).toEqual(inTurns(a)[0])
    expect(second).toEqual(inTurns(b)[0])
    expect(first!.tokens).toBeGreaterThan(0)
  })
})

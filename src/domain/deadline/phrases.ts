/**
 * Done and ongoing phrases (deadlines.md, "Done" and "Ongoing"), read over the
 * same tokens as the dates. Word lists, not regexes: one more phrase is one
 * more entry.
 */
import { at, COLON, DOT, PUNCT, SEMI, WORD } from './tokens'
import { word } from './cursor'
import type { ParseContext } from './context'

const AUXILIARIES = new Set(['er', 'blev', 'var'])

/** Participles that say the work is done after "er"/"blev". */
const DONE_WORDS = new Set([
  'implementeret', 'færdigimplementeret', 'etableret', 'gennemført', 'afsluttet', 'vedtaget', 'ansat',
  // Beyond the spec's list, the same meaning in other words: "er indført", "er udført", "er på plads".
  'indført', 'udført', 'færdiggjort', 'opfyldt', 'færdig', 'afholdt', 'leveret',
])
const DONE_PHRASES = [
  ['taget', 'i', 'brug'],
  ['taget', 'i', 'fuld', 'brug'],
  ['sat', 'i', 'drift'],
  ['trådt', 'i', 'kraft'],
  ['i', 'drift'],
  ['på', 'plads'],
]

/** A text that opens with one of these reports the work as done ("Implementeret 1. januar 2021"). */
const DONE_OPENERS = new Set(['implementeret', 'gennemført', 'afsluttet', 'vedtaget', 'færdigimplementeret', 'etableret'])

/** Between "er" and the participle these make it not done: "er ikke implementeret", "er ved at blive …". */
const BLOCKERS = new Set(['ikke', 'at', 'ved', 'blive', 'forventet', 'forventes', 'planlagt', 'delvist', 'delvis', 'aldrig', 'snart'])

/** Earlier in the sentence these make "er implementeret" future or conditional: "når … er implementeret". */
const FUTURE = new Set([
  'når', 'hvis', 'såfremt', 'indtil', 'inden', 'før', 'forudsat', 'medmindre', 'forventes', 'forventet', 'forventer',
  'forventeligt', 'forventeligvis', 'skal', 'vil', 'planlagt', 'planlægges',
])

/** Continuous work with no end (deadlines.md "Ongoing"), and recurring work, which has none either. */
const ONGOING_WORDS = new Set([
  'løbende', 'fortløbende', 'fastholdes', 'fastholder', 'kontinuerligt', 'kontinuerlig', 'vedvarende', 'fremadrettet',
  'pågår', 'igangværende', 'årligt', 'årlig', 'halvårligt', 'halvårlig', 'kvartalsvis', 'månedligt', 'månedlig',
])
const ONGOING_PHRASES = [
  ['hvert', 'år'],
  ['hele', 'tiden'],
  ['til', 'stadighed'],
  ['hver', 'måned'],
]

/** Words that, right before a date in an ongoing text, make the date its start ("løbende fra 2021"). */
const START_MARKERS = new Set(['fra', 'siden', 'pr', 'per', 'startende', 'fom'])

function matchPhrase(c: ParseContext, i: number, phrases: string[][]): number {
  for (const p of phrases) {
    let k = 0
    while (k < p.length && word(c, i + k, p[k] as string)) k++
    if (k === p.length) return i + k - 1
  }
  return -1
}

function setPhrase(c: ParseContext, from: number, to: number): true {
  c.phrase.s = at(c, from)?.s ?? 0
  c.phrase.e = at(c, to)?.e ?? 0
  return true
}

/** A sentence boundary: ";", ":" or a full stop after a word (not "1. januar", not "bl.a."). */
function sentenceEnd(c: ParseContext, i: number): boolean {
  const t = at(c, i)
  if (t === undefined || t.k !== PUNCT) return false
  if (t.v === SEMI || t.v === COLON || t.v === 33 || t.v === 63) return true
  const before = at(c, i - 1)
  return t.v === DOT && before !== undefined && before.k === WORD && before.w.length > 2
}

function futureBefore(c: ParseContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    if (sentenceEnd(c, k)) return false
    const t = at(c, k)
    if (t !== undefined && t.k === WORD && FUTURE.has(t.w)) return true
  }
  return false
}

/** Finds a done phrase; sets `c.phrase` and returns true. */
export function findDone(c: ParseContext): boolean {
  const n = c.count
  let firstWord = 0
  while (firstWord < n && at(c, firstWord)?.k === PUNCT) firstWord++
  const opener = at(c, firstWord)
  if (opener !== undefined && opener.k === WORD && DONE_OPENERS.has(opener.w)) return setPhrase(c, firstWord, firstWord)
  for (let i = 0; i < n; i++) {
    const t = at(c, i)
    if (t === undefined || t.k !== WORD) continue
    if (t.w === 'trådte' && word(c, i + 1, 'i') && word(c, i + 2, 'kraft') && !futureBefore(c, i)) return setPhrase(c, i, i + 2)
    if (!AUXILIARIES.has(t.w) || futureBefore(c, i)) continue
    // Up to two adverbs may stand between: "er organisatorisk etableret", "er nu afsluttet".
    for (let j = i + 1; j <= i + 3; j++) {
      const u = at(c, j)
      if (u === undefined || u.k !== WORD || BLOCKERS.has(u.w)) break
      if (DONE_WORDS.has(u.w)) return setPhrase(c, i, j)
      const end = matchPhrase(c, j, DONE_PHRASES)
      if (end >= 0) return setPhrase(c, i, end)
    }
  }
  return false
}

/** Finds an ongoing phrase; sets `c.phrase` and returns true. */
export function findOngoing(c: ParseContext): boolean {
  const n = c.count
  for (let i = 0; i < n; i++) {
    const t = at(c, i)
    if (t === undefined || t.k !== WORD) continue
    if (ONGOING_WORDS.has(t.w)) {
      // "indføres løbende" is read as one phrase.
      return word(c, i - 1, 'indføres') ? setPhrase(c, i - 1, i) : setPhrase(c, i, i)
    }
    const end = matchPhrase(c, i, ONGOING_PHRASES)
    if (end >= 0) return setPhrase(c, i, end)
  }
  return false
}

/** After a date, these make it the start of open-ended work: "2021 og frem", "januar 2021 og løbende". */
const ONWARDS = new Set(['frem', 'fremefter', 'fremover', 'løbende', 'derefter', 'fortsat'])

/**
 * True when the date from token `first` to `last` starts ongoing work: an ongoing
 * word with the date introduced as a start ("løbende fra marts 2021"), or the date
 * followed by "og frem" / "og løbende".
 */
export function ongoingFrom(c: ParseContext, first: number, last: number): boolean {
  if (word(c, last + 1, 'og') && ONWARDS.has(at(c, last + 2)?.w ?? '')) return true
  return findOngoing(c) && startMarkedAt(c, first)
}

function startMarkedAt(c: ParseContext, i: number): boolean {
  let k = i - 1
  if (word(c, k, 'den')) k--
  else if (at(c, k)?.k === PUNCT && at(c, k)?.v === DOT && word(c, k - 1, 'd')) k -= 2
  if (at(c, k)?.k === PUNCT && at(c, k)?.v === DOT) k--
  const t = at(c, k)
  if (t === undefined || t.k !== WORD) return false
  return START_MARKERS.has(t.w) || (t.w === 'med' && word(c, k - 1, 'og') && word(c, k - 2, 'fra'))
}

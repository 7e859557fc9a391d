/**
 * How wide a text is, estimated from its characters — the one place that knows glyph
 * widths. Used to size table columns on screen, in print and in Word without measuring
 * in a browser (src/domain/column-widths.ts).
 *
 * Widths are in em (the font size). Each character's width is the larger of IBM Plex Sans
 * (screen and print) and Arial (Word, and LibreOffice's metric twin Liberation Sans),
 * measured in Chromium and rounded up to the next 0.05 em, so an estimate errs on the wide
 * side: a column sized from it keeps its words whole in every one of those fonts.
 */

/** Characters by width class (em). Anything not listed falls back to DEFAULT_EM or WIDE_EM. */
const WIDTH_CLASSES: readonly (readonly [number, string])[] = [
  [0, '\u00ad\u200b\u200c\u200d\u2060\ufeff'], // soft hyphen, zero-width characters
  [0.25, "'ij"],
  [0.3, ' !,.:;l\u00a0ìíîï‘’'],
  [0.35, '()[]f{|}¡¦²³·'],
  [0.4, '-/I\\rtª¹ºÌÍÎÏ•'],
  [0.45, '"*'],
  [0.5, 'svyz°ýÿ“”'],
  [0.55, 'Jckxç'],
  [0.6, '$+0123456789<=>?L^_`abdeghnopqu~¢£§¨«¬¯±´µ¸»×àáâãäåèéêëðñòóôõö÷ùúûüþ–'],
  [0.65, 'FTZ¤¥¿ßø€'],
  [0.7, '&ABEKPSVXY¶ÀÁÂÃÄÅÈÉÊËÝÞ'],
  [0.75, '#CDHNRU®ÇÐÑÙÚÛÜ'],
  [0.8, 'GOQw©ÒÓÔÕÖØ'],
  [0.85, 'M¼¾↕'],
  [0.9, 'm½æ'],
  [0.95, '%W'],
  [1, 'Æ—…→▲▼'],
  [1.05, '@'],
]
/** Letters of other Latin and Greek/Cyrillic blocks: about an average capital. */
const DEFAULT_EM = 0.65
/** CJK, emoji and other wide scripts from U+1100 on. */
const WIDE_EM = 1
/** Bold (table headers, flags) is up to ~8 % wider than the regular weight. */
export const BOLD_FACTOR = 1.08

const TABLE_SIZE = 0x2200
const widths = new Float32Array(TABLE_SIZE).fill(DEFAULT_EM)
for (let code = 0x300; code < 0x370; code++) widths[code] = 0 // combining accents
for (const [em, chars] of WIDTH_CLASSES) for (const char of chars) widths[char.charCodeAt(0)] = em

/** No character is wider than this (em): a word of n characters is at most n times as wide. */
export const MAX_CHAR_EM = Math.max(WIDE_EM, DEFAULT_EM, ...WIDTH_CLASSES.map(([em]) => em))

function charEm(code: number): number {
  if (code < TABLE_SIZE) return widths[code] ?? DEFAULT_EM
  if (code >= 0xd800 && code <= 0xdfff) return WIDE_EM / 2 // each half of a surrogate pair (emoji, rare CJK)
  return code >= 0x1100 ? WIDE_EM : DEFAULT_EM
}

/** The width of a text on one line, in em. */
export function textWidthEm(text: string, bold = false): number {
  let sum = 0
  for (let i = 0; i < text.length; i++) sum += charEm(text.charCodeAt(i))
  return bold ? sum * BOLD_FACTOR : sum
}

export interface TextMeasure {
  /** The widest unbreakable piece (a word; or the part of a compound up to its hyphen), in em. */
  longestWord: number
  /** The whole text on one line, in em: how much room it would like. */
  total: number
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0x2028 || code === 0x2029
/** ASCII and Latin-1 letters, and anything from U+0100 on (other letters, near enough). */
const isLetter = (code: number) => ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7)

/** A hyphen between these may end a line: not at a word's start (after a no-break space or another hyphen), not before a digit. */
const breaksAfterHyphen = (before: number, after: number) => before !== 45 && before !== 0xa0 && isLetter(after)

/**
 * One pass over a text: its total width and its widest word. Lines break at spaces, and
 * after a hyphen inside a word when a letter follows ("Corona-|restriktioner", but not
 * "-kommunikation" or "1-2") — where browsers and Word may break without hyphenating.
 * Not after "/" or "–": not every program breaks there, so they stay inside the word.
 */
export function measureText(text: string, bold = false): TextMeasure {
  const { longestWord, total } = measureRange(text, 0, text.length)
  return bold ? { longestWord: longestWord * BOLD_FACTOR, total: total * BOLD_FACTOR } : { longestWord, total }
}

/** `measureText` of `text.slice(from, to)`, without making the slice. */
function measureRange(text: string, from: number, to: number): TextMeasure {
  let total = 0
  let longest = 0
  let word = 0
  let wordLength = 0
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      if (word > longest) longest = word
      total += charEm(code)
      word = 0
      wordLength = 0
      continue
    }
    const em = charEm(code)
    word += em
    total += em
    wordLength++
    if (code === 45 && wordLength > 1 && i + 1 < to && breaksAfterHyphen(text.charCodeAt(i - 1), text.charCodeAt(i + 1))) {
      if (word > longest) longest = word
      word = 0
      wordLength = 0
    }
  }
  if (word > longest) longest = word
  return { longestWord: longest, total }
}

/**
 * The widest unbreakable piece among many texts, in em — fast enough for every cell of
 * 10,000 rows: the text is cut at spaces with `indexOf` (native, far quicker than a loop
 * over characters), and a run between two spaces is measured only when it has enough
 * characters to beat the widest so far. `measureText` then finds the pieces inside a run
 * (line breaks, tabs, hyphens).
 */
export function longestWordEm(texts: Iterable<string>): number {
  let best = 0
  let minLength = 1
  for (const text of texts) {
    if (text.length < minLength) continue
    let start = 0
    while (start < text.length) {
      const space = text.indexOf(' ', start)
      const end = space < 0 ? text.length : space
      if (end - start >= minLength) {
        const width = measureRange(text, start, end).longestWord
        if (width > best) {
          best = width
          minLength = Math.floor(best / MAX_CHAR_EM) + 1
        }
      }
      start = end + 1
    }
  }
  return best
}

/**
 * The pieces `measureText` treats as unbreakable, in order: for tests and for checking a
 * rendered table ("is any of these split across lines?").
 */
export function unbreakablePieces(text: string): string[] {
  return text.split(/[ \t\n\r\u2028\u2029]+/).flatMap((word) => word.split(/(?<=[^ \t\n\r\u2028\u2029\u00a0-]-)(?=[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\uffff])/)).filter(Boolean)
}

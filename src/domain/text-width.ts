/**
 * How wide a text is, estimated from its characters — the one place that knows glyph
 * widths. Used to size table columns on screen, in print and in Word without measuring
 * in a browser (src/domain/column-widths.ts).
 *
 * Widths are in em (the font size). Each character's width is the larger of IBM Plex Sans
 * (screen and print) and Arial (Word, and LibreOffice's metric twin Liberation Sans),
 * measured in Chromium and rounded up to the next 0.01 em, so an estimate errs on the wide
 * side: a column sized from it keeps its words whole in every one of those fonts.
 */

/** Hundredths of an em for " " (U+0020) to "~" (U+007E), in code order. */
const ASCII_WIDTHS = [
  28, 29, 42, 72, 60, 93, 70, 25, 34, 34, 45, 60, 28, 40, 28, 39, //  !"#$%&'()*+,-./
  60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 30, 30, 60, 60, 60, 56, // 0–9 :;<=>?
  102, 67, 67, 73, 73, 67, 62, 78, 73, 40, 51, 67, 56, 84, 73, 78, // @A–O
  67, 78, 73, 67, 62, 73, 67, 95, 67, 67, 62, 32, 39, 32, 60, 57, // P–Z [\]^_
  60, 56, 58, 51, 58, 56, 33, 56, 57, 25, 25, 53, 28, 88, 57, 56, // `a–o
  58, 58, 37, 50, 36, 57, 50, 77, 51, 50, 50, 35, 32, 35, 60, //     p–z {|}~
]
/**
 * Other characters by width (hundredths of an em). Accented letters (é, å, Ü …) are as
 * wide as their base letter and need no entry.
 */
const OTHER_WIDTHS: readonly (readonly [number, string])[] = [
  [0, '\u00ad\u200b\u200c\u200d\u2060\ufeff'], // soft hyphen, zero-width characters
  [28, '\u00a0‘’'],
  [34, '¡·'],
  [40, 'ªº•'],
  [48, '“”'],
  [56, '«»ð'],
  [58, 'µþ'],
  [60, '§–£¨¬¯±´¸×÷'],
  [63, '€ø¿'],
  [64, 'ß'],
  [67, 'Þ'],
  [73, 'Ð'],
  [78, '©Ø'],
  [89, 'æ'],
  [100, 'Æ—…→'],
]
/** Letters of other Latin and Greek/Cyrillic blocks: about an average capital. */
const DEFAULT_EM = 0.65
/** CJK, emoji and other wide scripts from U+1100 on. */
const WIDE_EM = 1
/** Bold (table headers, flags) is up to ~10 % wider than the regular weight. */
export const BOLD_FACTOR = 1.1

const TABLE_SIZE = 0x2200
const widths = new Float32Array(TABLE_SIZE).fill(DEFAULT_EM)
ASCII_WIDTHS.forEach((hundredths, i) => (widths[32 + i] = hundredths / 100))
for (let code = 0xc0; code < 0x250; code++) {
  const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0)
  if (base >= 32 && base < 127) widths[code] = widths[base] ?? DEFAULT_EM
}
for (let code = 0x300; code < 0x370; code++) widths[code] = 0 // combining accents
for (const [hundredths, chars] of OTHER_WIDTHS) for (const char of chars) widths[char.charCodeAt(0)] = hundredths / 100

/** No character is wider than this (em): a word of n characters is at most n times as wide. */
export const MAX_CHAR_EM = Math.max(WIDE_EM, DEFAULT_EM, ...widths)

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

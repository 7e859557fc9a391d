import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { BOLD_FACTOR, longestWordEm, MAX_CHAR_EM, measureText, textWidthEm, unbreakablePieces } from '../../src/domain/text-width'
import bilag from '../fixtures/bilag1.expected.json'

describe('textWidthEm', () => {
  it.each([
    ['narrow letters are narrower than wide ones', 'iiii', 'mmmm'],
    ['capitals are wider than small letters', 'abc', 'ABC'],
    ['æ is wider than a', 'a', 'æ'],
    ['a space is narrower than a letter', ' ', 'n'],
  ])('%s', (_, narrow, wide) => {
    expect(textWidthEm(narrow)).toBeLessThan(textWidthEm(wide))
  })

  it.each([
    ['', 0],
    ['\u00ad', 0], // soft hyphen
    ['e\u0301', textWidthEm('e')], // a combining accent adds nothing
  ])('%j is %d em wide', (text, em) => {
    expect(textWidthEm(text)).toBeCloseTo(em, 6)
  })

  it('sets bold wider by the bold factor', () => {
    expect(textWidthEm('Overskredet', true)).toBeCloseTo(textWidthEm('Overskredet') * BOLD_FACTOR, 6)
  })

  it('gives no character more than MAX_CHAR_EM, whatever its script', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 1 }), (char) => textWidthEm(char) <= MAX_CHAR_EM))
  })
})

describe('measureText and unbreakablePieces', () => {
  it.each([
    ['Systematisk inddragelse af forældreråd', ['Systematisk', 'inddragelse', 'af', 'forældreråd']],
    ['Corona-restriktioner.', ['Corona-', 'restriktioner.']],
    ['-kommunikation', ['-kommunikation']],
    ['Ærø 1-2', ['Ærø', '1-2']],
    ['april–maj 2021', ['april–maj', '2021']],
    ['forældre/forældregrupper.', ['forældre/forældregrupper.']],
    ['!\u00a0Overskredet', ['!\u00a0Overskredet']],
    ['Linje 1\nLinje\t2', ['Linje', '1', 'Linje', '2']],
    ['a--b', ['a--b']],
    ['BUU-møder', ['BUU-', 'møder']],
  ])('%j breaks into %j', (text, pieces) => {
    expect(unbreakablePieces(text)).toEqual(pieces)
    expect(measureText(text).longestWord).toBeCloseTo(Math.max(...pieces.map((p) => textWidthEm(p))), 6)
  })

  it('measures the whole text as one line', () => {
    expect(measureText('Ikke påbegyndt').total).toBeCloseTo(textWidthEm('Ikke påbegyndt'), 6)
  })

  it('agrees with unbreakablePieces on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Æ', ' ', '-', '1', '\n', '/', '\u00a0', '\u2003', 'x') }), (text) => {
        const pieces = unbreakablePieces(text)
        const widest = Math.max(0, ...pieces.map((p) => textWidthEm(p)))
        return Math.abs(measureText(text).longestWord - widest) < 1e-9
      }),
    )
  })
})

describe('longestWordEm', () => {
  it('finds the widest word of the Bilag titles', () => {
    const titles = bilag.initiatives.map((i) => i.title)
    expect(longestWordEm(titles)).toBeCloseTo(textWidthEm('Dagtilbudsledelsesuddannelse'), 6)
  })

  it('equals the widest word of each text measured on its own', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('i', 'm', 'W', ' ', '-', 'a', '\n') })), (texts) => {
        const expected = Math.max(0, ...texts.map((t) => measureText(t).longestWord))
        return Math.abs(longestWordEm(texts) - expected) < 1e-9
      }),
    )
  })
})

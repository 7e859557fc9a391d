import { describe, expect, it } from 'vitest'
import { detectDelimiter, parseDelimited, splitTabbed } from '../../../src/io/import/delimited'
import { MAX_COLUMNS } from '../../../src/io/import'
import { seed, unwrap } from './helpers'

describe('detectDelimiter', () => {
  it('finds tab, semicolon and comma by consistent counts', () => {
    expect(detectDelimiter(seed)).toBe('\t')
    expect(detectDelimiter('Titel\nOmråde;ABC;Indsats\nX;A;Tekst, med komma\nY;B;Mere, tekst, her')).toBe(';')
    expect(detectDelimiter('Område,ABC,Indsats\nX,A,"Tekst, med komma"\nY,B,Tekst')).toBe(',')
  })

  it('does not take prose commas for a table', () => {
    expect(detectDelimiter('Kære udvalg, her er bilaget.\nSom aftalt, med venlig hilsen.')).toBeNull()
  })
})

describe('splitTabbed', () => {
  it("honours Excel's quoting: newlines, tabs and doubled quotes inside a cell", () => {
    const text = 'A\t"linje 1\nlinje 2"\t"med\ttab"\t"sagde ""ja"""\r\nB\tenkel\t\t'
    expect(splitTabbed(text)).toEqual([
      ['A', 'linje 1\nlinje 2', 'med\ttab', 'sagde "ja"'],
      ['B', 'enkel', '', ''],
    ])
  })

  it('leaves stray quotes of PDF text alone', () => {
    const text = '\tA\t"God forvaltningsskik" blandt medarbejderne\tEr implementeret\nC\t5" skærm\t"\tslut'
    expect(splitTabbed(text)).toEqual([
      ['', 'A', '"God forvaltningsskik" blandt medarbejderne', 'Er implementeret'],
      ['C', '5" skærm', '"', 'slut'],
    ])
  })

  it('finds the next separator again after a quoted cell that runs past it', () => {
    // The quoted cell holds a tab, a newline and a CR that the search for plain cells has already seen.
    const text = 'a\t"x\ty\nz\rw"\tb\r\nc\t"q"\r\n\td\re\n"f\n'
    expect(splitTabbed(text)).toEqual([
      ['a', 'x\ty\nz\rw', 'b'],
      ['c', 'q'],
      ['', 'd'],
      ['e'],
      ['"f'],
    ])
  })

  it('drops blank lines and cells past the column cap, and stays linear on hostile quotes', () => {
    expect(splitTabbed('a\tb\n\n \t \n\nc\td\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    const wide = Array.from({ length: MAX_COLUMNS + 50 }, (_, i) => `c${i}`).join('\t')
    expect(splitTabbed(wide)?.[0]).toHaveLength(MAX_COLUMNS)
    const hostile = '"x\t'.repeat(200_000)
    const started = Date.now()
    expect(splitTabbed(hostile)?.[0]).toHaveLength(MAX_COLUMNS)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('parseDelimited', () => {
  it('parses ; CSV with papaparse (quotes, CRLF, embedded newlines)', () => {
    const csv = 'Område;ABC;Indsats\r\n"Tilsyn; forældre";A;"To\r\nlinjer"\r\n;B;"Sagt ""sådan"""\r\n'
    expect(unwrap(parseDelimited(csv))).toEqual({
      delimiter: ';',
      rows: [
        ['Område', 'ABC', 'Indsats'],
        ['Tilsyn; forældre', 'A', 'To\r\nlinjer'],
        ['', 'B', 'Sagt "sådan"'],
      ],
    })
  })
})

// @vitest-environment jsdom
/**
 * Every importer against hostile input, FUZZ_RUNS cases each (1,000 in CI; set the
 * variable for a longer run): pasted text, pasted HTML, CSV/TSV bytes, .xlsx bytes
 * (random and a real workbook with bytes flipped), a PDF's positioned text and rulings
 * (the pure layout), and .pdf bytes through pdf.js (a tenth as many: each is a real parse). Each answers with a result —
 * never throws, never hangs — and a refusal uses one of the known error codes.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IMPORT_ERROR_CODES, importFile, importHtml, importText, type ImportResult } from '../../../src/io/import'
import { layoutTable, type PdfPage } from '../../../src/io/import/pdf-layout'

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
// jsdom's DOMParser is slow: a longer local run gets time in proportion (not a hang check — each case is bounded).
const TIMEOUT = Math.max(60_000, RUNS * 60)
const xlsx = new Uint8Array(readFileSync(resolve('tests/fixtures/import/bilag1.xlsx')))
const csv = new Uint8Array(readFileSync(resolve('tests/fixtures/import/bilag1-cp1252-semicolon.csv')))
const pdf = new Uint8Array(readFileSync(resolve('tests/fixtures/tables/table-naturstyrelsen-rosborg.pdf')))
/** pdf.js parses each case for real: fewer of them, still every code path of the glue. */
const PDF_RUNS = Math.max(20, Math.round(RUNS / 10))

/** Positioned text and strokes anywhere, of any size, overlapping, NaN and infinities included. */
const coordinate = fc.oneof(fc.double({ min: -100, max: 1000, noNaN: true }), fc.constantFrom(0, Number.NaN, Infinity, -Infinity))
const pdfPage: fc.Arbitrary<PdfPage> = fc.record({
  width: fc.constant(595),
  height: fc.constant(842),
  items: fc.array(
    fc.record({
      text: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('A', 'Side 3 af 9', '2011', 'Corona-', '-', ' ')),
      x: coordinate,
      y: coordinate,
      width: coordinate,
      size: fc.oneof(fc.double({ min: 0, max: 40, noNaN: true }), fc.constant(Number.NaN)),
    }),
    { maxLength: 80 },
  ),
  rules: fc.array(fc.record({ x1: coordinate, y1: coordinate, x2: coordinate, y2: coordinate }), { maxLength: 30 }),
})

function answers(result: ImportResult<unknown>) {
  if (!result.ok) expect(IMPORT_ERROR_CODES).toContain(result.code)
}

const flip = (bytes: Uint8Array) =>
  fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
    const copy = bytes.slice()
    for (const [at, value] of flips) copy[at] = value
    return copy
  })

describe('fuzzing every importer', () => {
  it('pasted text', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => answers(importText(text))), { numRuns: RUNS })
  })

  it('pasted HTML, tags and all', { timeout: TIMEOUT }, () => {
    const fragment = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('<table>', '</table>', '<tr>', '<td rowspan="9">', '<th colspan="-1">', '<p>', '<style>x{}</style>', '<script>alert(1)</script>', '&nbsp;', '<!--StartFragment-->'))
    fc.assert(fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => answers(importHtml(parts.join('')))), { numRuns: RUNS })
  })

  it('CSV/TSV files of random bytes, and a real Windows-1252 CSV with bytes flipped', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 3000 }), flip(csv)), fc.constantFrom('x.csv', 'x.tsv', 'x.txt'), async (data, name) => answers(await importFile({ name, data }))),
      { numRuns: RUNS },
    )
  })

  it('PDF geometry: any items and rulings on any pages give a grid or a known code', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.array(pdfPage, { maxLength: 4 }), (pages) => answers(layoutTable(pages))), { numRuns: RUNS })
  })

  it('.pdf files of random bytes, and a real PDF with bytes flipped', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), flip(pdf)), async (data) => answers(await importFile({ name: 'bilag.pdf', data }))),
      { numRuns: PDF_RUNS },
    )
  })

  it('.xlsx files of random bytes, and a real workbook with bytes flipped', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), flip(xlsx)), async (data) => answers(await importFile({ name: 'bilag.xlsx', data }))),
      { numRuns: RUNS },
    )
  })
})

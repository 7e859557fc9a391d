// @vitest-environment jsdom
/**
 * Every importer against hostile input, FUZZ_RUNS cases each (1,000 in CI; set the
 * variable for a longer run): pasted text, pasted HTML, CSV/TSV bytes, .xlsx bytes
 * (random and a real workbook with bytes flipped). Each answers with a result —
 * never throws, never hangs — and a refusal uses one of the known error codes.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IMPORT_ERROR_CODES, importFile, importHtml, importText, type ImportResult } from '../../../src/io/import'

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
// jsdom's DOMParser is slow: a longer local run gets time in proportion (not a hang check — each case is bounded).
const TIMEOUT = Math.max(60_000, RUNS * 60)
const xlsx = new Uint8Array(readFileSync(resolve('tests/fixtures/import/bilag1.xlsx')))
const csv = new Uint8Array(readFileSync(resolve('tests/fixtures/import/bilag1-cp1252-semicolon.csv')))

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

  it('.xlsx files of random bytes, and a real workbook with bytes flipped', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), flip(xlsx)), async (data) => answers(await importFile({ name: 'bilag.xlsx', data }))),
      { numRuns: RUNS },
    )
  })
})

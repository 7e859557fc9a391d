// PDFs made by LibreOffice (tests/fixtures/import/make_pdf_fixtures.py, tests/fixtures/tables/
// make-fixtures.py), opened through pdf.js's legacy build in Node: every fixture imports
// to its expected rows, and bad PDFs are answered with one code each.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile, importText, toDrafts, type ImportPlan } from '../../../src/io/import'
import { bilagColumns, expected, expectedRows, fixture, unwrap } from './helpers'
import { asExpected, realTables, tableFile, type ExpectedTableRow } from './tables-helpers'

const longTsv = readFileSync(resolve('tests/fixtures/import/long-200.tsv'), 'utf8')
const open = (name: string, data: Uint8Array) => importFile({ name, data })

/** A PDF draws no runs of spaces ("dec.  2011" is drawn as "dec. 2011"). */
const collapsed = (rows: ExpectedTableRow[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\s+/g, ' ') : v])))

/** Every text of the plan, to check that nothing of the page's furniture came in. */
const allText = (plan: ImportPlan) => JSON.stringify([plan.title, plan.notesAbove, plan.rows])

describe('real tables as .pdf (ruled cells, the area merged and centred over its group)', () => {
  it.each(realTables.map((table) => [table.name, table] as const))('%s.pdf imports to its expected rows, with the title above the table', async (name, { expected: rows }) => {
    const plan = unwrap(await open(`${name}.pdf`, tableFile(`${name}.pdf`)))
    expect(plan.source).toMatchObject({ kind: 'pdf', fileName: `${name}.pdf` })
    expect(asExpected(plan)).toEqual(collapsed(rows.rows))
    expect(plan.title).not.toBe('')
  })
})

describe('the seed as .pdf (a table without rulings over five landscape pages)', () => {
  it('imports to the 19 rows with title and legend, and their deadline readings', async () => {
    const plan = unwrap(await open('bilag1.pdf', fixture('bilag1.pdf')))
    expect(plan.title).toBe(expected.title)
    expect(plan.legend).toEqual(expected.legend)
    expect(bilagColumns(plan)).toEqual(expectedRows)
    const out = unwrap(toDrafts(plan, { reference: expected.reference }))
    expect(out.rows.map((r) => r.deadline.kind)).toEqual(expected.initiatives.map((r) => r.deadline.kind))
  })
})

describe('a 200-row table over 21 pages (header row repeated, running header, "Side n af m")', () => {
  it('imports to the same rows as its text, with the title and date above it and no page furniture', async () => {
    const plan = unwrap(await open('long-200.pdf', fixture('long-200.pdf')))
    const text = unwrap(importText(longTsv))
    expect(plan.rows).toHaveLength(200)
    expect(bilagColumns(plan)).toEqual(bilagColumns(text))
    expect(plan.title).toBe('Handleplan for dagtilbud')
    expect(plan.documentDate).toMatchObject({ iso: '2021-03-01', precision: 'day' })
    expect(allText(plan)).not.toMatch(/Side \d+ af|Børne- og Ungdomsudvalget/)
  })

  it('the same table as .docx gives the same rows', async () => {
    const plan = unwrap(await open('long-200.docx', fixture('long-200.docx')))
    expect(bilagColumns(plan)).toEqual(bilagColumns(unwrap(importText(longTsv))))
  })
})

describe('bad .pdf: one code each, nothing imported', () => {
  const real = fixture('bilag1.pdf')
  it.each([
    ['a scan: one page image, no text layer', 'bilag1-scanned.pdf', fixture('bilag1-scanned.pdf'), 'no-text-layer'],
    ['a password-protected PDF', 'bilag1-password.pdf', fixture('bilag1-password.pdf'), 'encrypted'],
    ['a PDF with one empty page', 'empty.pdf', fixture('empty.pdf'), 'empty-pdf'],
    ['the first 2 kB of a real PDF (a broken download)', 'bilag1.pdf', real.slice(0, 2048), 'pdf-unreadable'],
    ['only a PDF signature', 'Bilag.pdf', new TextEncoder().encode('%PDF-1.7\n'), 'pdf-unreadable'],
    ['text renamed to .pdf', 'Bilag.pdf', new TextEncoder().encode('indsatsområde\tABC\nTilsyn\tA\n'), 'pdf-unreadable'],
  ])('%s → %s', async (_what, name, data, code) => {
    expect(await open(name, data)).toMatchObject({ ok: false, code })
  })

  it('a PDF renamed to .txt is still opened as a PDF', async () => {
    expect(bilagColumns(unwrap(await open('Bilag 1.txt', real)))).toEqual(expectedRows)
  })
})

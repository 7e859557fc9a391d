// Every error code, reached the way a user (or a fuzzer) would reach it. Errors are data:
// nothing here may throw.
import { describe, expect, it } from 'vitest'
import {
  IMPORT_ERROR_CODES,
  MAX_BYTES,
  MAX_ROWS,
  importClipboard,
  importFile,
  importHtml,
  importText,
  mergeWithAbove,
  setCategory,
  setExcluded,
  setMapping,
  splitRow,
  toDrafts,
  type ImportErrorCode,
  type ImportPlan,
} from '../../../src/io/import'
import { importErrorMessages, importNoteLabels } from '../../../src/strings/import-dialog'
import { NOTE_SEVERITY } from '../../../src/io/import'
import { fixture, seed, tsv, unwrap } from './helpers'

const code = (r: { ok: boolean; code?: ImportErrorCode }) => (r.ok ? 'ok' : r.code)
const bytes = (...b: number[]) => new Uint8Array(b)
const plan = (): ImportPlan => unwrap(importText(seed))

describe('error codes', () => {
  it('empty: a blank paste, an empty clipboard, an empty file', async () => {
    expect(code(importText(''))).toBe('empty')
    expect(code(importText(' \n\t\r\n '))).toBe('empty')
    expect(code(importClipboard({}))).toBe('empty')
    expect(code(importHtml('   '))).toBe('empty')
    expect(code(await importFile({ name: 'tom.csv', data: new Uint8Array(0) }))).toBe('empty')
  })

  it('unreadable: a binary file, a broken .xlsx', async () => {
    expect(code(await importFile({ name: 'x.csv', data: bytes(0x41, 0, 0x42, 0x43, 0, 0, 0x01, 0x09) }))).toBe('unreadable')
    expect(code(await importFile({ name: 'x.xlsx', data: new TextEncoder().encode('ikke en projektmappe') }))).toBe('unreadable')
    const zipHeaderOnly = bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8)
    expect(code(await importFile({ name: 'x.xlsx', data: zipHeaderOnly }))).toBe('unreadable')
  })

  it('encoding: UTF-16 with a BOM but broken content', async () => {
    // BOM, then "A" and a lone high surrogate.
    const broken = bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8)
    expect(await importFile({ name: 'x.tsv', data: broken })).toEqual({ ok: false, code: 'encoding', detail: 'utf-16le' })
  })

  it('too-large: over 20 MB, file or paste', async () => {
    expect(code(await importFile({ name: 'stor.csv', data: new Uint8Array(MAX_BYTES + 1) }))).toBe('too-large')
    const big = { name: 'stor.csv', size: MAX_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not read')) }
    expect(code(await importFile(big as unknown as File))).toBe('too-large')
    expect(code(importText('a\tb\n'.repeat(MAX_BYTES / 4 + 1)))).toBe('too-large')
  })

  it('no-table: prose, a header with nothing under it (HTML: see html.test.ts)', () => {
    expect(code(importText('Kære udvalg,\nher er bilaget, som aftalt.\nMvh. sekretariatet'))).toBe('no-table')
    expect(code(importText('Bilag 1 – overblik over indsatser'))).toBe('no-table')
    expect(code(importText(tsv(['Indsatsområde', 'ABC', 'Indsats'])))).toBe('no-table')
  })

  it('too-many-rows: more than 50,000 lines, tab-separated or CSV', () => {
    const rows = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `A\tIndsats ${i}`).join('\n')
    expect(importText(rows)).toEqual({ ok: false, code: 'too-many-rows', detail: String(MAX_ROWS) })
    expect(code(importText(rows.replace(/\t/g, ';')))).toBe('too-many-rows')
  })

  it('unsupported-file: old Word and Excel', async () => {
    expect(code(await importFile({ name: 'Bilag.doc', data: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1) }))).toBe('unsupported-file')
    expect(code(await importFile({ name: 'Bilag.xls', data: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1) }))).toBe('unsupported-file')
    // Content wins over the name: a .docx renamed to .csv is still not text.
    expect(code(await importFile({ name: 'Bilag.csv', data: fixture('bilag1.docx') }))).toBe('unsupported-file')
  })

  it('sheet-not-found: a sheet name that is not in the workbook', async () => {
    expect(code(await importFile({ name: 'b.xlsx', data: fixture('bilag1.xlsx') }, { sheet: 'Ark 9' }))).toBe('sheet-not-found')
  })

  it('row-not-found / column-not-found: edits that cannot apply', () => {
    const p = plan()
    const first = p.rows[0]!.id
    expect(code(mergeWithAbove(p, first))).toBe('row-not-found')
    expect(code(mergeWithAbove(p, 999))).toBe('row-not-found')
    expect(code(splitRow(p, p.rows[1]!.id))).toBe('row-not-found') // not merged
    expect(code(setExcluded(p, -1, true))).toBe('row-not-found')
    expect(code(setCategory(p, [first, 12345], 'A'))).toBe('row-not-found')
    expect(code(setCategory(p, [], 'A'))).toBe('row-not-found')
    expect(code(setMapping(p, 5, 'title'))).toBe('column-not-found')
    expect(code(setMapping(p, 0, 'nonsense' as 'title'))).toBe('column-not-found')
  })

  it('rows-need-attention and no-rows: toDrafts refuses, naming the rows', () => {
    const split = unwrap(splitRow(plan(), 0)) // line 1 becomes a row with no category and no title
    expect(toDrafts(split, { reference: '2021-01-20' })).toEqual({ ok: false, code: 'rows-need-attention', detail: '2' })
    const none = plan().rows.reduce((p, r) => unwrap(setExcluded(p, r.id, true)), plan())
    expect(code(toDrafts(none, { reference: '2021-01-20' }))).toBe('no-rows')
  })

  it('internal: garbage in gives an error, never an exception', async () => {
    expect(code(importText(null as unknown as string))).toBe('internal')
    expect(code(importHtml(42 as unknown as string))).toBe('internal')
    expect(code(importClipboard(null as unknown as { text: string }))).toBe('internal')
    expect(code(await importFile(null as unknown as File))).toBe('internal')
    expect(code(toDrafts(null as unknown as ImportPlan, { reference: '2021-01-20' }))).toBe('internal')
    expect(code(mergeWithAbove({ ...plan(), lines: null } as unknown as ImportPlan, 2))).toBe('internal')
  })
})

describe('Danish texts', () => {
  it('has one sentence for every error code and a label for every note', () => {
    for (const c of IMPORT_ERROR_CODES) expect(importErrorMessages[c]).toMatch(/^[A-ZÆØÅ].+\.$/)
    for (const n of Object.keys(NOTE_SEVERITY) as (keyof typeof NOTE_SEVERITY)[]) expect(importNoteLabels[n]).toBeTruthy()
    expect(importNoteLabels['merged-continuation']).toBe('Fortsættelse af rækken ovenfor — flettet')
    expect(importNoteLabels['category-missing']).toBe('Kategori mangler')
  })
})

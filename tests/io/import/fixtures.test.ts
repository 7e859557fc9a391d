// The Bilag as real programs write it (see tests/fixtures/import/README.md): every
// format must give the same 19 rows as the seed, and title/legend where it carries them.
import { describe, expect, it } from 'vitest'
import { importFile, toDrafts } from '../../../src/io/import'
import { bilagColumns, expected, expectedRows, fixture, seed, unwrap, withoutMatched } from './helpers'

const open = (name: string, sheet?: string) =>
  importFile({ name, data: fixture(name) }, sheet === undefined ? {} : { sheet })

describe('files made by LibreOffice and Python', () => {
  it.each([
    ['bilag1-cp1252-semicolon.csv', { encoding: 'windows-1252', delimiter: ';' }],
    ['bilag1-utf16.tsv', { encoding: 'utf-16le', delimiter: '\t' }],
    ['bilag1-utf8-bom-comma.csv', { encoding: 'utf-8', delimiter: ',' }],
  ])('%s imports to the 19 rows with title and legend', async (name, source) => {
    const plan = unwrap(await open(name))
    expect(plan.source).toMatchObject({ kind: 'delimited', fileName: name, ...source })
    expect(bilagColumns(plan)).toEqual(expectedRows)
    expect(plan.title).toBe(expected.title)
    expect(plan.legend).toEqual(expected.legend)
  })

  it('bilag1.xlsx: picks the sheet with the table, lists both, fills the merged area cells', async () => {
    const plan = unwrap(await open('bilag1.xlsx'))
    expect(plan.source).toMatchObject({ kind: 'xlsx', sheet: 'Bilag 1', sheets: ['Noter', 'Bilag 1'] })
    expect(bilagColumns(plan)).toEqual(expectedRows)
    expect(plan.title).toBe(expected.title)
    expect(plan.legend).toEqual(expected.legend)
    // The area comes from the merged cell, not from filling down.
    expect(plan.rows.some((r) => r.notes.includes('area-filled'))).toBe(false)
    const out = unwrap(toDrafts(plan, { reference: expected.reference }))
    expect(out.rows.map((i) => withoutMatched(i.deadline))).toEqual(expected.initiatives.map((r) => r.deadline))
  })

  it('bilag1.xlsx: another sheet can be chosen; a sheet without a table says so', async () => {
    expect(unwrap(await open('bilag1.xlsx', 'Bilag 1')).rows).toHaveLength(19)
    expect(await open('bilag1.xlsx', 'Noter')).toMatchObject({ ok: false, code: 'no-table' })
    expect(await open('bilag1.xlsx', 'Ark3')).toMatchObject({ ok: false, code: 'sheet-not-found' })
  })

  it('takes a File (Blob with a name) as the file input gives it', async () => {
    const file = new File([fixture('bilag1-cp1252-semicolon.csv')], 'Bilag 1.csv', { type: 'text/csv' })
    const plan = unwrap(await importFile(file))
    expect(bilagColumns(plan)).toEqual(expectedRows)
  })

  it('opens the seed as a .txt file like the paste', async () => {
    const plan = unwrap(await importFile({ name: 'Bilag 1.txt', data: new TextEncoder().encode(seed) }))
    expect(plan.source).toMatchObject({ kind: 'delimited', encoding: 'utf-8', delimiter: '\t' })
    expect(bilagColumns(plan)).toEqual(expectedRows)
    expect(plan.legend).toEqual(expected.legend)
  })

  it('opens the .docx itself: title, legend and the 19 rows, merged area cells filled', async () => {
    const plan = unwrap(await open('bilag1.docx'))
    expect(plan.source).toMatchObject({ kind: 'docx', fileName: 'bilag1.docx' })
    expect(plan.title).toBe(expected.title)
    expect(plan.legend).toEqual(expected.legend)
    expect(bilagColumns(plan)).toEqual(expectedRows)
  })
})

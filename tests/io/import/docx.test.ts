// Word documents (.docx made by LibreOffice from tests/fixtures/tables/*.html, see
// tests/fixtures/tables/README.md): the real tables to their expected rows, vertical merges
// and spans on the grid, and bad input answered with one code each.
import fc from 'fast-check'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { importFile, IMPORT_ERROR_CODES } from '../../../src/io/import'
import { tableFromDocumentXml } from '../../../src/io/import/docx'
import { unwrap } from './helpers'
import { asExpected, realTables, tableFile } from './tables-helpers'

const runs = Number(process.env.FUZZ_RUNS ?? 200)

async function docxOf(body: string): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`)
  return zip.generateAsync({ type: 'uint8array' })
}
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`

describe('real tables as .docx', () => {
  it.each(realTables)('%# .docx imports to its expected rows, with the title above the table', async ({ name, expected }) => {
    const plan = unwrap(await importFile({ name: `${name}.docx`, data: tableFile(`${name}.docx`) }))
    expect(asExpected(plan)).toEqual(expected.rows)
    expect(plan.title).not.toBe('')
  })
})

describe('the document.xml scanner', () => {
  it('lays out vertical merges (copied down, flagged) and column spans; reads text above the first table', () => {
    const xml =
      p('Plan 2025 &amp; frem') +
      p('a) Første') +
      '<w:tbl>' +
      `<w:tr>${tc('Fase')}${tc('Milepæl')}${tc('Slutdato')}</w:tr>` +
      `<w:tr>${tc('Start', '<w:vMerge w:val="restart"/>')}${tc('Møde')}${tc('Maj 2025')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('Høring')}${tc('Juni 2025')}</w:tr>` +
      `<w:tr>${tc('INDSATSOMRÅDE 2', '<w:gridSpan w:val="3"/>')}</w:tr>` +
      '</w:tbl>'
    const table = unwrap(tableFromDocumentXml(`<w:body>${xml}</w:body>`))
    expect(table.preamble).toEqual(['Plan 2025 & frem', 'a) Første'])
    expect(table.rows).toEqual([
      { cells: ['Fase', 'Milepæl', 'Slutdato'] },
      { cells: ['Start', 'Møde', 'Maj 2025'] },
      { cells: ['Start', 'Høring', 'Juni 2025'], spanned: [0] },
      { cells: ['INDSATSOMRÅDE 2', '', ''] },
    ])
  })
})

describe('bad .docx', () => {
  it.each([
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'unreadable'],
    ['not a zip at all', new TextEncoder().encode('Dette er ikke et Word-dokument'), 'unreadable'],
    ['a password-protected document (an encrypted OLE container)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'encrypted'],
  ])('%s → %s', async (_name, data, code) => {
    expect(await importFile({ name: 'Bilag.docx', data })).toMatchObject({ ok: false, code })
  })

  it('a document without a table, and one with a one-column table', async () => {
    expect(await importFile({ name: 'Brev.docx', data: await docxOf(p('Kære udvalg')) })).toMatchObject({ ok: false, code: 'no-table' })
    const oneColumn = `<w:tbl>${['Et', 'To', 'Tre', 'Fire'].map((t) => `<w:tr>${tc(t)}</w:tr>`).join('')}</w:tbl>`
    expect(await importFile({ name: 'Liste.docx', data: await docxOf(oneColumn) })).toMatchObject({ ok: false, code: 'one-column' })
  })

  it('never throws on a real document with bytes flipped, or on random XML in the zip', async () => {
    const real = tableFile('table-naturstyrelsen-rosborg.docx')
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), async (flips) => {
        const data = real.slice()
        for (const [at, value] of flips) data[at] = value
        const result = await importFile({ name: 'x.docx', data })
        expect(result.ok || IMPORT_ERROR_CODES.includes(result.code)).toBe(true)
      }),
      { numRuns: Math.min(runs, 100) },
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (noise) => {
        const result = tableFromDocumentXml(`<w:tbl><w:tr>${noise}<w:tc>${noise}</w:tc></w:tr>${noise}</w:tbl>`)
        expect(result.ok || IMPORT_ERROR_CODES.includes(result.code)).toBe(true)
      }),
      { numRuns: runs },
    )
  })
})

// @vitest-environment jsdom
// HTML flavours of the Bilag: Word's clipboard, Writer's export of a .docx and Calc's
// export of the .xlsx. All have the area as a rowspan cell.
import { describe, expect, it } from 'vitest'
import { importClipboard, importFile, importHtml, toDrafts } from '../../../src/io/import'
import { bilagColumns, expected, expectedRows, fixture, fixtureText, seed, unwrap } from './helpers'

describe.each(['bilag1-word-clipboard.html', 'bilag1-from-docx.html', 'bilag1-from-xlsx.html'])('%s', (name) => {
  const html = fixtureText(name)

  it('imports to the 19 rows with title and legend', () => {
    const plan = unwrap(importHtml(html))
    expect(plan.source.kind).toBe('html')
    expect(bilagColumns(plan)).toEqual(expectedRows)
    expect(plan.title).toBe(expected.title)
    expect(plan.legend).toEqual(expected.legend)
    expect(unwrap(toDrafts(plan, { reference: expected.reference })).rows).toHaveLength(19)
  })

  it('is preferred over the plain text of the same paste', () => {
    const plan = unwrap(importClipboard({ html, text: 'not\ta\ttable' }))
    expect(plan.source.kind).toBe('html')
    expect(bilagColumns(plan)).toEqual(expectedRows)
  })

  it('opens as an .html file', async () => {
    const plan = unwrap(await importFile({ name, data: fixture(name) }))
    expect(plan.source).toMatchObject({ kind: 'html', fileName: name })
    expect(plan.rows).toHaveLength(19)
  })
})

describe('rowspan areas', () => {
  it('come from the merged cell (no area-filled note) in Word HTML', () => {
    const plan = unwrap(importHtml(fixtureText('bilag1-word-clipboard.html')))
    expect(plan.rows.filter((r) => r.notes.includes('area-filled'))).toEqual([])
    expect(plan.lines[1]?.spanned).toEqual([0])
  })

  it('clipboard HTML without a table falls back to the plain text', () => {
    const plan = unwrap(importClipboard({ html: '<p>Bilag 1</p>', text: seed }))
    expect(plan.source.kind).toBe('text')
    expect(bilagColumns(plan)).toEqual(expectedRows)
  })
})

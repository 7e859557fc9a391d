import { describe, expect, it } from 'vitest'
import { importText, setCategory, toDrafts } from '../../../src/io/import'
import { bilagColumns, expected, expectedRows, tsv, unwrap } from './helpers'

/** The 19 expected rows as a clean tab-separated body (area only on a group's first row). */
function cleanBody(columns: (r: (typeof expectedRows)[number], i: number) => string[]): string[][] {
  return expectedRows.map((r, i) => columns({ ...r, area: i > 0 && expectedRows[i - 1]?.area === r.area ? '' : r.area }, i))
}
const bilag = (r: (typeof expectedRows)[number]) => [r.area, r.category, r.title, r.method, r.deadlineText]

describe('header names', () => {
  it.each([
    [['Indsatsområde', 'ABC', 'Indsats', 'Hvordan implementeres det', 'Hvornår forventes det implementeret']],
    [['Område', 'Kategori', 'Initiativ', 'Implementering', 'Tidsplan']],
    [['TEMA', 'kat.', 'Initiativer', 'Metode', 'Frist']],
    [['Omraade', 'ABC-kategori', 'Indsats:', 'Hvordan implementeres det?', 'Hvornaar forventes det implementeret?']],
    [['  indsatsområde ', 'A/B/C', 'Indsatser', 'Hvordan implementeres det (kort)', 'Forventet implementering']],
  ])('%j maps to the Bilag columns', (header) => {
    const plan = unwrap(importText(tsv(header, ...cleanBody(bilag))))
    expect(plan.mapping).toEqual(['area', 'category', 'title', 'method', 'deadlineText'])
    expect(bilagColumns(plan)).toEqual(expectedRows)
  })

  it('finds the columns in any order, with status and owner', () => {
    const header = ['Ansvarlig', 'Status', 'Indsats', 'ABC', 'Hvornår', 'Indsatsområde', 'Hvordan']
    const statuses = ['I gang', 'Ikke påbegyndt', 'Sat i bero', 'Udgået', 'implementeret', 'Vist snart']
    const body = cleanBody((r, i) => [`Team ${i}`, statuses[i % statuses.length] ?? '', r.title, r.category, r.deadlineText, r.area, r.method])
    const plan = unwrap(importText(tsv(header, ...body)))
    expect(plan.mapping).toEqual(['owner', 'status', 'title', 'category', 'deadlineText', 'area', 'method'])
    expect(bilagColumns(plan)).toEqual(expectedRows)
    expect(plan.rows.slice(0, 6).map((r) => r.status)).toEqual(['in-progress', 'not-started', 'on-hold', 'dropped', 'implemented', null])
    expect(plan.rows[5]?.notes).toContain('status-unknown')
    expect(plan.rows[2]?.owner).toBe('Team 2')
  })

  it('keeps unknown columns as extra columns and a numbering in front of the indsats', () => {
    const header = ['Nr.', 'Indsatsområde', 'ABC', 'Indsats', 'Sagsnr.', 'Hvordan implementeres det', 'Hvornår forventes det implementeret', 'Budget (mio. kr.)']
    const body = cleanBody((r, i) => [String(i + 1), r.area, r.category, r.title, `21/${1000 + i}`, r.method, r.deadlineText, '1,5'])
    const plan = unwrap(importText(tsv(header, ...body)))
    expect(plan.mapping).toEqual(['number', 'area', 'category', 'title', 'extra', 'method', 'deadlineText', 'extra'])
    expect(bilagColumns(plan)).toEqual(expectedRows.map((r, i) => ({ ...r, title: `${i + 1} ${r.title}` })))
    expect(plan.rows[0]?.extras).toEqual({ 4: '21/1000', 7: '1,5' })
    expect(plan.columnTypes).toEqual({ 4: 'text', 7: 'number' })
  })

  it('maps an unnamed column to the free Bilag column between its named neighbours', () => {
    const header = ['Tema', 'Kategori', 'Beskrivelse', 'Hvordan', 'Hvornår']
    expect(unwrap(importText(tsv(header, ...cleanBody(bilag)))).mapping).toEqual(['area', 'category', 'title', 'method', 'deadlineText'])
  })

  it('gives a field to one column only: a second deadline column ("Frist" from an export) becomes an extra column', () => {
    const header = ['Indsatsområde', 'ABC', 'Indsats', 'Hvordan implementeres det', 'Hvornår forventes det implementeret', 'Frist', 'Status', 'Ansvarlig']
    const body = cleanBody((r) => [...bilag(r), '2021-05-31', 'I gang', 'BUF'])
    const plan = unwrap(importText(tsv(header, ...body)))
    expect(plan.mapping).toEqual(['area', 'category', 'title', 'method', 'deadlineText', 'extra', 'status', 'owner'])
    expect(plan.columnTypes).toEqual({ 5: 'date' })
    expect(bilagColumns(plan)).toEqual(expectedRows)
  })
})

describe('no header at all', () => {
  it('maps by position in the Bilag order', () => {
    const plan = unwrap(importText(tsv(...cleanBody(bilag))))
    expect(plan.header).toBeNull()
    expect(plan.mapping).toEqual(['area', 'category', 'title', 'method', 'deadlineText'])
    expect(bilagColumns(plan)).toEqual(expectedRows)
  })

  it('still reads the title and legend above the table', () => {
    const text = [expected.title, '', 'a) Første', 'b) Anden', 'c) Tredje', '', tsv(...cleanBody(bilag))].join('\n')
    const plan = unwrap(importText(text))
    expect(plan.title).toBe(expected.title)
    expect(plan.legend).toEqual({ A: 'Første', B: 'Anden', C: 'Tredje' })
    expect(plan.rows).toHaveLength(19)
  })

  it('finds the ABC column by its letters when it is not the second', () => {
    const plan = unwrap(importText(tsv(...cleanBody((r, i) => [String(i + 1), ...bilag(r)]))))
    expect(plan.mapping).toEqual(['number', 'area', 'category', 'title', 'method', 'deadlineText'])
    expect(bilagColumns(plan)).toEqual(expectedRows.map((r, i) => ({ ...r, title: `${i + 1} ${r.title}` })))
  })
})

describe('a table without an ABC column', () => {
  // Like a PDF copy: wrapped cells continue on the next line, which starts in lower case.
  const text = tsv(
    ['Indsatsområde', 'Indsats', 'Hvordan implementeres det', 'Hvornår forventes det implementeret'],
    ['Tilsyn', 'Systematisk inddragelse af forældreråd og', 'Forvaltningen udarbejder en', 'April/maj 2021'],
    ['', 'skærpet kommunikation', 'miniguide.', ''],
    ['', 'Ny HR-Enhed', 'Samling af HR-opgaver', 'Februar 2021'],
    ['', '', 'i en samlet enhed', ''],
    ['Praksis', 'Styrket journaliseringspraksis', 'Knyttes til arbejdet', 'Er implementeret'],
    ['', 'Central klageenhed', 'Forslag udarbejdes.', 'Budget 22'],
  )

  it('rejoins continuation lines by layout and sentence cues', () => {
    const plan = unwrap(importText(text))
    expect(plan.mapping).toEqual(['area', 'title', 'method', 'deadlineText'])
    expect(plan.rows.map((r) => [r.area, r.title, r.method])).toEqual([
      ['Tilsyn', 'Systematisk inddragelse af forældreråd og skærpet kommunikation', 'Forvaltningen udarbejder en miniguide.'],
      ['Tilsyn', 'Ny HR-Enhed', 'Samling af HR-opgaver i en samlet enhed'],
      ['Praksis', 'Styrket journaliseringspraksis', 'Knyttes til arbejdet'],
      ['Praksis', 'Central klageenhed', 'Forslag udarbejdes.'],
    ])
  })

  it('imports at once, every row Uden kategori, and a category can still be set for all', () => {
    const plan = unwrap(importText(text))
    expect(plan.rows.every((r) => r.category === null && r.notes.includes('category-missing'))).toBe(true)
    expect(unwrap(toDrafts(plan, { reference: '2021-01-20' })).rows.map((d) => d.category)).toEqual([null, null, null, null])
    const fixed = unwrap(setCategory(plan, plan.rows.map((r) => r.id), 'B'))
    const out = unwrap(toDrafts(fixed, { reference: '2021-01-20' }))
    expect(out.rows.map((d) => [d.category, d.status])).toEqual([
      ['B', 'not-started'],
      ['B', 'not-started'],
      ['B', 'implemented'],
      ['B', 'not-started'],
    ])
  })
})

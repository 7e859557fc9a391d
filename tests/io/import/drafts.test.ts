import { describe, expect, it } from 'vitest'
import { importFile, importText, rowsNeedingAttention, suggestedTitle, toDrafts } from '../../../src/io/import'
import { tsv, unwrap } from './helpers'

const reference = { reference: '2021-01-20' }
const header = ['Indsatsområde', 'ABC', 'Indsats', 'Hvordan implementeres det', 'Hvornår forventes det implementeret', 'Status', 'Ansvarlig', 'Noter']

describe('toDrafts', () => {
  it('takes status from the column, but a text that says it is done wins', () => {
    const plan = unwrap(
      importText(
        tsv(
          header,
          ['Tilsyn', 'A', 'Et', 'M', 'April 2021', 'I gang', 'BUF', 'Drøftes igen'],
          ['', 'B', 'To', 'M', 'Er implementeret', 'I gang', '', ''],
          ['', 'C', 'Tre', 'M', 'Budget 22', 'Sat i bero', 'Jura', ''],
          ['', 'A', 'Fire', 'M', 'Medio 2021', '', '', ''],
          ['', 'a', 'Fem', 'M', 'Løbende', 'Noget andet', '', ''],
        ),
      ),
    )
    const out = unwrap(toDrafts(plan, reference))
    expect(out.rows.map((d) => [d.title, d.category, d.status, d.owner, d.notes])).toEqual([
      ['Et', 'A', 'in-progress', 'BUF', 'Drøftes igen'],
      ['To', 'B', 'implemented', '', ''],
      ['Tre', 'C', 'on-hold', 'Jura', ''],
      ['Fire', 'A', 'not-started', '', ''],
      // Words the app does not know stay out of the notes: they are the row's status log.
      ['Fem', 'A', 'not-started', '', ''],
    ])
    expect(plan.rows[4]?.notes).toEqual(['area-filled', 'status-unknown'])
    // The words as written are each row's first status-log entry, dated by the reference,
    // unless they are the status's own name: then the status holds them already.
    expect(out.rows.map((r) => r.statusLog)).toEqual([
      [],
      [{ date: '2021-01-20', text: 'I gang' }],
      [],
      [],
      [{ date: '2021-01-20', text: 'Noget andet' }],
    ])
    expect(out.rows.map((i) => i.deadline.kind)).toEqual(['date', 'done', 'none', 'date', 'ongoing'])
    expect(out.rows[0]).not.toHaveProperty('fixedDeadline')
  })

  it('titles a new overview by the text, else by the file name without extension', async () => {
    const body = tsv(header.slice(0, 5), ['X', 'A', 'T', 'M', '2021'])
    expect(unwrap(toDrafts(unwrap(importText(`Bilag 4 – status\n${body}`)), reference)).title).toBe('Bilag 4 – status')
    const fromFile = unwrap(await importFile({ name: 'C:\\Sager\\BUU 20.1.21 bilag.csv', data: new TextEncoder().encode(body) }))
    expect(suggestedTitle(fromFile)).toBe('BUU 20.1.21 bilag')
    const out = unwrap(toDrafts(fromFile, reference))
    expect(out).toMatchObject({ title: 'BUU 20.1.21 bilag', legendFound: false, legend: { A: '', B: '', C: '' } })
    expect(unwrap(toDrafts(unwrap(importText(body)), reference)).title).toBe('')
  })

  it('lists the rows that block the import: unknown category, missing title, too long', () => {
    const plan = unwrap(
      importText(
        tsv(
          header.slice(0, 5),
          ['X', 'A', 'Fin', 'M', '2021'],
          ['', 'D', 'Forkert kategori', 'M', '2021'],
          ['', 'B', '', 'Kun metode', '2021'],
          ['', 'C', 'Lang frist', 'M', 'x'.repeat(2001)],
        ),
      ),
    )
    expect(plan.rows.map((r) => r.notes.filter((n) => n !== 'area-filled'))).toEqual([
      [],
      ['category-unknown'],
      ['title-missing'],
      ['text-too-long'],
    ])
    expect(rowsNeedingAttention(plan)).toEqual([2, 3, 4])
    expect(toDrafts(plan, reference)).toEqual({ ok: false, code: 'rows-need-attention', detail: '2, 3, 4' })
  })
})

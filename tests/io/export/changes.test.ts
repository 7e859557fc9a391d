import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import Papa from 'papaparse'
import { changeLines, changesToCsv, changesToDocx, type ChangesDocument } from '../../../src/io/export/changes'
import { diffInitiatives } from '../../../src/domain/diff'
import { parseDeadline } from '../../../src/domain/deadline'
import { initiative, overview } from './fixture'

const budget = { id: 'xbudget', name: 'Budget', type: 'number' } as const
const due = { id: 'xdue', name: 'Tjek', type: 'date' } as const
const note = { id: 'xnote', name: 'Afd.', type: 'text' } as const

const before = [
  initiative({ order: 1, area: 'Central understøttelse', title: 'Analyse af bedre rammer', category: 'C', deadlineText: 'Budgetseminar februar 2021' }),
  initiative({ order: 2, area: 'Central understøttelse', title: 'Dagtilbudsledelsesuddannelse', category: 'C', deadlineText: '20. januar 2021' }),
  initiative({ order: 3, area: 'Styrket administrativ praksis', title: 'Styrket journaliseringspraksis', deadlineText: 'Er implementeret' }),
]
const after = [
  { ...before[0]!, category: 'B' as const },
  { ...before[1]!, deadlineText: 'ultimo marts 2021', status: 'implemented' as const },
  initiative({ order: 4, area: 'Styrket administrativ praksis', title: '=Ny indsats; med "citat"' }),
]
const doc: ChangesDocument = {
  overview,
  title: 'Ændringer siden mødet 20. januar 2021',
  diff: diffInitiatives(before, after),
  read: (text) => parseDeadline(text, { reference: '2021-01-20' }),
}

describe('changes document', () => {
  it('has one line per changed field, plus added and removed rows, with deadline readings', () => {
    expect(changeLines(doc)).toEqual([
      { area: 'Central understøttelse', title: 'Analyse af bedre rammer', kind: 'Ændret', field: 'Kategori', before: 'C', after: 'B' },
      { area: 'Central understøttelse', title: 'Dagtilbudsledelsesuddannelse', kind: 'Ændret', field: 'Hvornår forventes det implementeret', before: '20. januar 2021', after: 'ultimo marts 2021 (21.–31. marts 2021)' },
      { area: 'Central understøttelse', title: 'Dagtilbudsledelsesuddannelse', kind: 'Ændret', field: 'Status', before: 'Ikke påbegyndt', after: 'Implementeret' },
      { area: 'Styrket administrativ praksis', title: '=Ny indsats; med "citat"', kind: 'Tilføjet', field: '', before: '', after: '' },
      { area: 'Styrket administrativ praksis', title: 'Styrket journaliseringspraksis', kind: 'Fjernet', field: '', before: '', after: '' },
    ])
  })

  it('writes a Danish-Excel CSV that reads back, formulas neutralised', () => {
    const csv = changesToCsv(doc)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain('\r\n')
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data
    expect(rows[0]).toEqual(['Indsatsområde', 'Indsats', 'Ændring', 'Felt', 'Før', 'Efter'])
    expect(rows).toHaveLength(6)
    expect(rows[4]?.[1]).toBe('\'=Ny indsats; med "citat"')
  })

  it('writes a landscape Word document with the heading and every change', async () => {
    const zip = await JSZip.loadAsync(await changesToDocx(doc))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('Ændringer siden mødet 20. januar 2021')
    expect(xml).toContain('w:orient="landscape"')
    for (const text of ['Analyse af bedre rammer', 'Kategori', 'ultimo marts 2021', 'Tilføjet', 'Fjernet', 'Styrket journaliseringspraksis']) expect(xml).toContain(text)
  })

  it.each([
    ['a column added since', [], [budget], undefined, { xbudget: 1000 }, { field: 'Budget', before: '', after: '1.000' }],
    ['a value changed, Danish number', [budget], [budget], { xbudget: 1000 }, { xbudget: 12500.5 }, { field: 'Budget', before: '1.000', after: '12.500,5' }],
    ['a column renamed since', [budget], [{ ...budget, name: 'Økonomi' }], { xbudget: 1000 }, { xbudget: 2000 }, { field: 'Økonomi (hed Budget)', before: '1.000', after: '2.000' }],
    ['a column deleted since', [budget], [], { xbudget: 1000 }, undefined, { field: 'Budget (kolonnen er slettet)', before: '1.000', after: '' }],
    ['a date column, as dd.mm.åååå', [due], [due], undefined, { xdue: '2021-03-01' }, { field: 'Tjek', before: '', after: '01.03.2021' }],
    ['a text column', [note], [note], { xnote: 'Gammel' }, { xnote: 'Ny' }, { field: 'Afd.', before: 'Gammel', after: 'Ny' }],
  ] as const)('writes an extra column: %s', (_, then, now, beforeExtra, afterExtra, expected) => {
    const was = initiative({ order: 1, area: 'Tilsyn', title: 'Ny HR-Enhed', ...(beforeExtra ? { extra: beforeExtra } : {}) })
    const is = { ...was, extra: afterExtra }
    const lines = changeLines({ ...doc, diff: diffInitiatives([was], [is], { before: [...then], after: [...now] }) })
    expect(lines).toEqual([{ area: 'Tilsyn', title: 'Ny HR-Enhed', kind: 'Ændret', ...expected }])
  })

  it('writes a fixed deadline as dd.mm.åååå', () => {
    const was = initiative({ order: 1, fixedDeadline: '2021-03-01' })
    expect(changeLines({ ...doc, diff: diffInitiatives([was], [{ ...was, fixedDeadline: '2021-06-30' }]) })[0]).toMatchObject({ field: 'Fast frist', before: '01.03.2021', after: '30.06.2021' })
  })
})

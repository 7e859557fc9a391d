// Issue 14's rules, each as a table of cases: header by name and by shape, columns typed by
// content, nothing lost, status words, section headings, numbering, continuation cues and
// the document's year. Every table here is made up; the real ones are in tables.test.ts.
import { describe, expect, it } from 'vitest'
import { importText, toDrafts, type ImportField } from '../../../src/io/import'
import { readStatusInText } from '../../../src/io/import/text'
import { findDocumentDate } from '../../../src/io/import/document-date'
import { tsv, unwrap } from './helpers'

const plan = (...rows: string[][]) => unwrap(importText(tsv(...rows)))

describe('the header: by name, extended variants', () => {
  it.each<[string[], ImportField[]]>([
    [['Sag', 'Afd.', 'Forventet fremsendt'], ['title', 'owner', 'deadlineText']],
    [['Leverandører', 'Test og certificering', 'Status', 'Idriftsættelse'], ['title', 'method', 'status', 'deadlineText']],
    [['Fase', 'Milepæle', 'Slutdato'], ['area', 'title', 'deadlineText']],
    [['Aktivitet', 'Deadline', 'Periode'], ['title', 'deadlineText', 'extra']],
    [['Spor', 'Tiltag', 'Tovholder', 'Bemærkninger'], ['area', 'title', 'owner', 'remarks']],
    [['Delområde', 'Handling', 'Enhed', 'Tidsplan'], ['area', 'title', 'owner', 'deadlineText']],
    [['Projekt', 'Team', 'Dato', 'Kommentar'], ['title', 'owner', 'deadlineText', 'remarks']],
  ])('%j → %j', (header, mapping) => {
    const body = [
      ['Indførelse af ny portal til borgerne', 'Udvikling og test af løsningen i samarbejde med leverandøren', 'I gang', 'Marts 2025'],
      ['', 'Uddannelse af medarbejdere på alle centre', 'Afventer', 'September 2025'],
      ['Opfølgning', 'Evaluering med borgerpanel', 'Godkendt', 'December 2025'],
    ].map((r) => r.slice(0, header.length))
    // The body's cells follow the header's field order, so each column holds what its name says.
    const cells = body.map((r) =>
      mapping.map((field, i) =>
        field === 'deadlineText' ? (r[3] ?? '') : field === 'status' ? (r[2] ?? '') : field === 'extra' ? '2025-2026' : (r[i] ?? `Tekst ${i}`),
      ),
    )
    expect(plan(header, ...cells).mapping).toEqual(mapping)
  })
})

describe('the header: by shape, when no name is known', () => {
  it('finds short labels above rows unlike them and types the columns by content', () => {
    const p = plan(
      ['Hvad', 'Hvem', 'Hvornår i alt'],
      ['Ny hjemmeside til udvalget med kalender og dagsordener', 'Sekretariatet', 'Marts 2025'],
      ['Samlet oversigt over høringssvar fra borgermøderne', 'Planafdelingen', 'Ultimo april 2025'],
    )
    expect(p.header).toEqual(['Hvad', 'Hvem', 'Hvornår i alt'])
    expect(p.rows).toHaveLength(2)
    expect(p.mapping[2]).toBe('deadlineText')
  })

  it.each<[string, string[][], ImportField[]]>([
    [
      'no header at all: typed by content',
      [
        ['Marts 2025', 'Ny portal', 'Udvikling af portalen med leverandøren over flere sprint og test', 'I gang'],
        ['Maj 2025', 'Uddannelse', 'Kurser for alle medarbejdere på centrene i hele kommunen', 'Afventer'],
      ],
      ['deadlineText', 'title', 'method', 'status'],
    ],
    [
      'the deadline first, then area written once, then a long description',
      [
        ['Leveringstidspunkt', 'Emne', 'Beskrivelse'],
        ['1. kvartal 2019', 'Planer', 'Høring af udkast til planer for de første fem enheder.'],
        ['2. kvartal 2019', '', 'Høring af udkast til planer for de øvrige enheder.'],
        ['3. kvartal 2019', '', 'Endelige planer vedtages.'],
      ],
      ['deadlineText', 'area', 'title'],
    ],
    [
      'category letters written "A-indsats" and a numbering column',
      [
        ['1.1', 'A-indsats', 'Ny HR-enhed', 'Februar 2021'],
        ['1.2', 'B-indsats', 'Konfliktmægling', 'Marts 2021'],
        ['2.1', 'c', 'Ledelsesanalyse', 'Budget 2022'],
      ],
      ['number', 'category', 'title', 'deadlineText'],
    ],
  ])('%s', (_name, rows, mapping) => {
    expect(plan(...rows).mapping).toEqual(mapping)
  })
})

describe('nothing lost', () => {
  it('every column with text becomes a built-in field or an extra column, typed by its cells', () => {
    const p = plan(
      ['Aktivitet', 'Deadline', 'Periode', 'Budget', 'Startdato'],
      ['Borgermøde', 'Juni 2025', 'Forår', '1.250,5', '01.03.2025'],
      ['Høring', 'August 2025', 'Sommer', '300', '2025-06-01'],
    )
    expect(p.mapping).toEqual(['title', 'deadlineText', 'extra', 'extra', 'extra'])
    const out = unwrap(toDrafts(p, { reference: '2025-01-01', requireCategory: false }))
    expect(out.extraColumns).toEqual([
      { name: 'Periode', type: 'text' },
      { name: 'Budget', type: 'number' },
      { name: 'Startdato', type: 'date' },
    ])
    expect(out.rows.map((r) => r.extra)).toEqual([
      { Periode: 'Forår', Budget: 1250.5, Startdato: '2025-03-01' },
      { Periode: 'Sommer', Budget: 300, Startdato: '2025-06-01' },
    ])
  })

  it('a table of one column is refused with its own code', () => {
    expect(importText('Et\nTo\nTre\nFire')).toMatchObject({ ok: false, code: 'one-column' })
  })
})

describe('status words', () => {
  it.each([
    ['Godkendt', 'implemented'],
    ['afsluttet', 'implemented'],
    ['Gennemført', 'implemented'],
    ['Høring gennemført i 8 uger fra 1/4 til 26/5 2019.', 'implemented'],
    ['Igangsat', 'in-progress'],
    ['I proces', 'in-progress'],
    ['I afsluttende proces', 'in-progress'],
    ['udskudt', 'on-hold'],
    ['Høring udskudt grundet nyvalgt regerings ønske om øget ambitionsniveau.', 'on-hold'],
    ['Afventer svar fra ministeriet', 'on-hold'],
    ['På pause', 'on-hold'],
    ['Annulleret', 'dropped'],
    ['droppet', 'dropped'],
    ['Ikke igangsat', 'not-started'],
    ['ikke godkendt endnu', null],
    ['Drøftes på næste møde', null],
  ])('%j → %s', (text, status) => {
    expect(readStatusInText(text)).toBe(status)
  })

  it('keeps unknown status words as written, as the first status-log entry dated by the document', () => {
    const text = ['Status pr. 1. marts 2021', tsv(['Indsats', 'Status', 'Frist'], ['Portal', 'Drøftes på næste møde', 'Maj'], ['Kursus', 'Godkendt', 'Juni'])].join('\n')
    const p = unwrap(importText(text))
    expect(p.rows.map((r) => [r.status, r.statusText, r.notes.includes('status-unknown')])).toEqual([
      [null, 'Drøftes på næste møde', true],
      ['implemented', 'Godkendt', false],
    ])
    const out = unwrap(toDrafts(p, { reference: '2021-03-01', requireCategory: false }))
    expect(out.rows.map((r) => r.statusLog)).toEqual([[{ date: '2021-03-01', text: 'Drøftes på næste møde' }], [{ date: '2021-03-01', text: 'Godkendt' }]])
  })
})

describe('text above the header', () => {
  it('becomes title, legend and notes; a section heading right above the header becomes the area', () => {
    const text = [
      'Handleplan for klima 2025',
      'Udarbejdet af forvaltningen.',
      'INDSATSOMRÅDE 1: ENERGIEFFEKTIVISERING',
      tsv(['Indsats', 'Frist'], ['LED i alle skoler', 'Marts 2025'], ['Solceller på rådhuset', 'Juni 2025']),
    ].join('\n')
    const p = unwrap(importText(text))
    expect(p.title).toBe('Handleplan for klima 2025')
    expect(p.notesAbove).toEqual(['Udarbejdet af forvaltningen.'])
    expect(p.rows.map((r) => [r.area, r.notes])).toEqual([
      ['INDSATSOMRÅDE 1: ENERGIEFFEKTIVISERING', ['area-from-heading', 'category-missing']],
      ['INDSATSOMRÅDE 1: ENERGIEFFEKTIVISERING', ['area-from-heading', 'category-missing']],
    ])
  })
})

describe('table shapes', () => {
  it('section heading rows inside the table become the area of the rows below', () => {
    const p = plan(
      ['Nr.', 'Indsats', 'Frist'],
      ['INDSATSOMRÅDE 1: ENERGI'],
      ['1.1', 'LED i alle skoler', 'Marts 2025'],
      ['1.2', 'Solceller', 'Juni 2025'],
      ['2. Trafik'],
      ['2.1', 'Cykelstier', 'Efterår 2025'],
    )
    expect(p.rows.map((r) => [r.area, r.title])).toEqual([
      ['INDSATSOMRÅDE 1: ENERGI', '1.1 LED i alle skoler'],
      ['INDSATSOMRÅDE 1: ENERGI', '1.2 Solceller'],
      ['2. Trafik', '2.1 Cykelstier'],
    ])
  })

  it.each([
    ['a lower-case start', ['Fase', 'Milepæl', 'Slutdato'], ['Start', 'Møde med', 'Maj 2025'], ['', 'lodsejerne', ''], 'Møde med lodsejerne'],
    ['an open parenthesis', ['Fase', 'Milepæl', 'Slutdato'], ['Start', 'Anlæg (afgræsning og', 'Maj 2025'], ['', 'Rekreative stier)', ''], 'Anlæg (afgræsning og Rekreative stier)'],
    ['a hyphenated word break', ['Fase', 'Milepæl', 'Slutdato'], ['Start', 'Forsøg med gede-', 'Maj 2025'], ['', 'afgræsning', ''], 'Forsøg med gede-afgræsning'],
    ['no sentence end, in a table where every row has a deadline', ['Fase', 'Milepæl', 'Slutdato'], ['Start', 'Høring af Naturstyrelsen –', 'Maj 2025'], ['', 'Vestjylland', ''], 'Høring af Naturstyrelsen – Vestjylland'],
  ])('joins a continuation line by %s', (_cue, header, first, second, title) => {
    const p = plan(header, first, second, ['', 'Næste milepæl', 'Juni 2025'])
    expect(p.rows.map((r) => r.title)).toEqual([title, 'Næste milepæl'])
    expect(p.rows[0]?.notes).toContain('merged-continuation')
  })

  it('joins across a blank line from a PDF copy, but never a line with its own deadline', () => {
    const joined = ['Fase\tMilepæl\tSlutdato', 'Start\tMøde med\tMaj 2025', '', '\tlodsejerne\t'].join('\n')
    expect(unwrap(importText(joined)).rows.map((r) => r.title)).toEqual(['Møde med lodsejerne'])
    const own = ['Fase\tMilepæl\tSlutdato', 'Start\tMøde med lodsejere,\tMaj 2025', '\tBevilling\tJuni 2025'].join('\n')
    expect(unwrap(importText(own)).rows.map((r) => r.title)).toEqual(['Møde med lodsejere,', 'Bevilling'])
  })
})

describe('the document year', () => {
  it.each([
    [['Sager på vej i 2025'], { iso: '2025-01-01', precision: 'year', text: '2025' }],
    [['Status pr. 1. marts 2021'], { iso: '2021-03-01', precision: 'day', text: '1. marts 2021' }],
    [['Opdateret 03.02.2024', 'Plan 2030'], { iso: '2024-02-03', precision: 'day', text: '03.02.2024' }],
    [['Bilag 1 – overblik over indsatser'], null],
  ])('%j → %j', (lines, date) => {
    expect(findDocumentDate(lines)).toEqual(date)
  })

  it('is read from the title above the table', () => {
    const p = unwrap(importText(['Sager på vej i 2025', tsv(['Sag', 'Afd.', 'Forventet fremsendt'], ['Ny skolestruktur', 'BUF', 'September'])].join('\n')))
    expect(p.documentDate?.iso).toBe('2025-01-01')
    const out = unwrap(toDrafts(p, { reference: p.documentDate!.iso, requireCategory: false }))
    expect(out.rows[0]?.deadline).toMatchObject({ kind: 'date', end: '2025-09-30' })
  })
})

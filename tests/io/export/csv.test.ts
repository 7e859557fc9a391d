import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import Papa from 'papaparse'
import { neutraliseFormula, toCsv } from '../../../src/io/export'
import { flagLabels, statusLabels } from '../../../src/strings/core'
import { bilagDocument, bilagRows, DEFAULT_COLUMNS, HARMLESS, INJECTIONS, initiative, injectionDocument, cols } from './fixture'

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' })
  expect(result.errors).toEqual([])
  return result.data
}

describe('toCsv', () => {
  const csv = toCsv(bilagDocument())

  it('writes a BOM, semicolons, CRLF and a header row of the column labels', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toHaveLength(20)
    expect(lines[0]).toBe(DEFAULT_COLUMNS.map((c) => c.label).join(';'))
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('round-trips all 19 Bilag rows, area on every row, Frist as ISO date', () => {
    const [header, ...data] = parse(csv)
    expect(header).toEqual(DEFAULT_COLUMNS.map((c) => c.label))
    expect(data).toHaveLength(19)
    data.forEach((fields, i) => {
      const row = bilagRows[i]!
      const d = row.deadline
      const i0 = row.initiative
      expect(fields).toEqual([
        i0.area, i0.category, i0.title, i0.method, i0.deadlineText,
        d.kind === 'none' ? '' : (d.end ?? ''),
        statusLabels[i0.status], i0.owner, flagLabels[row.flag],
      ])
    })
    expect(data[0]?.[5]).toBe('2021-05-31')
    expect(data[5]?.[5]).toBe('2021-04-15') // no readable date, set by hand
    expect(data[18]?.[5]).toBe('') // "Forslaget forelægges BUU …": no date
    expect(data[9]?.[5]).toBe('2021-01-01') // done, with a date
    expect(data[16]?.[5]).toBe('') // "Er implementeret"
    expect(data[1]?.[8]).toBe('Overskredet')
  })

  it('keeps æøå and quotes intact in the bytes', () => {
    expect(csv).toContain('Åse ""Bøje"" Østergaard')
    expect(csv).toContain('""God forvaltningsskik""')
    const bytes = new TextEncoder().encode(csv)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('writes only the chosen columns, in order', () => {
    const [header, first] = parse(toCsv(bilagDocument({ columns: cols('title', 'status', 'deadline') })))
    expect(header).toEqual(['Indsats', 'Status', 'Frist'])
    expect(first).toEqual([bilagRows[0]!.initiative.title, 'I gang', '2021-05-31'])
  })

  it('neutralises cells that start like a formula and leaves look-alikes alone', () => {
    const [, ...data] = parse(toCsv(injectionDocument()))
    INJECTIONS.forEach((text, i) => {
      expect(data[i]?.[0]).toBe(`'${text}`) // area
      expect(data[i]?.[2]).toBe(`'${text}`) // title
    })
    HARMLESS.forEach((text, i) => expect(data[INJECTIONS.length + i]?.[2]).toBe(text))
  })

  it('round-trips any text, neutralised exactly where it starts like a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (title, method) => {
        const row = { initiative: initiative({ order: 0, title, method }), deadline: { kind: 'none' } as const, flag: 'none' as const }
        const [, fields] = parse(toCsv(bilagDocument({ rows: [row], columns: cols('title', 'method') })))
        expect(fields).toEqual([neutraliseFormula(title), neutraliseFormula(method)])
      }),
      { numRuns: 1000 },
    )
  })
})

describe('neutraliseFormula', () => {
  it('prefixes an apostrophe exactly for =, +, -, @, tab and CR', () => {
    expect(['=', '+', '-', '@', '\t', '\r'].map((c) => neutraliseFormula(`${c}x`))).toEqual(
      ["'=x", "'+x", "'-x", "'@x", "'\tx", "'\rx"],
    )
    expect(neutraliseFormula('')).toBe('')
    expect(neutraliseFormula('– a. Indsatser')).toBe('– a. Indsatser')
    expect(neutraliseFormula('forældreinddragelse og -kommunikation')).toBe('forældreinddragelse og -kommunikation')
  })
})

describe('toCsv of a selection', () => {
  const selection = 'Kategori C · kun overskredne · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'

  it('says "Udsnit: …" on a first line of its own, before the header row', () => {
    const rows = bilagRows.filter((r) => r.initiative.category === 'C')
    const [first, header, ...data] = parse(toCsv(bilagDocument({ rows, selection })))
    expect(first).toEqual([`Udsnit: ${selection}`])
    expect(header).toEqual(DEFAULT_COLUMNS.map((c) => c.label))
    expect(data.map((fields) => fields[2])).toEqual(rows.map((r) => r.initiative.title))
  })

  it('quotes a search text holding the separator or quotes, so the line stays one field', () => {
    const odd = 'søgning "a;b" · opgjort pr. 1. marts 2021 · 1 af 19 indsatser'
    const [first, header] = parse(toCsv(bilagDocument({ selection: odd })))
    expect(first).toEqual([`Udsnit: ${odd}`])
    expect(header?.[0]).toBe('Indsatsområde')
  })

  it('leaves the whole overview starting with the header', () => {
    expect(toCsv(bilagDocument()).slice(1).split('\r\n')[0]).toBe(DEFAULT_COLUMNS.map((c) => c.label).join(';'))
  })
})

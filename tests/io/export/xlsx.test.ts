import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { sheetName, toXlsx } from '../../../src/io/export'
import { flagLabels, statusLabels } from '../../../src/strings/core'
import { textWidthEm } from '../../../src/domain/text-width'
import { bilagDocument, bilagRows, DEFAULT_COLUMNS, HARMLESS, INJECTIONS, injectionDocument, overview, cols } from './fixture'

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return wb
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined)

describe('toXlsx', async () => {
  const bytes = await toXlsx(bilagDocument())
  const wb = await read(bytes)
  const ws = wb.worksheets[0]!

  it('names the sheet after the title and sets the workbook properties', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Bilag 1 – overblik over…', 'Om oversigten'])
    expect(wb.title).toBe('Bilag 1 – overblik over indsatser')
    expect(wb.creator).toBe('Indsatsoverblik')
  })

  it('has a bold, frozen header row with an autofilter over the whole table', () => {
    const header = ws.getRow(1)
    expect(DEFAULT_COLUMNS.map((_, i) => header.getCell(i + 1).value)).toEqual(DEFAULT_COLUMNS.map((c) => c.label))
    expect(DEFAULT_COLUMNS.every((_, i) => header.getCell(i + 1).font?.bold)).toBe(true)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.autoFilter).toBe('A1:I20')
  })

  it('prints landscape on A4 with the header row repeated and "Side X af Y" in the footer', () => {
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: '1:1' })
    expect(ws.headerFooter.oddFooter).toBe('&CSide &P af &N')
  })

  it('writes every row with the area on each one, wrapped, with Danish status and flag', () => {
    expect(ws.rowCount).toBe(20)
    bilagRows.forEach((row, r) => {
      const values = ws.getRow(r + 2).values as unknown[]
      const i = row.initiative
      expect(values[1]).toBe(i.area)
      expect([values[2], values[3], values[4], values[5]]).toEqual([i.category, i.title, i.method, i.deadlineText])
      expect(values[7]).toBe(statusLabels[i.status])
      expect(values[8]).toBe(i.owner)
      expect(values[9] ?? '').toBe(flagLabels[row.flag])
    })
    expect(ws.getCell('D2').alignment).toMatchObject({ wrapText: true, vertical: 'top' })
  })

  it('sizes the columns by their content: every word whole, long texts wide, short codes narrow', () => {
    const widths = ws.columns.map((c) => c.width ?? 0)
    // Excel's unit is a "0" of Calibri 11 (7 px); 11 pt is 2.1 of them, plus about one of padding.
    const room = (text: string, bold = false) => textWidthEm(text, bold) * 2.1 + 1
    expect(widths[1]).toBeGreaterThanOrEqual(room('ABC', true))
    expect(widths[2]).toBeGreaterThanOrEqual(room('Dagtilbudsledelsesuddannelse'))
    expect(widths[4]).toBeGreaterThanOrEqual(room('(systemunderstøttelse)'))
    expect(widths[6]).toBeGreaterThanOrEqual(room('Implementeret'))
    expect(widths[8]).toBeGreaterThanOrEqual(room('Overskredet'))
    expect(widths[3]).toBeGreaterThan(widths[2]!) // Hvordan implementeres det holds the most text
    expect(widths[1]).toBeLessThan(widths[5]!)
    expect(widths.reduce((a, b) => a + b, 0)).toBe(220)
  })

  it('stores Frist as real date cells with a Danish date format, empty when there is no date', () => {
    const frist = ws.getCell('F2')
    expect(frist.type).toBe(ExcelJS.ValueType.Date)
    expect(frist.value).toEqual(new Date(Date.UTC(2021, 4, 31)))
    expect(frist.numFmt).toBe('d. mmm yyyy')
    expect(ws.getCell('F7').value).toEqual(new Date(Date.UTC(2021, 3, 15))) // set by hand
    expect(ws.getCell('F18').value).toBeNull() // "Er implementeret"
    expect(ws.getCell('F20').value).toBeNull() // "Forslaget forelægges BUU …": no date
    expect(ws.getCell('F11').value).toEqual(new Date(Date.UTC(2021, 0, 1)))
  })

  it('fills overdue rows light red and leaves the others alone', () => {
    const overdue = bilagRows.flatMap((row, r) => (row.flag === 'overdue' ? [r + 2] : []))
    expect(overdue.length).toBeGreaterThan(2)
    for (let r = 2; r <= 20; r++) {
      const fills = DEFAULT_COLUMNS.map((_, c) => fillOf(ws.getRow(r).getCell(c + 1)))
      expect(fills).toEqual(DEFAULT_COLUMNS.map(() => (overdue.includes(r) ? 'FFFFC7CE' : undefined)))
    }
  })

  it('puts the header block and the a/b/c legend on the second sheet', () => {
    const info = wb.getWorksheet('Om oversigten')!
    const rows = [1, 2, 3, 4, 5].map((r) => [info.getCell(r, 1).value, info.getCell(r, 2).value])
    expect(rows).toEqual([
      ['Oversigt', overview.title],
      ['Udvalg', 'Børne- og Ungdomsudvalget'],
      ['Sagsnr.', '2020-0781234'],
      ['Mødedato', new Date(Date.UTC(2021, 0, 20))],
      ['Opgjort pr.', new Date(Date.UTC(2021, 2, 1))],
    ])
    expect(info.getCell(4, 2).numFmt).toBe('d. mmmm yyyy')
    expect(info.getCell(7, 1).value).toBe('Kategorier')
    expect([8, 9, 10].map((r) => [info.getCell(r, 1).value, info.getCell(r, 2).value])).toEqual([
      ['a.', overview.legend.A],
      ['b.', overview.legend.B],
      ['c.', overview.legend.C],
    ])
  })

  it('stores formula-like texts as plain strings with the Text format, visible text unchanged', async () => {
    const doc = injectionDocument()
    const bytes = await toXlsx(doc)
    const sheet = (await read(bytes)).worksheets[0]!
    INJECTIONS.forEach((text, i) => {
      const cell = sheet.getCell(i + 2, 3)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      // Excel keeps line breaks as LF; a CR-led text is then no longer formula-like.
      expect(cell.value).toBe(text.replace(/\r/g, '\n'))
      expect(cell.numFmt).toBe(text.startsWith('\r') ? undefined : '@')
    })
    HARMLESS.forEach((text, i) => expect(sheet.getCell(INJECTIONS.length + i + 2, 3).value).toBe(text))
    const zip = await JSZip.loadAsync(bytes)
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
    expect(xml).not.toMatch(/<f[ >]/)
  })

  it('writes only the chosen columns, an empty table and a one-column table', async () => {
    const one = (await read(await toXlsx(bilagDocument({ columns: cols('title') })))).worksheets[0]!
    expect(one.getCell('A1').value).toBe('Indsats')
    expect(one.autoFilter).toBe('A1:A20')
    const empty = (await read(await toXlsx(bilagDocument({ rows: [] })))).worksheets[0]!
    expect(empty.rowCount).toBe(1)
    expect(empty.autoFilter).toBe('A1:I1')
  })
})

describe('toXlsx of a selection', async () => {
  const selection = 'Kategori C · kun overskredne · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'
  const rows = bilagRows.filter((r) => r.initiative.category === 'C')
  const wb = await read(await toXlsx(bilagDocument({ rows, selection })))
  const ws = wb.worksheets[0]!

  it('says "Udsnit: …" in the first row, above a header that stays frozen and filterable', () => {
    expect(ws.getCell('A1').value).toBe(`Udsnit: ${selection}`)
    expect(ws.getCell('A1').font?.bold).toBe(true)
    expect(ws.getCell('B1').value).toBeNull()
    expect(DEFAULT_COLUMNS.map((_, i) => ws.getRow(2).getCell(i + 1).value)).toEqual(DEFAULT_COLUMNS.map((c) => c.label))
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(ws.autoFilter).toBe(`A2:I${2 + rows.length}`)
    expect(ws.pageSetup.printTitlesRow).toBe('1:2')
    expect(ws.getCell('C3').value).toBe(rows[0]!.initiative.title)
  })

  it('says it on the info sheet too', () => {
    const info = wb.getWorksheet('Om oversigten')!
    expect([info.getCell(6, 1).value, info.getCell(6, 2).value]).toEqual(['Udsnit', selection])
  })
})

describe('sheetName', () => {
  it.each([
    ['Bilag 1 – overblik over indsatser', 'Bilag 1 – overblik over…'],
    ['Børne- og Ungdomsudvalget – status på handleplan 2021', 'Børne- og Ungdomsudvalget…'],
    ['Tilsyn, forældreinddragelse og børn med særlige behov', 'Tilsyn, forældreinddragelse og…'],
    ['Kvalitetsrapport og opfølgning: dagtilbud og skoler', 'Kvalitetsrapport og opfølgning…'],
    ['Styrket administrativ praksis', 'Styrket administrativ praksis'],
    ['Bilag 2 – overblik over indsatsern', 'Bilag 2 – overblik over…'],
    ['Central understøttelse af lederne 2021', 'Central understøttelse af…'],
    ['Dagtilbudsledelsesuddannelsesforløbsplanlægning', 'Dagtilbudsledelsesuddannelsesf…'],
  ])('shortens %j at a word boundary: %j', (title, expected) => {
    const name = sheetName(title)
    expect(name).toBe(expected)
    expect(Array.from(name).length).toBeLessThanOrEqual(31)
  })

  it('adds "…" only when it fits: a first word of exactly 31 characters stays whole', () => {
    const word = 'x'.repeat(31)
    expect(sheetName(`${word} og mere`)).toBe(word)
  })

  it('keeps at most 31 characters and replaces the ones Excel refuses', () => {
    expect(sheetName('Plan 2021/22: [udkast]*?')).toBe('Plan 2021-22 udkast')
    expect(sheetName('a\\b')).toBe('a-b')
    expect(sheetName("'citat'")).toBe('citat')
  })
  it('never returns an empty, reserved or clashing name', () => {
    expect(sheetName('')).toBe('Indsatser')
    expect(sheetName('[]:*?')).toBe('Indsatser')
    expect(sheetName('History')).toBe('Indsatser')
    expect(sheetName('Om oversigten')).toBe('Indsatser')
  })
  it('does not split a character made of two UTF-16 units', () => {
    expect(Array.from(sheetName('x'.repeat(30) + '😀😀'))).toHaveLength(31)
  })
})

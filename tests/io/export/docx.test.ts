import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { formatDeadline } from '../../../src/domain/deadline'
import { toDocx } from '../../../src/io/export'
import { TEXT_WIDTH } from '../../../src/io/export/docx'
import { textWidthEm, unbreakablePieces } from '../../../src/domain/text-width'
import { bilagDocument, bilagRows, DEFAULT_COLUMNS, overview } from './fixture'

interface Parts { document: string; footer: string }

async function unzip(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes)
  const document = await zip.file('word/document.xml')!.async('string')
  const footers = zip.file(/^word\/footer\d*\.xml$/)
  expect(footers).toHaveLength(1)
  return { document, footer: await footers[0]!.async('string') }
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The text of each paragraph, runs joined, tabs as "\t". */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : decode(m[1]))).join(''),
  )
}

const rowsOf = (xml: string) => [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([r]) => r)
const count = (xml: string, needle: string) => xml.split(needle).length - 1

describe('toDocx', async () => {
  const { document, footer } = await unzip(await toDocx(bilagDocument()))
  const texts = paragraphTexts(document)

  it('is A4 landscape', () => {
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
  })

  it('starts with the title as a heading, the header line and the a/b/c legend', () => {
    expect(document).toContain('<w:pStyle w:val="Heading1"/>')
    expect(texts.slice(0, 5)).toEqual([
      overview.title,
      'Udvalg: Børne- og Ungdomsudvalget · Sagsnr.: 2020-0781234 · Mødedato: 20. januar 2021 · Opgjort pr. 1. marts 2021',
      `a.\t${overview.legend.A}`,
      `b.\t${overview.legend.B}`,
      `c.\t${overview.legend.C}`,
    ])
  })

  it('repeats a header row of the column labels on every page', () => {
    const [header, ...body] = rowsOf(document)
    expect(header).toContain('<w:tblHeader/>')
    expect(paragraphTexts(header!)).toEqual(DEFAULT_COLUMNS.map((c) => c.label))
    expect(body.some((r) => r.includes('<w:tblHeader/>'))).toBe(false)
  })

  it('keeps every row whole across page breaks', () => {
    const rows = rowsOf(document)
    expect(rows).toHaveLength(20)
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true)
  })

  it('has columns that fill the landscape text width exactly', () => {
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    expect(grid).toHaveLength(9)
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH)
    expect(document).toContain('<w:tblLayout w:type="fixed"/>')
  })

  it('sizes the columns by their words at 9 pt: short words whole, the longest compounds left to hyphenation', () => {
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    // Twips: 180 to the em at 9 pt, 130 for the side margins and a border.
    const room = (texts: string[], bold = false) => Math.max(...texts.flatMap(unbreakablePieces).map((w) => textWidthEm(w, bold))) * 180 + 130
    const column = (id: string) => grid[DEFAULT_COLUMNS.findIndex((c) => c.id === id)]!
    expect(column('category')).toBeGreaterThanOrEqual(room(['ABC'], true))
    expect(column('flag')).toBeGreaterThanOrEqual(room(['Overskredet'], true))
    expect(column('status')).toBeGreaterThanOrEqual(room(['Implementeret', 'Ikke påbegyndt']))
    expect(column('deadline')).toBeGreaterThanOrEqual(room(bilagRows.map((r) => formatDeadline(r.deadline))))
    expect(column('owner')).toBeGreaterThanOrEqual(room(bilagRows.map((r) => r.initiative.owner)))
    expect(column('area')).toBeGreaterThanOrEqual(room(bilagRows.map((r) => r.initiative.area)))
    // The Bilag's words need a hair more than the page holds: the widest gives way, by less than Arial is narrower than the estimate.
    expect(column('title')).toBeGreaterThanOrEqual(0.98 * room(bilagRows.map((r) => r.initiative.title)))
    expect(column('method')).toBeGreaterThanOrEqual(room(bilagRows.map((r) => r.initiative.method)))
    // Long texts get the room, not the codes.
    expect(column('method')).toBeGreaterThan(column('deadline'))
    expect(column('title')).toBeGreaterThan(column('category') * 3)
  })

  it('turns on Word’s own Danish hyphenation', async () => {
    const zip = await JSZip.loadAsync(await toDocx(bilagDocument()))
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:autoHyphenation/>')
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:val="da-DK"')
  })

  it('says "Udsnit: …" in bold under the header line when the view was filtered, and not otherwise', async () => {
    const selection = 'Kategori C · kun overskredne · opgjort pr. 1. marts 2021 · 4 af 19 indsatser'
    const { document: filtered } = await unzip(await toDocx(bilagDocument({ selection })))
    const lines = paragraphTexts(filtered)
    expect(lines.slice(1, 4)).toEqual([texts[1], `Udsnit: ${selection}`, `a.\t${overview.legend.A}`])
    expect(filtered).toMatch(/<w:b\/>[\s\S]{0,200}Udsnit: /)
    expect(texts.some((t) => t.startsWith('Udsnit'))).toBe(false)
  })

  it('merges the area cells of each group vertically', () => {
    expect(count(document, '<w:vMerge w:val="restart"/>')).toBe(3)
    expect(count(document, '<w:vMerge w:val="continue"/>')).toBe(16)
    const body = rowsOf(document).slice(1)
    const restarts = body.flatMap((r, i) => (r.includes('w:val="restart"') ? [i] : []))
    expect(restarts).toEqual([0, 9, 17])
    expect(paragraphTexts(body[9]!)[0]).toBe('Central understøttelse')
  })

  it('writes every cell text, Frist in plain Danish and flags as words', () => {
    const body = rowsOf(document).slice(1)
    bilagRows.forEach((row, r) => {
      const cells = paragraphTexts(body[r]!)
      const i = row.initiative
      expect(cells.slice(1)).toEqual([
        i.category, i.title, i.method, i.deadlineText, formatDeadline(row.deadline),
        ['Ikke påbegyndt', 'I gang', 'Implementeret'][['not-started', 'in-progress', 'implemented'].indexOf(i.status)],
        i.owner, { overdue: 'Overskredet', 'due-soon': 'Snart', 'no-date': 'Ingen dato', none: '' }[row.flag],
      ])
    })
    expect(texts).toContain('Åse "Bøje" Østergaard')
    expect(paragraphTexts(body[0]!)[5]).toBe('april–maj 2021')
    expect(paragraphTexts(body[5]!)[5]).toBe('15. april 2021') // set by hand
    expect(paragraphTexts(body[15]!)[5]).toBe('3. kvartal 2021')
  })

  it('has "Side X af Y" with PAGE and NUMPAGES fields in the footer', () => {
    expect(paragraphTexts(footer)).toEqual(['Side  af '])
    expect(footer).toMatch(/Side <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]* af <\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/)
  })

  it('uses a sans font and a light grey header fill', async () => {
    const styles = await (await JSZip.loadAsync(await toDocx(bilagDocument()))).file('word/styles.xml')!.async('string')
    expect(styles).toContain('w:ascii="Arial"')
    expect(rowsOf(document)[0]).toContain('w:fill="D9D9D9"')
  })

  it('writes the area on every row when not grouped', async () => {
    const { document } = await unzip(await toDocx(bilagDocument({ grouped: false })))
    expect(document).not.toContain('<w:vMerge')
    const firstCells = rowsOf(document).slice(1).map((r) => paragraphTexts(r)[0])
    expect(firstCells).toEqual(bilagRows.map((r) => r.initiative.area))
  })

  it('shows groups as full-width heading rows when the area column is hidden', async () => {
    const columns = DEFAULT_COLUMNS.filter((c) => c.id !== 'area')
    const { document } = await unzip(await toDocx(bilagDocument({ columns })))
    const rows = rowsOf(document)
    expect(rows).toHaveLength(1 + 3 + 19)
    const headings = rows.filter((r) => r.includes('<w:gridSpan w:val="8"/>'))
    expect(headings.map((r) => paragraphTexts(r))).toEqual([
      ['Tilsyn, forældreinddragelse og børn med særlige behov'],
      ['Central understøttelse'],
      ['Styrket administrativ praksis'],
    ])
    expect(headings.every((r) => r.includes('<w:keepNext/>'))).toBe(true)
  })

  it('turns line breaks into paragraphs and leaves out an empty header part and legend line', async () => {
    const doc = bilagDocument({
      overview: { ...overview, committee: '', caseNumber: '', meetingDate: '', legend: { A: 'Kun a', B: '', C: ' ' } },
      rows: [{ ...bilagRows[0]!, initiative: { ...bilagRows[0]!.initiative, method: 'Linje 1\nLinje 2\r\nLinje 3' } }],
    })
    const texts = paragraphTexts((await unzip(await toDocx(doc))).document)
    expect(texts.slice(1, 3)).toEqual(['Opgjort pr. 1. marts 2021', 'a.\tKun a'])
    expect(texts).toEqual(expect.arrayContaining(['Linje 1', 'Linje 2', 'Linje 3']))
  })
})

// The geometry → grid rules of a PDF's table (src/io/import/pdf-layout.ts), on pages of
// positioned text built here, without pdf.js: columns, rows, merged cells, pages, the
// text above the table, running headers and page numbers.
import { describe, expect, it } from 'vitest'
import { joinLines, layoutTable, type PdfPage, type PdfRule, type PdfTextItem } from '../../../src/io/import/pdf-layout'
import { unwrap } from './helpers'

const SIZE = 10
const LEADING = 12
/** An item as pdf.js gives it; its width as if every character were half the font size wide. */
const item = (text: string, x: number, y: number, size = SIZE): PdfTextItem => ({ text, x, y, width: text.length * size * 0.5, size })
const page = (items: PdfTextItem[], rules: PdfRule[] = []): PdfPage => ({ width: 595, height: 842, items, rules })

interface TableSpec {
  /** Left edge of each column, then the table's right edge. */
  edges: number[]
  top: number
  /** Each row: per column the cell's lines ([] for empty). */
  rows: string[][][]
  ruled?: boolean
  /** Column whose cell is merged down over rows [from, to] (inclusive), text centred. */
  merged?: { column: number; from: number; to: number; lines: string[] }
}

/** Items (and rulings) of a table laid out as Writer does: text 2 pt inside each cell, top-aligned. */
function table({ edges, top, rows, ruled = false, merged }: TableSpec): { items: PdfTextItem[]; rules: PdfRule[]; bottom: number } {
  const items: PdfTextItem[] = []
  const rules: PdfRule[] = []
  const right = edges.at(-1) ?? 0
  let y = top
  const rowTops: number[] = []
  rows.forEach((cells, r) => {
    rowTops.push(y)
    const height = Math.max(1, ...cells.map((lines) => lines.length)) * LEADING + 4
    cells.forEach((lines, c) => lines.forEach((text, l) => items.push(item(text, (edges[c] ?? 0) + 2, y + 2 + SIZE + l * LEADING))))
    if (ruled) {
      // The top border of this row, left out where a merged cell continues from the row above.
      for (let c = 0; c < edges.length - 1; c++) {
        const inside = merged && merged.column === c && r > merged.from && r <= merged.to
        if (!inside) rules.push({ x1: edges[c] ?? 0, y1: y, x2: edges[c + 1] ?? 0, y2: y })
      }
    }
    y += height
  })
  rowTops.push(y)
  if (merged) {
    const from = rowTops[merged.from] ?? 0
    const to = rowTops[merged.to + 1] ?? 0
    const start = (from + to) / 2 - (merged.lines.length * LEADING) / 2
    merged.lines.forEach((text, l) => items.push(item(text, (edges[merged.column] ?? 0) + 2, start + SIZE + l * LEADING)))
  }
  if (ruled) {
    rules.push({ x1: edges[0] ?? 0, y1: y, x2: right, y2: y })
    for (const x of edges) rules.push({ x1: x, y1: top, x2: x, y2: y })
  }
  return { items, rules, bottom: y }
}

const EDGES = [50, 160, 190, 330, 470, 545]
const HEADER = [['Område'], ['ABC'], ['Indsats'], ['Hvordan'], ['Frist']]

describe('columns and rows without rulings', () => {
  it('takes columns from shared left edges and starts a row where the anchor column does', () => {
    const { items } = table({
      edges: EDGES,
      top: 100,
      rows: [
        HEADER,
        [['Tilsyn og', 'forældre'], ['A'], ['Systematisk', 'inddragelse'], ['Forvaltningen vil', 'i samarbejde', 'med KFO'], ['April/maj 2021']],
        [[], ['B'], ['Uvildighed i tilsyn'], ['En model for tilsyn'], ['Sommer 2021']],
        [['Central'], ['A'], ['Ny HR-Enhed'], ['Samling af HR'], ['1. januar', '2021']],
      ],
    })
    const grid = unwrap(layoutTable([page(items)]))
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ['Område', 'ABC', 'Indsats', 'Hvordan', 'Frist'],
      ['Tilsyn og forældre', 'A', 'Systematisk inddragelse', 'Forvaltningen vil i samarbejde med KFO', 'April/maj 2021'],
      ['', 'B', 'Uvildighed i tilsyn', 'En model for tilsyn', 'Sommer 2021'],
      ['Central', 'A', 'Ny HR-Enhed', 'Samling af HR', '1. januar 2021'],
    ])
  })

  it('joins a bold word (an item of its own) into its cell, and keeps a header centred in its cell in its column', () => {
    const { items } = table({ edges: EDGES, top: 100, rows: [[['Område'], ['ABC'], [], ['Hvordan'], ['Frist']], [['Tilsyn'], ['A'], ['Ny'], ['Plan'], ['Maj']], [['Skole'], ['B'], ['To'], ['Møde,'], ['Juni']]] })
    // Rows are 16 pt high from y = 100: baselines at 112, 128 and 144. "Indsats" is centred
    // over its column; "vigtig" is bold, right after "Meget " on the next line of a cell.
    items.push(item('Indsats', 245, 112), item('Meget ', 332, 144 + LEADING), item('vigtig', 362, 144 + LEADING))
    const rows = unwrap(layoutTable([page(items)])).rows.map((r) => r.cells)
    expect(rows).toEqual([
      ['Område', 'ABC', 'Indsats', 'Hvordan', 'Frist'],
      ['Tilsyn', 'A', 'Ny', 'Plan', 'Maj'],
      ['Skole', 'B', 'To', 'Møde, Meget vigtig', 'Juni'],
    ])
  })

  it('cuts an item that runs from one cell into the next (cells without padding touch)', () => {
    const { items } = table({ edges: EDGES, top: 100, rows: [HEADER, [['Ledelse'], ['C'], [], [], ['20. januar 2021']], [['Drift'], ['A'], ['Plan'], ['Møde'], ['Maj']]] })
    // pdf.js gives one item when the next cell's text begins where the last one ended.
    // The first cell's 21 characters fill its column (192 → 330): 138/21 points each.
    const text = 'DagtilbudsuddannelserSe særskilt sag'
    items.push({ ...item(text, 192, 128), width: (text.length * 138) / 21 })
    const row = unwrap(layoutTable([page(items)])).rows[1]?.cells
    expect(row).toEqual(['Ledelse', 'C', 'Dagtilbudsuddannelser', 'Se særskilt sag', '20. januar 2021'])
  })
})

describe('rows from rulings', () => {
  it('one row per band; a merged, vertically centred cell is copied down and flagged', () => {
    const { items, rules } = table({
      edges: [50, 150, 450, 545],
      top: 100,
      ruled: true,
      rows: [[['Fase'], ['Milepæle'], ['Slutdato']], [[], ['Milepæl 1: Møde'], ['2006']], [[], ['Milepæl 2: Bevilling', 'meddelt'], ['25. april', '2007']], [[], ['Milepæl 3'], ['Febr. 2009']], [['Anlæg'], ['Milepæl 4'], ['2010']]],
      merged: { column: 0, from: 1, to: 3, lines: ['Forberedelse'] },
    })
    const grid = unwrap(layoutTable([page(items, rules)]))
    expect(grid.rows).toEqual([
      { cells: ['Fase', 'Milepæle', 'Slutdato'] },
      { cells: ['Forberedelse', 'Milepæl 1: Møde', '2006'] },
      { cells: ['Forberedelse', 'Milepæl 2: Bevilling meddelt', '25. april 2007'], spanned: [0] },
      { cells: ['Forberedelse', 'Milepæl 3', 'Febr. 2009'], spanned: [0] },
      { cells: ['Anlæg', 'Milepæl 4', '2010'] },
    ])
  })

  it('a lone number inside a ruled cell is the table\'s, not a page number', () => {
    const { items, rules } = table({ edges: [50, 150, 450, 545], top: 100, ruled: true, rows: [[['Fase'], ['Milepæle'], ['Slutdato']], [['Start'], ['Møde'], ['marts 2008 –', 'dec.', '2011']], [['Slut'], ['Høring'], ['2012']]] })
    expect(unwrap(layoutTable([page(items, rules)])).rows.at(-2)?.cells).toEqual(['Start', 'Møde', 'marts 2008 – dec. 2011'])
    expect(unwrap(layoutTable([page(items, rules)])).rows.at(-1)?.cells).toEqual(['Slut', 'Høring', '2012'])
  })
})

describe('pages and the text above the table', () => {
  /** A page with a running header, a footer "Side n af m", and a table part. */
  function pageWith(n: number, of: number, rows: string[][][], above: PdfTextItem[] = []): PdfPage {
    const { items, rules } = table({ edges: [50, 150, 450, 545], top: 150, ruled: true, rows: [[['Fase'], ['Milepæle'], ['Slutdato']], ...rows] })
    return page([item('Udvalget for Teknik – bilag', 50, 40, 8), ...above, ...items, item(`Side ${n} af ${of}`, 270, 800, 8)], rules)
  }

  it('joins the pages into one table without the running header and footer; the header row repeats for the importer to drop', () => {
    const above = [item('Handleplan for', 50, 80, 16), item('dagtilbud', 50, 98, 16), item('Status pr. 1. marts 2021', 50, 120), item('a) Indsatser der er', 50, 132), item('igangsat', 50, 144)]
    const pages = [
      pageWith(1, 2, [[['Start'], ['Møde'], ['Maj 2021']], [['Start'], ['Høring'], ['Juni 2021']]], above),
      pageWith(2, 2, [[['Slut'], ['Anlæg'], ['2022']], [['Slut'], ['Indvielse'], ['2023']]]),
    ]
    const grid = unwrap(layoutTable(pages))
    expect(grid.preamble).toEqual(['Handleplan for dagtilbud', 'Status pr. 1. marts 2021', 'a) Indsatser der er igangsat'])
    expect(grid.rows.map((r) => r.cells[1])).toEqual(['Milepæle', 'Møde', 'Høring', 'Milepæle', 'Anlæg', 'Indvielse'])
    expect(JSON.stringify(grid)).not.toMatch(/Udvalget for Teknik|Side \d/)
  })

  it('a page number set apart at the foot of a single page goes; text below a table stays', () => {
    const { items, rules } = table({ edges: [50, 150, 450, 545], top: 100, ruled: true, rows: [[['Fase'], ['Milepæle'], ['Slutdato']], [['Start'], ['Møde'], ['Maj']], [['Slut'], ['Høring'], ['Juni']]] })
    const grid = unwrap(layoutTable([page([...items, item('* Fasen er forlænget', 50, 200), item('3', 297, 810)], rules)]))
    expect(grid.rows.at(-1)?.cells).toEqual(['* Fasen er forlænget'])
    expect(JSON.stringify(grid.rows)).not.toContain('"3"')
  })

  it('a page of prose without a table, and a page without text, are no table', () => {
    expect(layoutTable([page([item('Kære udvalg', 50, 100), item('Hermed status.', 50, 112)])])).toMatchObject({ ok: false, code: 'no-table' })
    expect(layoutTable([page([])])).toMatchObject({ ok: false, code: 'no-table' })
  })
})

describe('a cell broken over lines', () => {
  it.each([
    [['Corona-', 'restriktioner'], 'Corona-restriktioner'],
    [['udviklings-', 'og implementeringsopgaver'], 'udviklings- og implementeringsopgaver'],
    [['forældreinddragelse og -', 'kommunikation'], 'forældreinddragelse og -kommunikation'],
    [['2. -', '3. kvartal 2019'], '2. - 3. kvartal 2019'],
    [['Forvaltningen vil', 'i samarbejde'], 'Forvaltningen vil i samarbejde'],
    [['Nov. 2009-apr.', '2010'], 'Nov. 2009-apr. 2010'],
    [['', 'alene'], 'alene'],
  ])('%j → %s', (parts, joined) => {
    expect(joinLines(parts)).toBe(joined)
  })
})

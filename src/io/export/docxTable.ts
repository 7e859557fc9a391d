/**
 * The table of the Word export, written straight into docx's in-memory XML form.
 *
 * Why not docx's Table/TableRow/TableCell: at 10,000 rows (90,000 cells) building and
 * serialising that component tree took ~5 s in Node, most of it in docx's generic
 * per-component work (prepForXml, option spreading) and the garbage it leaves. Here each
 * cell is a handful of plain objects in the same form docx's components produce
 * (`{ "w:tc": [{ _attr }, …children] }`), and the per-column cell properties are shared by
 * every row. docx still serialises and escapes the text, so the output is the same XML.
 * The element order inside tblPr/trPr/tcPr follows the WordprocessingML schema.
 */
import type * as Docx from 'docx'
import type { ColumnSpec } from '../../domain/columns/registry'
import { cellText, groupStarts } from './shared'
import { exportColumnWidths } from './column-layout'
import type { ExportDocument, ExportRow } from './types'

/** docx's serialisable XML object: element name → attributes and children. */
export type Xml = Record<string, unknown>
type Attrs = Record<string, string | number>

const HEADER_FILL = 'D9D9D9'
const GROUP_FILL = 'F2F2F2'
const BORDER: Attrs = { 'w:val': 'single', 'w:sz': 4, 'w:color': '808080' }
/**
 * Cell padding in twips: 2 pt above and below, 3 pt at the sides — a dense table, so the
 * Bilag's long words (forældreinddragelse, Dagtilbudsledelsesuddannelse) fit their columns.
 */
const CELL_MARGINS = { top: 40, left: 60, bottom: 40, right: 60 }
/** The body text size in twips (9 pt), the unit the width rule counts in. */
export const BODY_EM_TWIPS = 180
/** What a column needs beside its words: the side margins and one 0.5 pt border (10 twips). */
const CELL_SIDES = CELL_MARGINS.left + CELL_MARGINS.right + 10

/** The table as a block docx can place in a section. */
export function buildTable(d: typeof Docx, doc: ExportDocument, textWidth: number): Docx.FileChild {
  const xml = tableXml(doc, textWidth)
  class PrebuiltTable extends d.FileChild {
    constructor() {
      super('w:tbl')
    }
    override prepForXml(): Docx.IXmlableObject {
      return xml
    }
  }
  return new PrebuiltTable()
}

export function tableXml(doc: ExportDocument, textWidth: number): Xml {
  const { columns } = doc
  const mergeArea = doc.grouped && columns.some((c) => c.id === 'area')
  // Each column as wide as its widest word at 9 pt (so Word never breaks one), the rest by how much text it holds.
  const widths = exportColumnWidths(doc, columns, { total: textWidth, em: BODY_EM_TWIPS, padding: CELL_SIDES }, { deadline: 'words', areaOncePerGroup: mergeArea, boldFlag: true })
  const width = (w: number) => el('w:tcW', { 'w:type': 'dxa', 'w:w': w })
  // Shared by every body row: docx only reads these objects.
  const plain = widths.map((w) => el('w:tcPr', undefined, [width(w)]))
  const restart = widths.map((w) => el('w:tcPr', undefined, [width(w), el('w:vMerge', { 'w:val': 'restart' })]))
  const merged = widths.map((w) => el('w:tcPr', undefined, [width(w), el('w:vMerge', { 'w:val': 'continue' })]))
  const rowPr = el('w:trPr', undefined, [el('w:cantSplit')])

  const header = el('w:tr', undefined, [
    // cantSplit keeps a row whole on one page; tblHeader repeats the row on every page.
    el('w:trPr', undefined, [el('w:cantSplit'), el('w:tblHeader')]),
    ...columns.map((c, i) =>
      el('w:tc', undefined, [el('w:tcPr', undefined, [width(widths[i] ?? 0), shading(HEADER_FILL)]), paragraph(c.label, true)]),
    ),
  ])

  const starts = groupStarts(doc.rows)
  const groupRows = doc.grouped && !mergeArea && columns.length > 0
  const rows: Xml[] = [header]
  doc.rows.forEach((row, r) => {
    const start = starts[r] ?? true
    // Area column hidden: a grouped view still shows its groups, as a full-width heading row.
    if (groupRows && start) rows.push(groupHeading(row.initiative.area, columns.length, textWidth))
    const cells = columns.map((column, i) => {
      if (column.id === 'area' && mergeArea) {
        return start
          ? el('w:tc', undefined, [restart[i]!, ...paragraphs(row.initiative.area)])
          : el('w:tc', undefined, [merged[i]!, paragraph('')])
      }
      return el('w:tc', undefined, [plain[i]!, ...paragraphs(text(row, column), column.id === 'flag' && row.flag === 'overdue')])
    })
    rows.push(el('w:tr', undefined, [rowPr, ...cells]))
  })

  return el('w:tbl', undefined, [
    el('w:tblPr', undefined, [
      el('w:tblW', { 'w:type': 'dxa', 'w:w': textWidth }),
      el('w:tblBorders', undefined, ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((b) => el(b, BORDER))),
      // Fixed layout: Word uses the widths as given instead of measuring every cell.
      el('w:tblLayout', { 'w:type': 'fixed' }),
      el('w:tblCellMar', undefined, Object.entries(CELL_MARGINS).map(([side, w]) => el(`w:${side}`, { 'w:type': 'dxa', 'w:w': w }))),
    ]),
    el('w:tblGrid', undefined, widths.map((w) => el('w:gridCol', { 'w:w': w }))),
    ...rows,
  ])
}

/** Word writes every cell as the reader reads it: Frist in words, numbers and dates the Danish way. */
const text = (row: ExportRow, column: ColumnSpec): string => cellText(row, column)

function groupHeading(area: string, span: number, width: number): Xml {
  const tcPr = el('w:tcPr', undefined, [el('w:tcW', { 'w:type': 'dxa', 'w:w': width }), el('w:gridSpan', { 'w:val': span }), shading(GROUP_FILL)])
  // keepNext keeps the heading on the page of its first row.
  const p = el('w:p', undefined, [el('w:pPr', undefined, [el('w:keepNext')]), ...run(area, true)])
  return el('w:tr', undefined, [el('w:trPr', undefined, [el('w:cantSplit')]), el('w:tc', undefined, [tcPr, p])])
}

const shading = (fill: string) => el('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': fill })

/** Line breaks in a text become paragraphs, as Word users would type them. */
function paragraphs(value: string, bold = false): Xml[] {
  if (!/[\r\n]/.test(value)) return [paragraph(value, bold)] // the common case, without a split
  return value.split(/\r\n|\r|\n/).map((line) => paragraph(line, bold))
}

function paragraph(value: string, bold = false): Xml {
  return el('w:p', undefined, run(value, bold))
}

const PRESERVE = { _attr: { 'xml:space': 'preserve' } }

function run(value: string, bold: boolean): Xml[] {
  if (!value) return []
  const t = { 'w:t': [PRESERVE, value] }
  return [el('w:r', undefined, bold ? [el('w:rPr', undefined, [el('w:b'), el('w:bCs')]), t] : [t])]
}

/** `<name attrs…>children</name>`, or self-closing without children. */
function el(name: string, attrs?: Attrs, children: readonly unknown[] = []): Xml {
  if (children.length === 0) return { [name]: attrs ? { _attr: attrs } : {} }
  return { [name]: attrs ? [{ _attr: attrs }, ...children] : children }
}

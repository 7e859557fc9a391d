/**
 * Excel export: the table on the first sheet (one row per initiative, area on every row so
 * Excel's own filter and sort work), the header block and legend on "Om oversigten".
 * exceljs is loaded on demand so it never enters the first bundle.
 */
import type * as ExcelJSModule from 'exceljs'
import type { Workbook, Cell } from 'exceljs'
import { appName } from '../../strings/core'
import {
  excelDateFormat, exportHeaderLabels, infoSheetName, legendHeading, legendPrefix,
  pageFooterTemplate, selectionText,
} from '../../strings/export'
import { CATEGORIES } from '../../domain/model'
import { columnNeeds, distributeWidths, minimumWidths } from '../../domain/column-widths'
import { isoToUtcDate, startsLikeFormula } from './shared'
import { XLSX_VALUE } from './column-values'
import { exportColumnContents } from './column-layout'
import { selectionLine } from './selection'
import { sheetName } from './sheet-name'
import type { ExportDocument } from './types'


/**
 * Column widths in Excel's unit, the width of a "0" in the default font (Calibri 11: 7 px).
 * One em of 11 pt text is about 2.1 such characters; a cell has about one of padding. The
 * table is laid out over 220 of them (a wide screen's worth), or wider when its words need it.
 */
const EXCEL_LAYOUT = { em: 2.1, padding: 1 }
const EXCEL_TABLE_WIDTH = 220
const HEADER_FILL = 'FFD9D9D9'
/** Excel's own "light red fill" for conditional formatting, familiar to users. */
const OVERDUE_FILL = 'FFFFC7CE'
const LONG_DATE = 'd. mmmm yyyy'

export async function toXlsx(doc: ExportDocument): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs()
  const wb = new ExcelJS.Workbook()
  wb.creator = appName
  wb.lastModifiedBy = appName
  wb.title = doc.overview.title
  wb.subject = doc.overview.committee
  // Fixed instead of "now" so the workbook is a function of its input.
  wb.created = wb.modified = isoToUtcDate(doc.asOf)
  addTableSheet(wb, doc)
  addInfoSheet(wb, doc)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/**
 * The table, with Excel's own filter and frozen header. A selection ("udsnit") says so in
 * the first row, above the header: the header row stays whole, filterable and frozen.
 */
function addTableSheet(wb: Workbook, doc: ExportDocument): void {
  const headerRow = doc.selection ? 2 : 1
  const ws = wb.addWorksheet(sheetName(doc.overview.title), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: {
      orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${headerRow}`,
    },
    headerFooter: { oddFooter: `&C${pageFooterTemplate.replace('{current}', '&P').replace('{total}', '&N')}` },
  })
  const widths = columnWidths(doc)
  ws.columns = doc.columns.map((column, i) => ({
    key: column.id,
    width: widths[i],
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }))
  if (doc.selection) {
    // Not wrapped: the line runs on over the empty cells beside it instead of making the row tall.
    const cell = ws.addRow([selectionLine(doc.selection)]).getCell(1)
    cell.font = { bold: true }
    cell.alignment = { wrapText: false, vertical: 'top' }
  }
  const header = ws.addRow(doc.columns.map((column) => column.label))
  header.eachCell((cell) => {
    cell.font = { bold: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
    cell.border = { bottom: { style: 'thin' } }
  })

  for (const row of doc.rows) {
    const cells = doc.columns.map((column) => XLSX_VALUE[column.kind](row, column))
    const added = ws.addRow(cells.map((cell) => (cell.kind === 'text' ? excelText(cell.value) : cell.value)))
    cells.forEach((value, index) => {
      const cell = added.getCell(index + 1)
      if (value.kind === 'date') cell.numFmt = excelDateFormat
      else if (value.kind === 'text') protectText(cell)
      if (row.flag === 'overdue') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OVERDUE_FILL } }
    })
  }
  if (doc.columns.length > 0) {
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + doc.rows.length, column: doc.columns.length } }
  }
}

/** The same rule as Word and print, in Excel's units; Excel grows wider rather than squeeze a word. */
function columnWidths(doc: ExportDocument): number[] {
  const needs = columnNeeds(exportColumnContents(doc, doc.columns, { deadline: 'date' }))
  const minimum = minimumWidths(needs, EXCEL_LAYOUT).reduce((a, b) => a + b, 0)
  return distributeWidths(needs, { ...EXCEL_LAYOUT, total: Math.max(EXCEL_TABLE_WIDTH, minimum) })
}

function addInfoSheet(wb: Workbook, doc: ExportDocument): void {
  const { overview } = doc
  const ws = wb.addWorksheet(infoSheetName)
  ws.columns = [{ width: 14 }, { width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } }]
  const date = (iso: string) => (iso ? isoToUtcDate(iso) : '')
  const rows: [string, string | Date][] = [
    [exportHeaderLabels.title, excelText(overview.title)],
    [exportHeaderLabels.committee, excelText(overview.committee)],
    [exportHeaderLabels.caseNumber, excelText(overview.caseNumber)],
    [exportHeaderLabels.meetingDate, date(overview.meetingDate)],
    [exportHeaderLabels.asOf, date(doc.asOf)],
    ...(doc.selection ? [[selectionText.label, excelText(doc.selection)] as [string, string]] : []),
  ]
  for (const [label, value] of rows) {
    const row = ws.addRow([label, value])
    row.getCell(1).font = { bold: true }
    const cell = row.getCell(2)
    if (value instanceof Date) {
      cell.numFmt = LONG_DATE
      cell.alignment = { horizontal: 'left' }
    } else protectText(cell)
  }
  ws.addRow([])
  ws.addRow([legendHeading]).getCell(1).font = { bold: true }
  for (const category of CATEGORIES) {
    const row = ws.addRow([legendPrefix[category], excelText(overview.legend[category])])
    protectText(row.getCell(2))
  }
}

/**
 * Line breaks as Excel stores them (Alt+Enter gives LF). A bare CR would not survive anyway:
 * XML parsers turn it into LF when the file is read.
 */
function excelText(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/**
 * Formula-injection defence for XLSX. exceljs writes a JavaScript string as a string cell
 * (a shared string, never `<f>`), so Excel does not evaluate it and the visible text stays
 * exactly as typed, unlike the apostrophe the CSV needs. A cell that starts like a formula
 * also gets the Text number format ("@"), so editing it in Excel keeps it text.
 */
function protectText(cell: Cell): void {
  if (typeof cell.value === 'string' && startsLikeFormula(cell.value)) cell.numFmt = '@'
}

/** exceljs is CommonJS in Node and a UMD bundle in the browser; either way the API sits on `default`. */
async function loadExcelJs(): Promise<typeof ExcelJSModule> {
  const mod = await import('exceljs')
  return (mod as unknown as { default?: typeof ExcelJSModule }).default ?? mod
}

/**
 * Excel export: the table on the first sheet (one row per initiative, area on every row so
 * Excel's own filter and sort work), the header block and legend on "Om oversigten".
 * exceljs is loaded on demand so it never enters the first bundle.
 */
import type * as ExcelJSModule from 'exceljs'
import type { Workbook, Cell } from 'exceljs'
import { appName, columnLabels, type ColumnId } from '../../strings/core'
import {
  excelDateFormat, exportHeaderLabels, fallbackSheetName, infoSheetName, legendHeading, legendPrefix,
  pageFooterTemplate,
} from '../../strings/export'
import { CATEGORIES } from '../../domain/model'
import { cellText, deadlineEnd, isoToUtcDate, startsLikeFormula } from './shared'
import type { ExportDocument } from './types'

/** Column widths in Excel's character units: long texts wide, short codes narrow. */
const WIDTHS: Record<ColumnId, number> = {
  area: 26, category: 6, title: 50, method: 60, deadlineText: 30,
  deadline: 13, status: 15, owner: 20, flag: 13, notes: 40, latestStatus: 50,
}
const HEADER_FILL = 'FFD9D9D9'
/** Excel's own "light red fill" for conditional formatting, familiar to users. */
const OVERDUE_FILL = 'FFFFC7CE'
const LONG_DATE = 'd. mmmm yyyy'
const MAX_SHEET_NAME = 31

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
 * A legal, unique sheet name from the title: Excel refuses `[]:*?/\`, more than 31
 * characters, a leading or trailing apostrophe, an empty name and "History".
 */
export function sheetName(title: string): string {
  const cleaned = title.replace(/[/\\]/g, '-').replace(/[[\]:*?]/g, ' ').replace(/\s+/g, ' ').trim()
  const name = Array.from(cleaned).slice(0, MAX_SHEET_NAME).join('').replace(/^[' ]+|[' ]+$/g, '')
  const reserved = ['', 'history', infoSheetName.toLowerCase()]
  return reserved.includes(name.toLowerCase()) ? fallbackSheetName : name
}

function addTableSheet(wb: Workbook, doc: ExportDocument): void {
  const ws = wb.addWorksheet(sheetName(doc.overview.title), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1',
    },
    headerFooter: { oddFooter: `&C${pageFooterTemplate.replace('{current}', '&P').replace('{total}', '&N')}` },
  })
  ws.columns = doc.columns.map((id) => ({
    header: columnLabels[id],
    key: id,
    width: WIDTHS[id],
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }))
  const header = ws.getRow(1)
  header.eachCell((cell) => {
    cell.font = { bold: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
    cell.border = { bottom: { style: 'thin' } }
  })

  for (const row of doc.rows) {
    const added = ws.addRow(
      doc.columns.map((column) => {
        if (column !== 'deadline') return excelText(cellText(row, column))
        const end = deadlineEnd(row.deadline)
        return end === undefined ? null : isoToUtcDate(end)
      }),
    )
    doc.columns.forEach((column, index) => {
      const cell = added.getCell(index + 1)
      if (column === 'deadline') cell.numFmt = excelDateFormat
      else protectText(cell)
      if (row.flag === 'overdue') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OVERDUE_FILL } }
    })
  }
  if (doc.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: doc.rows.length + 1, column: doc.columns.length } }
  }
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

/**
 * .xlsx → a RawTable, through exceljs loaded on demand (`await import`): it is
 * large and only this path needs it, so it stays out of the first bundle.
 *
 * Merged cells: a vertical merge (the Bilag's area column) copies its text down,
 * flagged as spanned like an HTML rowspan; the extra columns of a horizontal merge
 * (a title across the sheet) stay empty. Hidden sheets are not offered.
 */
import type { CellValue, Workbook, Worksheet } from 'exceljs'
import { findHeader } from './header'
import type { RawRow, RawTable } from './plan'
import { fail, MAX_COLUMNS, MAX_ROWS, ok, type ImportResult } from './types'

export interface XlsxTable {
  readonly table: RawTable
  readonly sheet: string
  readonly sheets: readonly string[]
}

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<ImportResult<XlsxTable>> {
  let workbook: Workbook
  try {
    // CommonJS in Node (the classes may sit on `default` only), an ES namespace in the browser build.
    const mod: { Workbook?: typeof Workbook; default?: { Workbook?: typeof Workbook } } = await import('exceljs')
    const WorkbookClass = mod.Workbook ?? mod.default?.Workbook
    if (!WorkbookClass) return fail('internal', 'exceljs')
    workbook = new WorkbookClass()
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    await workbook.xlsx.load(buffer)
  } catch (error) {
    return fail('unreadable', error instanceof Error ? error.message : 'xlsx')
  }
  const visible = workbook.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden')
  const sheets = visible.map((ws) => ws.name)
  if (sheetName !== undefined) {
    const chosen = visible.find((ws) => ws.name === sheetName)
    if (!chosen) return fail('sheet-not-found', sheetName)
    return withRows(chosen, sheets)
  }
  // No choice yet: the first sheet that has a Bilag header, else the first with a table at all.
  let fallback: { ws: Worksheet; rows: RawRow[] } | undefined
  for (const ws of visible) {
    const rows = rowsOf(ws)
    if (!rows) return fail('too-many-rows', String(MAX_ROWS))
    const cells = rows.map((r) => r.cells)
    if (findHeader(cells, MAX_COLUMNS)) return ok({ table: { rows }, sheet: ws.name, sheets })
    if (!fallback && cells.some((c) => c.filter((x) => x.trim() !== '').length >= 2)) fallback = { ws, rows }
  }
  if (!fallback) return fail('no-table')
  return ok({ table: { rows: fallback.rows }, sheet: fallback.ws.name, sheets })
}

function withRows(ws: Worksheet, sheets: readonly string[]): ImportResult<XlsxTable> {
  const rows = rowsOf(ws)
  if (!rows) return fail('too-many-rows', String(MAX_ROWS))
  return ok({ table: { rows }, sheet: ws.name, sheets })
}

/** The sheet's rows (empty rows skipped by exceljs); null when over MAX_ROWS. */
function rowsOf(ws: Worksheet): RawRow[] | null {
  const rows: RawRow[] = []
  let tooMany = false
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (tooMany) return
    if (rows.length >= MAX_ROWS) {
      tooMany = true
      return
    }
    const cells: string[] = []
    const spanned: number[] = []
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1
      if (c >= MAX_COLUMNS) return
      let text: string
      if (cell.isMerged && cell.master !== cell) {
        if (cell.master.col !== cell.col) return
        text = textOf(cell.master.value)
        if (text !== '') spanned.push(c)
      } else {
        text = textOf(cell.value)
      }
      cells[c] = text
    })
    for (let c = 0; c < cells.length; c++) cells[c] ??= ''
    rows.push(spanned.length > 0 ? { cells, spanned } : { cells })
  })
  return tooMany ? null : rows
}

/** A cell's value as the text the user sees; dates as Danish Excel shows them (dd-mm-åååå). */
function textOf(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return ''
    const dd = String(value.getUTCDate()).padStart(2, '0')
    const mm = String(value.getUTCMonth() + 1).padStart(2, '0')
    return `${dd}-${mm}-${value.getUTCFullYear()}`
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((t) => t.text).join('')
    if ('error' in value) return ''
    if ('formula' in value || 'sharedFormula' in value) return textOf((value as { result?: CellValue }).result ?? null)
    if ('text' in value) return textOf((value as { text: CellValue }).text)
  }
  return ''
}

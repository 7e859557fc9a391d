/**
 * Rows of cells (from any reader) → an ImportPlan: clean the cells, find the
 * header, read title and legend from what stands above it, map the columns and
 * run the first repair. Every reader ends here, so all sources behave alike.
 */
import { findDocumentDate } from './document-date'
import { findHeader, mappingByPosition } from './header'
import { readPreamble } from './preamble'
import { repair } from './repair'
import { cleanCell, isSectionHeading } from './text'
import { extraColumnType } from './typing'
import {
  fail,
  MAX_COLUMNS,
  MAX_ROWS,
  ok,
  type ExtraColumnType,
  type ImportField,
  type ImportPlan,
  type ImportResult,
  type ImportSource,
  type PlanOverrides,
  type SourceLine,
} from './types'

/** What a reader hands over: raw cells per row, plus any text above the table. */
export interface RawTable {
  readonly rows: readonly RawRow[]
  /** Paragraphs before the table (HTML); text/CSV/xlsx carry them as rows instead. */
  readonly preamble?: readonly string[]
}
export interface RawRow {
  readonly cells: readonly string[]
  readonly spanned?: readonly number[]
}

export const NO_OVERRIDES: PlanOverrides = { joinAbove: [], startRow: [], excluded: [], categories: {}, statuses: {}, areas: {}, owners: {} }

export function buildPlan(table: RawTable, source: ImportSource): ImportResult<ImportPlan> {
  const rows: SourceLine[] = []
  for (const raw of table.rows) {
    const cells = cleanCells(raw.cells)
    if (cells.length === 0) continue
    if (rows.length >= MAX_ROWS) return fail('too-many-rows', String(MAX_ROWS))
    rows.push(raw.spanned && raw.spanned.length > 0 ? { cells, spanned: raw.spanned } : { cells })
  }
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0)
  if (width === 1 && rows.length >= 3) return fail('one-column')
  const cellRows = rows.map((r) => r.cells)

  const header = findHeader(cellRows, width)
  let bodyStart: number
  if (header) {
    bodyStart = header.index + 1
  } else {
    // No header: the table starts at the first line with more than one cell.
    bodyStart = rows.findIndex((r) => r.cells.filter((c) => c !== '').length >= 2)
    if (bodyStart < 0) return fail('no-table')
  }
  // A table printed over several pages repeats its header on each; in a PDF copy those
  // copies land mid-body and would otherwise be merged into the row above.
  const headerCells = header ? rows[header.index]?.cells : undefined
  const lines = headerCells ? rows.slice(bodyStart).filter((r) => !sameCells(r.cells, headerCells)) : rows.slice(bodyStart)
  if (lines.length === 0) return fail('no-table')
  const mapping = header ? header.mapping : mappingByPosition(cellRows.slice(bodyStart), width)
  const aboveTable = rows.slice(0, header ? header.index : bodyStart).map((r) => r.cells.filter((c) => c !== '').join(' '))
  // A section heading right above the header is the area of the first rows, when the
  // table has no area column of its own ("INDSATSOMRÅDE 1: …" over "Indsats | Frist").
  const last = aboveTable.at(-1) ?? ''
  const areaAbove = !mapping.includes('area') && aboveTable.length >= 2 && isSectionHeading(last) ? last : ''
  const preamble = readPreamble(table.preamble ?? [], areaAbove === '' ? aboveTable : aboveTable.slice(0, -1))
  const documentDate = findDocumentDate([preamble.title, ...preamble.others])

  const planRows = repair(lines, mapping, NO_OVERRIDES, areaAbove)
  if (planRows.length === 0) return fail('no-table')
  return ok({
    source,
    title: preamble.title,
    legend: preamble.legend,
    legendFound: preamble.legendFound,
    notesAbove: preamble.others,
    documentDate,
    areaAbove,
    header: header ? Array.from({ length: width }, (_, c) => rows[header.index]?.cells[c] ?? '') : null,
    mapping,
    columnTypes: typesOfExtraColumns(lines, mapping),
    lines,
    overrides: NO_OVERRIDES,
    rows: planRows,
  })
}

/** Each extra column's type from its cells (all numbers → number, all dates → date). */
export function typesOfExtraColumns(lines: readonly SourceLine[], mapping: readonly ImportField[]): Record<number, ExtraColumnType> {
  const types: Record<number, ExtraColumnType> = {}
  mapping.forEach((field, col) => {
    if (field === 'extra') types[col] = extraColumnType(lines.map((l) => l.cells[col] ?? ''))
  })
  return types
}

/** The first MAX_COLUMNS cells, cleaned, without trailing empty ones. */
function cleanCells(raw: readonly string[]): string[] {
  const cells: string[] = []
  let filled = 0
  for (let c = 0; c < raw.length && c < MAX_COLUMNS; c++) {
    const cell = cleanCell(raw[c] ?? '')
    cells.push(cell)
    if (cell !== '') filled = c + 1
  }
  cells.length = filled
  return cells
}

/** Cleaned cells hold no tabs, so this is the same as comparing them tab-joined, without building the strings. */
function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

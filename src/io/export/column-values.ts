/**
 * How each kind of column is written where a cell is a value, not words: CSV (for Danish
 * Excel) and Excel. One entry per kind (`Record<ColumnKind, …>`): a kind without one does not
 * compile. Word and the print write every cell as text (./shared.ts `cellText`).
 */
import { KIND_BEHAVIOUR, type ColumnKind } from '../../domain/columns/kinds'
import { storedValue, type ColumnSpec } from '../../domain/columns/registry'
import { cellText, deadlineEnd, isoToUtcDate } from './shared'
import type { ExportRow } from './types'

type Writer<T> = (row: ExportRow, column: ColumnSpec) => T

/** An ISO date of the column's own value, or undefined. */
const isoOf: Writer<string | undefined> = (row, column) => {
  const value = KIND_BEHAVIOUR[column.kind].sortValue(column, row)
  return typeof value === 'string' && value ? value : undefined
}
const numberOf: Writer<number | undefined> = (row, column) => {
  const value = storedValue(column, row.initiative)
  return typeof value === 'number' ? value : undefined
}

/** A number as Danish Excel reads one from a CSV: a decimal comma, no thousands separator ("12500,5"). */
const csvNumber = (n: number) => String(n).replace('.', ',')

/**
 * CSV: text as read; Frist as the deadline's last day and dates as ISO dates (they sort and
 * filter in Excel); numbers with a decimal comma. Text cells are neutralised by the writer.
 */
export const CSV_VALUE: Record<ColumnKind, Writer<string>> = {
  'short-text': cellText,
  'long-text': cellText,
  'deadline-text': cellText,
  category: cellText,
  status: cellText,
  'latest-status': cellText,
  flag: cellText,
  date: (row, column) => isoOf(row, column) ?? '',
  number: (row, column) => {
    const value = numberOf(row, column)
    return value === undefined ? '' : csvNumber(value)
  },
  deadline: (row) => deadlineEnd(row.deadline) ?? '',
}

/** An Excel cell: text (stored as a string cell, never a formula), a real number, or a real date. */
export type XlsxCell = { kind: 'text'; value: string } | { kind: 'number'; value: number | null } | { kind: 'date'; value: Date | null }

const xlsxText: Writer<XlsxCell> = (row, column) => ({ kind: 'text', value: cellText(row, column) })
const xlsxDate = (iso: string | undefined): XlsxCell => ({ kind: 'date', value: iso === undefined ? null : isoToUtcDate(iso) })

export const XLSX_VALUE: Record<ColumnKind, Writer<XlsxCell>> = {
  'short-text': xlsxText,
  'long-text': xlsxText,
  'deadline-text': xlsxText,
  category: xlsxText,
  status: xlsxText,
  'latest-status': xlsxText,
  flag: xlsxText,
  date: (row, column) => xlsxDate(isoOf(row, column)),
  number: (row, column) => ({ kind: 'number', value: numberOf(row, column) ?? null }),
  deadline: (row) => xlsxDate(deadlineEnd(row.deadline)),
}

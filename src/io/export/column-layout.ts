/**
 * The width rule (src/domain/column-widths.ts) applied to an export's table: which text
 * each column shows in that format, and the format's units. One rule for Word, Excel and
 * print, so a column that keeps its words whole in one keeps them whole in all.
 */
import { columnWidths, type ColumnContent, type WidthLayout } from '../../domain/column-widths'
import type { ColumnSpec } from '../../domain/columns/registry'
import { cellText, deadlineEnd, groupStarts } from './shared'
import type { ExportDocument } from './types'

export interface ExportColumnOptions {
  /** How Frist reads: the reading in words (Word, print) or a date cell (Excel). */
  deadline: 'words' | 'date'
  /** The area is written once per group (Word's merged cells), not on every row. */
  areaOncePerGroup?: boolean
  /** "Overskredet" is set in bold (Word). */
  boldFlag?: boolean
}

/**
 * Excel shows every Frist in one short form (`d. mmm yyyy`, src/strings/export.ts), and a
 * date cell never wraps: one of the widest such dates, held together by no-break spaces,
 * stands for them all.
 */
const EXCEL_DATE_SAMPLE = '28.\u00a0okt\u00a02021'

export function exportColumnContents(doc: ExportDocument, columns: readonly ColumnSpec[], options: ExportColumnOptions): ColumnContent[] {
  const starts = options.areaOncePerGroup ? groupStarts(doc.rows) : undefined
  return columns.map((column) => {
    const header = column.label
    if (options.deadline === 'date' && column.kind === 'deadline') {
      return { header, cells: doc.rows.map((row) => (deadlineEnd(row.deadline) === undefined ? '' : EXCEL_DATE_SAMPLE)) }
    }
    if (options.deadline === 'date' && column.kind === 'date') {
      return { header, cells: doc.rows.map((row) => (cellText(row, column) ? EXCEL_DATE_SAMPLE : '')) }
    }
    if (column.id === 'area' && starts) return { header, cells: doc.rows.map((row, i) => (starts[i] ? row.initiative.area : '')) }
    return { header, cells: doc.rows.map((row) => cellText(row, column)), boldCells: column.id === 'flag' && options.boldFlag }
  })
}

/** Whole units of the format, adding up to `layout.total`. */
export function exportColumnWidths(doc: ExportDocument, columns: readonly ColumnSpec[], layout: WidthLayout, options: ExportColumnOptions): number[] {
  return columnWidths(exportColumnContents(doc, columns, options), layout)
}

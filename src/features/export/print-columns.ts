/**
 * The print layout's columns and their widths: the same rule as Word and the screen
 * (src/domain/column-widths.ts), at the printed size — A4 landscape less the margins
 * (273 mm), 9 pt text, 4 pt of padding each side of a cell.
 */
import type { ExportDocument } from '../../io/export/types'
import { exportColumnWidths } from '../../io/export/column-layout'
import type { ColumnSpec } from '../../domain/columns'

/** CSS px at 96 per inch, the unit Chromium prints in. */
const MM = 96 / 25.4
const PT = 96 / 72
/** The printed text width: 297 mm less 12 mm margins each side (print.css). */
export const PRINT_WIDTH_PX = 273 * MM
/** The printed text height: 210 mm less 14 mm at the top and 16 mm at the bottom (print.css). */
export const PRINT_HEIGHT_PX = 180 * MM
const LAYOUT = { total: Math.floor(PRINT_WIDTH_PX), em: 9 * PT, padding: 8.5 * PT }

export interface PrintColumns {
  columns: ColumnSpec[]
  /** Each column's width as a percentage of the table's. */
  widths: string[]
}

export function printColumns(doc: ExportDocument): PrintColumns {
  // Grouped, the area is the heading of its rows (as in the Bilag), not a column of its own.
  const columns = doc.grouped ? doc.columns.filter((c) => c.id !== 'area') : [...doc.columns]
  const widths = exportColumnWidths(doc, columns, LAYOUT, { deadline: 'words' })
  return { columns, widths: widths.map((w) => `${((w / LAYOUT.total) * 100).toFixed(3)}%`) }
}

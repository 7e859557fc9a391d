/**
 * CSV for Danish Excel (tests/fixtures/ui.md): UTF-8 with BOM so Excel detects the
 * encoding (æøå), `;` because Danish Excel uses the comma as decimal separator, CRLF,
 * a header row with the column labels, dates as YYYY-MM-DD.
 */
import Papa from 'papaparse'
import { headerLabels, neutraliseFormula } from './shared'
import { CSV_VALUE } from './column-values'
import { selectionLine } from './selection'
import type { ExportDocument } from './types'

const BOM = '\uFEFF'
const OPTIONS = { delimiter: ';', newline: '\r\n', quotes: false, quoteChar: '"', escapeChar: '"', escapeFormulae: false } as const

/**
 * One line per row, the area on every row (a CSV is data: no blanked repeats, so
 * sorting and filtering in Excel keep each row whole). The Frist column holds the
 * deadline's last day as an ISO date, not the Danish reading ("3. kvartal 2021"): the
 * words are already in "Hvornår forventes det implementeret", and a date sorts and
 * filters in Excel. Rows without a date get an empty Frist.
 *
 * A selection ("udsnit") says so on a first line of its own, before the header
 * ("Udsnit: Kategori C · kun overskredne · …"); the whole overview starts with the header.
 */
export function toCsv(doc: ExportDocument): string {
  const data = doc.rows.map((row) =>
    doc.columns.map((column) => {
      const value = CSV_VALUE[column.kind](row, column)
      return column.kind === 'deadline' || column.kind === 'date' || column.kind === 'number' ? value : neutraliseFormula(value)
    }),
  )
  // escapeFormulae off: neutraliseFormula does it, documented in one place.
  const body = Papa.unparse({ fields: headerLabels(doc.columns), data }, { ...OPTIONS, header: true })
  const first = doc.selection ? Papa.unparse([[neutraliseFormula(selectionLine(doc.selection))]], OPTIONS) + OPTIONS.newline : ''
  return BOM + first + body
}

/**
 * CSV for Danish Excel (tests/fixtures/ui.md): UTF-8 with BOM so Excel detects the
 * encoding (æøå), `;` because Danish Excel uses the comma as decimal separator, CRLF,
 * a header row with the column labels, dates as YYYY-MM-DD.
 */
import Papa from 'papaparse'
import { cellText, deadlineEnd, headerLabels, neutraliseFormula } from './shared'
import type { ExportDocument } from './types'

const BOM = '\uFEFF'

/**
 * One line per row, the area on every row (a CSV is data: no blanked repeats, so
 * sorting and filtering in Excel keep each row whole). The Frist column holds the
 * deadline's last day as an ISO date, not the Danish reading ("3. kvartal 2021"): the
 * words are already in "Hvornår forventes det implementeret", and a date sorts and
 * filters in Excel. Rows without a date get an empty Frist.
 */
export function toCsv(doc: ExportDocument): string {
  const data = doc.rows.map((row) =>
    doc.columns.map((column) =>
      column === 'deadline' ? (deadlineEnd(row.deadline) ?? '') : neutraliseFormula(cellText(row, column)),
    ),
  )
  const body = Papa.unparse(
    { fields: headerLabels(doc.columns), data },
    // escapeFormulae off: neutraliseFormula above does it, documented in one place.
    { delimiter: ';', newline: '\r\n', quotes: false, quoteChar: '"', escapeChar: '"', header: true, escapeFormulae: false },
  )
  return BOM + body
}

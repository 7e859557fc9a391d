/**
 * Helpers shared by the export writers: cell texts, formula neutralising, groups, dates.
 * Pure and library-free, so they can be imported without pulling docx/exceljs in.
 */
import type { Deadline } from '../../domain/deadline/types'
import { formatDeadline } from '../../domain/deadline'
import { columnText } from '../../domain/columns/kinds'
import type { ColumnSpec } from '../../domain/columns/registry'
import type { ExportRow } from './types'

/** The Danish text of a cell as Word and the print write it (Frist in words); CSV and Excel write some kinds as values (./column-values.ts). */
export const cellText = (row: ExportRow, column: ColumnSpec): string => columnText(column, row)

export const headerLabels = (columns: readonly ColumnSpec[]): string[] => columns.map((c) => c.label)

/** The deadline's last day (ISO), or undefined when it has none ("Ingen dato", "Er implementeret"). */
export function deadlineEnd(deadline: Deadline): string | undefined {
  return deadline.kind === 'none' ? undefined : deadline.end
}

/** A date as the app writes it elsewhere ("20. januar 2021"), via the deadline formatter. */
export function longDate(iso: string): string {
  return formatDeadline({ kind: 'date', matched: iso, start: iso, end: iso, precision: 'day' })
}

/** An ISO date as a Date at UTC midnight: exceljs turns Dates into serials from their UTC time. */
export function isoToUtcDate(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

/** The text starts with a character a spreadsheet may read as the start of a formula. */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text)
}

/**
 * CSV formula-injection defence (OWASP "CSV Injection"): a cell that starts with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe, so Excel shows it as text
 * instead of evaluating it. Everything else is returned unchanged.
 *
 * A leading `-` is neutralised too, even in ordinary prose ("- a. Indsatser…",
 * "-kommunikation"). We decided against a "looks like prose" exception because:
 * - Danish Excel, the CSV's audience, tries to read such a cell as a formula and shows
 *   `#NAVN?` instead of the text, so the apostrophe is what keeps the text readable there;
 * - Excel accepts `- cmd|' /C calc'!A0`-style payloads after a minus and a space, so no
 *   simple "prose" test is safe.
 * The en dash "–" that Danish typography uses for bullets and ranges is not a trigger and
 * is left alone. The app's CSV import should drop one leading `'` that precedes a trigger
 * character, so our own files round-trip. XLSX does not use this: it stores such cells as
 * text cells, which keeps the visible text unchanged (see xlsx.ts).
 */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text
}

/** Per row: does it start a group (a consecutive run of equal area)? */
export function groupStarts(rows: readonly ExportRow[]): boolean[] {
  return rows.map((row, i) => i === 0 || rows[i - 1]?.initiative.area !== row.initiative.area)
}

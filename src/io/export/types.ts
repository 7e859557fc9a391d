/**
 * The input of every export writer. The UI builds it from the table's current view
 * (filters, sort, visible columns), so an export shows what the user sees.
 */
import type { Initiative, Overview, StatusEntry } from '../../domain/model'
import type { Deadline, Flag } from '../../domain/deadline/types'
import type { ColumnSpec } from '../../domain/columns/registry'

export interface ExportRow {
  initiative: Initiative
  /** Effective deadline: the hand-set date (as a `day` period) or the reading of deadlineText. */
  deadline: Deadline
  flag: Flag
  /** The newest status log entry, for the "Seneste status" column. */
  latestStatus?: StatusEntry
}

export interface ExportDocument {
  overview: Overview
  /** YYYY-MM-DD, "Opgjort pr.": the date the flags were computed against. */
  asOf: string
  /** Visible columns in display order (from the column registry: built-ins, the overview's extra columns, Markering). */
  columns: ColumnSpec[]
  /** Grouped by area: rows arrive in view order; a group is a consecutive run of equal area. */
  grouped: boolean
  rows: ExportRow[]
  /**
   * Set when a filter narrowed the view: what the selection is, for the reader
   * ("Kategori C · kun overskredne · opgjort pr. 1. marts 2021 · 4 af 19 indsatser",
   * from ./selection.ts). Its presence makes the export an "udsnit" (file name, a line on
   * the document); the whole overview and an unfiltered view have none.
   */
  selection?: string
}

/**
 * What a column does follows from its kind. Each part of the app that treats columns
 * differently keeps one map keyed by every kind (`Record<ColumnKind, …>`): here the sort
 * and the text; the table's cells (features/table/cells.tsx), the form's editors
 * (features/editor/field-editors.tsx) and the export writers (io/export/column-values.ts).
 * A kind added here without a case in each of them does not compile.
 */
import { CATEGORIES, STATUSES, type Initiative, type StatusEntry } from '../model'
import type { Deadline, Flag } from '../deadline/types'
import { formatDeadline } from '../deadline'
import { statusLine } from '../status-line'
import { formatDateEntry } from '../date-entry-format'
import { flagLabels, statusLabels } from '../../strings/core'
import { storedValue, type ColumnSpec } from './registry'

export const COLUMN_KINDS = ['short-text', 'long-text', 'category', 'deadline-text', 'date', 'status', 'number', 'deadline', 'latest-status', 'flag'] as const
export type ColumnKind = (typeof COLUMN_KINDS)[number]

/**
 * How a column sorts: 'text' by Danish collation, 'order' by a fixed order (A, B, C, then
 * none; the statuses' order), 'date' and 'number' by value with empty cells last in both
 * directions; null: it does not sort (the export-only Markering).
 */
export type SortKind = 'text' | 'order' | 'date' | 'number'

/** What every column's value is computed from: a derived row (the table's ViewRow and the exports' ExportRow both are one). */
export interface ColumnRow {
  initiative: Initiative
  deadline: Deadline
  flag: Flag
  latestStatus?: StatusEntry
}

/** Danish numbers ("12.500,5"): the same formatter as counts, with decimals kept. */
const danishNumber = /* @__PURE__ */ new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10 })
export const formatNumber = (n: number): string => danishNumber.format(n)

const text = (spec: ColumnSpec, row: ColumnRow) => {
  const value = storedValue(spec, row.initiative)
  return value === undefined || value === null ? '' : String(value)
}

interface KindBehaviour {
  sort: SortKind | null
  /** The value the sort ranks: a string for 'text', a number for 'order' and 'number', an ISO date for 'date' (undefined: empty, sorted last). */
  sortValue: (spec: ColumnSpec, row: ColumnRow) => string | number | undefined
  /** The cell as Danish text: what Søg looks in, Word and the print write, and the width rule measures. */
  text: (spec: ColumnSpec, row: ColumnRow) => string
}

export const KIND_BEHAVIOUR: Record<ColumnKind, KindBehaviour> = {
  'short-text': { sort: 'text', sortValue: text, text },
  'long-text': { sort: 'text', sortValue: text, text },
  'deadline-text': { sort: 'text', sortValue: text, text },
  category: {
    sort: 'order',
    // Rows without a category after C.
    sortValue: (_, row) => (row.initiative.category === null ? CATEGORIES.length : CATEGORIES.indexOf(row.initiative.category)),
    // Empty in exports: "Uden kategori" is what the screen says to screen readers, not a category.
    text: (_, row) => row.initiative.category ?? '',
  },
  date: {
    sort: 'date',
    sortValue: (spec, row) => {
      const value = storedValue(spec, row.initiative)
      return typeof value === 'string' && value ? value : undefined
    },
    text: (spec, row) => formatDateEntry(text(spec, row)),
  },
  status: { sort: 'order', sortValue: (_, row) => STATUSES.indexOf(row.initiative.status), text: (_, row) => statusLabels[row.initiative.status] },
  number: {
    sort: 'number',
    sortValue: (spec, row) => {
      const value = storedValue(spec, row.initiative)
      return typeof value === 'number' ? value : undefined
    },
    text: (spec, row) => {
      const value = storedValue(spec, row.initiative)
      return typeof value === 'number' ? formatNumber(value) : ''
    },
  },
  deadline: { sort: 'date', sortValue: (_, row) => ('end' in row.deadline ? row.deadline.end : undefined), text: (_, row) => formatDeadline(row.deadline) },
  'latest-status': { sort: 'date', sortValue: (_, row) => row.latestStatus?.date, text: (_, row) => (row.latestStatus ? statusLine(row.latestStatus) : '') },
  flag: { sort: null, sortValue: () => undefined, text: (_, row) => flagLabels[row.flag] },
}

/** A column's cell as Danish text (see KindBehaviour.text). */
export const columnText = (spec: ColumnSpec, row: ColumnRow): string => KIND_BEHAVIOUR[spec.kind].text(spec, row)

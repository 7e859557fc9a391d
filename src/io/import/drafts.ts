/**
 * The last step: a reviewed plan → the rows to store, in source order, ready to be
 * committed all-or-nothing with the overview's new extra columns and each row's first
 * status-log entry. Refuses (as data) while an included row still has a blocking note,
 * so the dialog can point at the rows instead of saving half a table.
 */
import { parseDeadline, type Deadline } from '../../domain/deadline'
import type { Status } from '../../domain/model'
import { statusLabels } from '../../strings/core'
import { extraColumnsOf, extraValuesOf, settleExtraColumns } from './extra-values'
import { normalizeKey } from './text'
import { fail, NOTE_SEVERITY, ok, type ImportedRow, type ImportNote, type ImportOutcome, type ImportPlan, type ImportResult } from './types'

export interface DraftOptions {
  /** The date the deadline texts were written against (YYYY-MM-DD): the document's, the meeting's or today. */
  readonly reference: string
  /**
   * The date the status words as written were true (YYYY-MM-DD): the document's date when it
   * has one, else the import day. Defaults to `reference`.
   */
  readonly statusDate?: string
  /**
   * The reference a row made today would get anyway (newRowReferenceDate). A row read against
   * another date keeps that date as its own (Initiative.deadlineReference), so the table reads
   * "September" in the document's year after the import as the preview did.
   */
  readonly defaultReference?: string
  /**
   * True (the default) while the storage path needs a category on every row: a row
   * without one blocks. False for the columns model, where a row may be "Uden kategori".
   */
  readonly requireCategory?: boolean
}

const isBlocking = (note: ImportNote, requireCategory: boolean) =>
  NOTE_SEVERITY[note] === 'blocking' && (requireCategory || note !== 'category-missing')

/** Row numbers (1-based, as the preview shows them) that still need a fix before import. */
export function rowsNeedingAttention(plan: ImportPlan, requireCategory = true): number[] {
  const numbers: number[] = []
  plan.rows.forEach((row, i) => {
    if (!row.excluded && row.notes.some((n) => isBlocking(n, requireCategory))) numbers.push(i + 1)
  })
  return numbers
}

/** Title for a new overview: the title line above the table, else the file name without extension. */
export function suggestedTitle(plan: ImportPlan): string {
  if (plan.title !== '') return plan.title
  const name = plan.source.fileName ?? ''
  const base = name.replace(/^.*[\\/]/, '')
  const dot = base.lastIndexOf('.')
  return (dot > 0 ? base.slice(0, dot) : base).trim().slice(0, 300)
}

/**
 * Whether the status cell says nothing beyond the status itself ("I gang" read as I gang):
 * then the status keeps the words, and a log entry repeating them on every row would only
 * cost a write per row (10,000 entries for a 10,000-row table).
 */
function saysOnlyTheStatus(statusText: string, status: Status): boolean {
  return statusText === '' || normalizeKey(statusText) === normalizeKey(statusLabels[status])
}

export function toDrafts(plan: ImportPlan, options: DraftOptions): ImportResult<ImportOutcome> {
  try {
    const requireCategory = options.requireCategory ?? true
    const attention = rowsNeedingAttention(plan, requireCategory)
    if (attention.length > 0) return fail('rows-need-attention', attention.join(', '))
    const columns = settleExtraColumns(extraColumnsOf(plan), plan.rows)
    const statusDate = options.statusDate ?? options.reference
    const ownReference = options.defaultReference !== undefined && options.defaultReference !== options.reference ? { deadlineReference: options.reference } : {}
    const rows: ImportedRow[] = []
    // A Bilag repeats its deadline texts ("Er implementeret", "Medio 2021"): each distinct
    // text is read once. Readings are plain data and never changed, so rows can share one.
    const readings = new Map<string, Deadline>()
    for (const row of plan.rows) {
      if (row.excluded) continue
      let deadline = readings.get(row.deadlineText)
      if (!deadline) {
        deadline = parseDeadline(row.deadlineText, { reference: options.reference })
        readings.set(row.deadlineText, deadline)
      }
      // A text that says it is done ("Er implementeret") is the status; otherwise the column's, if any.
      const status: Status = deadline.kind === 'done' ? 'implemented' : (row.status ?? 'not-started')
      rows.push({
        rowId: row.id,
        area: row.area,
        category: row.category ?? null,
        title: row.title,
        method: row.method,
        deadlineText: row.deadlineText,
        ...ownReference,
        status,
        owner: row.owner,
        notes: row.remarks,
        extra: extraValuesOf(row, columns),
        // The words as written, unknown ones included ("I afsluttende proces", "Høring udskudt …").
        statusLog: saysOnlyTheStatus(row.statusText, status) ? [] : [{ date: statusDate, text: row.statusText }],
        deadline,
      })
    }
    if (rows.length === 0) return fail('no-rows')
    return ok({
      title: suggestedTitle(plan),
      legend: plan.legend,
      legendFound: plan.legendFound,
      rows,
      extraColumns: columns.map(({ name, type }) => ({ name, type })),
      notesAbove: plan.notesAbove,
      reference: options.reference,
    })
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}

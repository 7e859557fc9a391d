/**
 * The last step: a reviewed plan → InitiativeDrafts, in source order, ready to be
 * committed all-or-nothing. Refuses (as data) while an included row still has a
 * blocking note, so the dialog can point at the rows instead of saving half a table.
 */
import { parseDeadline, type Deadline } from '../../domain/deadline'
import type { InitiativeDraft, Status } from '../../domain/model'
import { fail, NOTE_SEVERITY, ok, type ImportedItem, type ImportOutcome, type ImportPlan, type ImportResult } from './types'

export interface DraftOptions {
  /** The date the deadline texts were written against (YYYY-MM-DD): the meeting or document date. */
  readonly reference: string
}

/** Row numbers (1-based, as the preview shows them) that still need a fix before import. */
export function rowsNeedingAttention(plan: ImportPlan): number[] {
  const numbers: number[] = []
  plan.rows.forEach((row, i) => {
    if (!row.excluded && row.notes.some((n) => NOTE_SEVERITY[n] === 'blocking')) numbers.push(i + 1)
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

export function toDrafts(plan: ImportPlan, options: DraftOptions): ImportResult<ImportOutcome> {
  try {
    const attention = rowsNeedingAttention(plan)
    if (attention.length > 0) return fail('rows-need-attention', attention.join(', '))
    const items: ImportedItem[] = []
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
      const draft: InitiativeDraft = {
        area: row.area,
        category: row.category ?? null,
        title: row.title,
        method: row.method,
        deadlineText: row.deadlineText,
        status,
        owner: row.owner,
        notes: row.remarks,
      }
      items.push({ rowId: row.id, draft, deadline })
    }
    if (items.length === 0) return fail('no-rows')
    return ok({
      title: suggestedTitle(plan),
      legend: plan.legend,
      legendFound: plan.legendFound,
      items,
      drafts: items.map((i) => i.draft),
    })
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}

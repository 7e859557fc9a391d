/**
 * The last step: a reviewed plan → InitiativeDrafts, in source order, ready to be
 * committed all-or-nothing. Refuses (as data) while an included row still has a
 * blocking note, so the dialog can point at the rows instead of saving half a table.
 */
import { parseDeadline, type Deadline } from '../../domain/deadline'
import type { Category, InitiativeDraft, Status } from '../../domain/model'
import { readStatus } from './text'
import { readDanishNumber, readExactDate } from './typing'
import {
  fail,
  NOTE_SEVERITY,
  ok,
  type ExtraColumnDraft,
  type ImportedItem,
  type ImportedRow,
  type ImportNote,
  type ImportOutcome,
  type ImportPlan,
  type ImportResult,
} from './types'

export interface DraftOptions {
  /** The date the deadline texts were written against (YYYY-MM-DD): the document's, the meeting's or today. */
  readonly reference: string
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

export function toDrafts(plan: ImportPlan, options: DraftOptions): ImportResult<ImportOutcome> {
  try {
    const requireCategory = options.requireCategory ?? true
    const attention = rowsNeedingAttention(plan, requireCategory)
    if (attention.length > 0) return fail('rows-need-attention', attention.join(', '))
    const columns = extraColumnsOf(plan)
    const logDate = plan.documentDate?.precision === 'day' ? plan.documentDate.iso : options.reference
    const rows: ImportedRow[] = []
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
      const extra: Record<string, string | number> = {}
      for (const { column, name, type } of columns) {
        const text = row.extras[column] ?? ''
        if (text !== '') extra[name] = valueOf(text, type)
      }
      const statusLog = row.statusText === '' ? [] : [{ date: logDate, text: row.statusText }]
      const imported: ImportedRow = {
        rowId: row.id,
        area: row.area,
        category: row.category ?? null,
        title: row.title,
        method: row.method,
        deadlineText: row.deadlineText,
        status,
        owner: row.owner,
        notes: row.remarks,
        extra,
        statusLog,
        deadline,
      }
      rows.push(imported)
      items.push({ rowId: row.id, draft: legacyDraft(imported, imported.category, columns, row.statusText), deadline })
    }
    if (rows.length === 0 || (requireCategory && items.length === 0)) return fail('no-rows')
    return ok({
      title: suggestedTitle(plan),
      legend: plan.legend,
      legendFound: plan.legendFound,
      items,
      drafts: items.map((i) => i.draft),
      rows,
      extraColumns: columns.map(({ name, type }) => ({ name, type })),
      notesAbove: plan.notesAbove,
      reference: options.reference,
    })
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}

interface ExtraColumn extends ExtraColumnDraft {
  readonly column: number
}

/** The plan's extra columns, named by the header ("Kolonne 4" without one), names made unique. */
export function extraColumnsOf(plan: ImportPlan): ExtraColumn[] {
  const used = new Set<string>()
  const columns: ExtraColumn[] = []
  plan.mapping.forEach((field, column) => {
    if (field !== 'extra') return
    const base = plan.header?.[column]?.trim() || `Kolonne ${column + 1}`
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`
    used.add(name.toLowerCase())
    columns.push({ column, name, type: plan.columnTypes[column] ?? 'text' })
  })
  return columns
}

/** A number column's "1.234,5" → 1234.5, a date column's "20.01.2021" → "2021-01-20"; text as written otherwise. */
function valueOf(text: string, type: ExtraColumnDraft['type']): string | number {
  if (type === 'number') return readDanishNumber(text) ?? text
  if (type === 'date') return readExactDate(text) ?? text
  return text
}

/**
 * The draft today's storage takes. Until overviews have extra columns and rows status
 * logs from an import, what would go there is kept in the row's notes ("Periode: 2021"),
 * so nothing is lost on this path either.
 */
function legacyDraft(row: ImportedRow, category: Category | null, columns: readonly ExtraColumn[], statusText: string): InitiativeDraft {
  const kept: string[] = []
  if (statusText !== '' && readStatus(statusText) === null) kept.push(`Status: ${statusText}`)
  for (const { name } of columns) {
    const value = row.extra[name]
    if (value !== undefined) kept.push(`${name}: ${String(value)}`)
  }
  const notes = [row.notes, ...kept].filter((t) => t !== '').join('\n')
  return {
    area: row.area,
    category,
    title: row.title,
    method: row.method,
    deadlineText: row.deadlineText,
    status: row.status,
    owner: row.owner,
    notes,
  }
}

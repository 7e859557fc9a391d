/**
 * The row form's values as typed, and their checks before Gem: the data model's own schema
 * (no second set of rules), plus what only a form can get wrong — no category chosen yet, a
 * Fast frist that is not a whole date, and a title over the length a form allows.
 */
import type { Category, Initiative, InitiativeDraft } from '../../domain/model'
import { readExtraValue, type ExtraColumn, type ExtraValues } from '../../domain/columns/extra'
import { formatNumber } from '../../domain/columns/kinds'
import { initiativeSchema } from '../../domain/schemas'
import { formatDateEntry, parseDateEntry } from '../../domain/date-entry'
import { INITIATIVE_TITLE_MAX } from '../../domain/limits'

/** The Kategori field: a category, 'none' (Uden kategori, stored as null), or '' while nothing is chosen. */
export type FormCategory = Category | 'none' | ''

/** What the form holds: the draft's fields, with the category perhaps not chosen yet, Fast frist and extra values as typed. */
export type FormValues = Omit<InitiativeDraft, 'category' | 'fixedDeadline' | 'extra'> & { category: FormCategory; fixedDeadline: string; extra: Record<string, string> }

/** Keyed by field, or by `extra:<column id>` for an extra column's value. */
export type DraftIssues = Partial<Record<keyof InitiativeDraft | `extra:${string}`, string>>

/** A new row starts with nothing chosen: no category (A would be the riskiest default). */
export const emptyValues: FormValues = { area: '', category: '', title: '', method: '', deadlineText: '', fixedDeadline: '', status: 'not-started', owner: '', notes: '', extra: {} }

/** A stored extra value as the form shows it: "12.500,5", "20.01.2021", or the text. */
function typedExtra(extra: ExtraValues | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(extra ?? {}).map(([id, value]) => [id, typeof value === 'number' ? formatNumber(value) : /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateEntry(value) : value]))
}

export function formValues(initiative: Initiative | undefined, defaults?: Partial<InitiativeDraft>): FormValues {
  const { extra: _none, category: chosen, ...given } = defaults ?? {}
  const base: FormValues = { ...emptyValues, ...given, ...(chosen !== undefined ? { category: chosen ?? 'none' } : {}), fixedDeadline: formatDateEntry(defaults?.fixedDeadline ?? '') }
  if (!initiative) return base
  const { area, category, title, method, deadlineText, fixedDeadline, status, owner, notes, extra } = initiative
  return { area, category: category ?? 'none', title, method, deadlineText, fixedDeadline: formatDateEntry(fixedDeadline ?? ''), status, owner, notes, extra: typedExtra(extra) }
}

const draftShape = {
  id: 'draft',
  overviewId: 'draft',
  order: 0,
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  revision: 0,
}

export function validateForm(values: FormValues, columns: readonly ExtraColumn[] = []): { ok: true; draft: InitiativeDraft } | { ok: false; issues: DraftIssues } {
  const issues: DraftIssues = {}
  const fixed = parseDateEntry(values.fixedDeadline)
  if (!fixed.ok) issues.fixedDeadline = 'date'
  if (values.title.trim().length > INITIATIVE_TITLE_MAX) issues.title = 'title-too-long'
  // Each extra value read by its column's type ("12.500,5" → 12500.5); one message per value that cannot be.
  const extra: ExtraValues = {}
  for (const column of columns) {
    const read = readExtraValue(column.type, values.extra[column.id] ?? '')
    if (!read.ok) issues[`extra:${column.id}`] = `extra-${read.code}`
    else if (read.value !== undefined) extra[column.id] = read.value
  }
  const { fixedDeadline: _typed, extra: _extra, category, ...rest } = values
  const candidate = {
    ...rest,
    // '' (nothing chosen) is left for the schema to refuse, with its 'category' message.
    category: category === 'none' ? null : category,
    ...(fixed.ok && fixed.value ? { fixedDeadline: fixed.value } : {}),
    ...(Object.keys(extra).length ? { extra } : {}),
  }
  // The schema says 'category' for a category not chosen yet ('').
  const parsed = initiativeSchema.safeParse({ ...draftShape, ...candidate })
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as keyof InitiativeDraft
      issues[field] ??= issue.message && !issue.message.includes(' ') ? issue.message : 'required'
    }
  return Object.keys(issues).length ? { ok: false, issues } : { ok: true, draft: candidate as InitiativeDraft }
}

/**
 * The row form's values as typed, and their checks before Gem: the data model's own schema
 * (no second set of rules), plus what only a form can get wrong — no category chosen yet, a
 * Fast frist that is not a whole date, and a title over the length a form allows.
 */
import type { Category, Initiative, InitiativeDraft } from '../../domain/model'
import { initiativeSchema } from '../../domain/schemas'
import { formatDateEntry, parseDateEntry } from '../../domain/date-entry'
import { INITIATIVE_TITLE_MAX } from '../../domain/limits'

/** What the form holds: the draft's fields, with the category perhaps not chosen yet and Fast frist as typed. */
export type FormValues = Omit<InitiativeDraft, 'category' | 'fixedDeadline'> & { category: Category | ''; fixedDeadline: string }

export type DraftIssues = Partial<Record<keyof InitiativeDraft, string>>

/** A new row starts with nothing chosen: no category (A would be the riskiest default). */
export const emptyValues: FormValues = { area: '', category: '', title: '', method: '', deadlineText: '', fixedDeadline: '', status: 'not-started', owner: '', notes: '' }

export function formValues(initiative: Initiative | undefined, defaults?: Partial<InitiativeDraft>): FormValues {
  const base = { ...emptyValues, ...defaults, fixedDeadline: formatDateEntry(defaults?.fixedDeadline ?? '') }
  if (!initiative) return base
  const { area, category, title, method, deadlineText, fixedDeadline, status, owner, notes } = initiative
  return { area, category, title, method, deadlineText, fixedDeadline: formatDateEntry(fixedDeadline ?? ''), status, owner, notes }
}

const draftShape = {
  id: 'draft',
  overviewId: 'draft',
  order: 0,
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  revision: 0,
}

export function validateForm(values: FormValues): { ok: true; draft: InitiativeDraft } | { ok: false; issues: DraftIssues } {
  const issues: DraftIssues = {}
  const fixed = parseDateEntry(values.fixedDeadline)
  if (!fixed.ok) issues.fixedDeadline = 'date'
  if (values.title.trim().length > INITIATIVE_TITLE_MAX) issues.title = 'title-too-long'
  const { fixedDeadline: _typed, ...rest } = values
  const candidate = { ...rest, ...(fixed.ok && fixed.value ? { fixedDeadline: fixed.value } : {}) }
  // The schema says 'category' for a category not chosen yet ('').
  const parsed = initiativeSchema.safeParse({ ...draftShape, ...candidate })
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as keyof InitiativeDraft
      issues[field] ??= issue.message && !issue.message.includes(' ') ? issue.message : 'required'
    }
  return Object.keys(issues).length ? { ok: false, issues } : { ok: true, draft: candidate as InitiativeDraft }
}

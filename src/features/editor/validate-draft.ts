/** Field-level checks of a draft with the data model's own schema (no second set of rules). */
import type { InitiativeDraft } from '../../domain/model'
import { initiativeSchema } from '../../domain/schemas'

export type DraftIssues = Partial<Record<keyof InitiativeDraft, string>>

const draftShape = {
  id: 'draft',
  overviewId: 'draft',
  order: 0,
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  revision: 0,
}

export function draftIssues(draft: InitiativeDraft): DraftIssues {
  const parsed = initiativeSchema.safeParse({ ...draftShape, ...draft })
  if (parsed.success) return {}
  const issues: DraftIssues = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]) as keyof InitiativeDraft
    issues[field] ??= issue.message && !issue.message.includes(' ') ? issue.message : 'required'
  }
  return issues
}

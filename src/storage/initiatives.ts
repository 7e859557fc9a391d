/** Initiative records: add, edit with a revision check, delete with undo. */
import type { IndsatsDb } from './db'
import type { Initiative, InitiativeDraft, StatusEntry } from '../domain/model'
import type { initiativeSchema } from '../domain/schemas'
import { keepsDeadlineReference } from '../domain/reference-date'
import { failure, ok, type FieldIssue, type WriteResult } from './result'
import { loadSchemas, validate } from './validate'
import { newId, nowIso } from './clock'
import { getRow, lastOrder, rowsOf } from './row-pages'
import { addRows, deleteRows, putRows } from './row-writes'
import { extraIssues } from '../domain/columns/extra'

/** Keeps optional fields absent rather than empty, so stored records stay minimal. */
function cleanDraft(draft: InitiativeDraft): InitiativeDraft {
  const { fixedDeadline, extra, ...rest } = draft
  return { ...rest, ...(fixedDeadline ? { fixedDeadline } : {}), ...(extra && Object.keys(extra).length ? { extra } : {}) }
}

/** A draft's extra values against its overview's columns: an unknown column or a value of the wrong type is refused, never dropped. */
export async function extraValuesIssues(db: IndsatsDb, overviewId: string, draft: InitiativeDraft): Promise<FieldIssue[]> {
  if (!draft.extra) return []
  const overview = await db.overviews.get(overviewId)
  return extraIssues(overview?.columns ?? [], draft.extra).map((issue) => ({ field: `extra:${issue.columnId}`, code: `extra-${issue.code}` }))
}

export function buildInitiative(
  schema: typeof initiativeSchema,
  overviewId: string,
  draft: InitiativeDraft,
  order: number,
  now = nowIso(),
): { ok: true; value: Initiative } | { ok: false; issues: FieldIssue[] } {
  return validate(schema, {
    ...cleanDraft(draft),
    id: newId(),
    overviewId,
    order,
    createdAt: now,
    updatedAt: now,
    revision: 0,
  })
}

export async function addInitiative(db: IndsatsDb, overviewId: string, draft: InitiativeDraft): Promise<WriteResult<Initiative>> {
  try {
    const { initiativeSchema } = await loadSchemas()
    return await db.transaction('rw', db.overviews, db.rowPages, async () => {
      if (!(await db.overviews.get(overviewId))) return { ok: false, code: 'not-found' } as const
      const extraProblems = await extraValuesIssues(db, overviewId, draft)
      if (extraProblems.length) return { ok: false, code: 'invalid', issues: extraProblems } as const
      const built = buildInitiative(initiativeSchema, overviewId, draft, (await lastOrder(db, overviewId)) + 1)
      if (!built.ok) return { ok: false, code: 'invalid', issues: built.issues } as const
      await addRows(db, [built.value])
      return ok(built.value)
    })
  } catch (error) {
    return failure(error)
  }
}

/** The stored row with the form's fields put in: validated, its revision one up. */
export function editedRow(
  schema: typeof initiativeSchema,
  current: Initiative,
  draft: InitiativeDraft,
  now = nowIso(),
): { ok: true; value: Initiative } | { ok: false; issues: FieldIssue[] } {
  // The draft holds every field the form edits: a Fast frist or extra values it leaves out are cleared.
  const { fixedDeadline: _old, extra: _oldExtra, deadlineReference, ...base } = current
  // A rewritten deadline text is read against today's meeting, not the one it was first written for.
  const keepReference = deadlineReference && keepsDeadlineReference(current, draft.deadlineText) ? { deadlineReference } : {}
  return validate(schema, { ...base, ...keepReference, ...cleanDraft(draft), updatedAt: now, revision: current.revision + 1 })
}

/**
 * Saves an edit only if nobody changed the row since the form was opened
 * (`expectedRevision`); otherwise returns the current record as a conflict,
 * so another tab's edit is never overwritten silently.
 */
export async function updateInitiative(
  db: IndsatsDb,
  id: string,
  draft: InitiativeDraft,
  expectedRevision: number,
): Promise<WriteResult<Initiative>> {
  try {
    const { initiativeSchema } = await loadSchemas()
    return await db.transaction('rw', db.overviews, db.rowPages, async () => {
      const current = await getRow(db, id)
      if (!current) return { ok: false, code: 'not-found' } as const
      if (current.revision !== expectedRevision) return { ok: false, code: 'conflict', current } as const
      const extraProblems = await extraValuesIssues(db, current.overviewId, draft)
      if (extraProblems.length) return { ok: false, code: 'invalid', issues: extraProblems } as const
      const next = editedRow(initiativeSchema, current, draft)
      if (!next.ok) return { ok: false, code: 'invalid', issues: next.issues } as const
      await putRows(db, [next.value])
      return ok(next.value)
    })
  } catch (error) {
    return failure(error)
  }
}

/** A deleted row with its status log, as Fortryd needs it to put everything back. */
export interface DeletedRow {
  initiative: Initiative
  statusLogs: StatusEntry[]
}

/** Deletes at once (with its status log) and hands everything back, so Fortryd can put it back exactly. */
export async function deleteInitiative(db: IndsatsDb, id: string): Promise<WriteResult<DeletedRow>> {
  try {
    return await db.transaction('rw', db.rowPages, db.statusLogs, async () => {
      const current = await getRow(db, id)
      if (!current) return { ok: false, code: 'not-found' } as const
      const statusLogs = await db.statusLogs.where('initiativeId').equals(id).toArray()
      await db.statusLogs.bulkDelete(statusLogs.map((entry) => entry.id))
      await deleteRows(db, [id])
      return ok({ initiative: current, statusLogs })
    })
  } catch (error) {
    return failure(error)
  }
}

/** Undo of a delete: the same records, same ids and positions. */
export async function restoreInitiatives(db: IndsatsDb, rows: readonly DeletedRow[]): Promise<WriteResult> {
  try {
    await db.transaction('rw', db.rowPages, db.statusLogs, async () => {
      await addRows(db, rows.map((row) => row.initiative))
      await db.statusLogs.bulkAdd(rows.flatMap((row) => row.statusLogs))
    })
    return ok(undefined)
  } catch (error) {
    return failure(error)
  }
}

export function initiativesOf(db: IndsatsDb, overviewId: string): Promise<Initiative[]> {
  return rowsOf(db, overviewId)
}


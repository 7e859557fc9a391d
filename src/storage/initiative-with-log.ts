/**
 * The Rediger dialog's one save: the row's fields and the changes to its status log
 * (entries added, entries deleted) in one transaction, behind the same revision check as
 * updateInitiative. Either everything is written or nothing is.
 */
import type { IndsatsDb } from './db'
import type { Initiative, InitiativeDraft, StatusEntry } from '../domain/model'
import { failure, ok, type FieldIssue, type WriteResult } from './result'
import { loadSchemas, validate } from './validate'
import { newId, nowIso } from './clock'
import { getRow } from './row-pages'
import { putRows } from './row-writes'
import { editedRow, extraValuesIssues } from './initiatives'
import { BUILT_IN_COLUMNS } from '../domain/columns/registry'
import type { StatusEntryDraft } from './status-log'

export interface StatusLogWrite {
  /** New entries, in the order they were added. */
  add: readonly StatusEntryDraft[]
  /** Ids of stored entries to delete; one already gone (deleted in another tab) is passed over. */
  remove: readonly string[]
}

export interface SavedWithLog {
  initiative: Initiative
  added: StatusEntry[]
  removed: StatusEntry[]
}

/** The form's fields, from the column registry (the stored built-ins it edits); extra values are compared apart. */
const FORM_FIELDS = BUILT_IN_COLUMNS.flatMap((c) => (c.editable && c.source.from === 'field' ? [c.source.field] : []))
const sameExtra = (a: Initiative['extra'], b: Initiative['extra']) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {})

/**
 * Saves the form and the log changes only if nobody changed the row since the form was
 * opened (`expectedRevision`); otherwise returns the current row as a conflict and writes
 * nothing. An invalid entry is reported as `statusLog.<n>.<field>` (n counts `log.add`).
 * The revision moves only when a form field changed: a log change alone moves `updatedAt`,
 * as adding an entry always has.
 */
export async function updateInitiativeWithLog(
  db: IndsatsDb,
  id: string,
  draft: InitiativeDraft,
  expectedRevision: number,
  log: StatusLogWrite,
): Promise<WriteResult<SavedWithLog>> {
  try {
    const { initiativeSchema, statusEntrySchema } = await loadSchemas()
    return await db.transaction('rw', db.overviews, db.rowPages, db.statusLogs, async () => {
      const current = await getRow(db, id)
      if (!current) return { ok: false, code: 'not-found' } as const
      if (current.revision !== expectedRevision) return { ok: false, code: 'conflict', current } as const
      const extraProblems = await extraValuesIssues(db, current.overviewId, draft)
      if (extraProblems.length) return { ok: false, code: 'invalid', issues: extraProblems } as const
      const now = nowIso()
      const edited = editedRow(initiativeSchema, current, draft, now)
      if (!edited.ok) return { ok: false, code: 'invalid', issues: edited.issues } as const

      const issues: FieldIssue[] = []
      const added: StatusEntry[] = []
      log.add.forEach((entry, index) => {
        const checked = validate(statusEntrySchema, { ...entry, id: newId(), initiativeId: id, overviewId: current.overviewId, createdAt: now })
        if (checked.ok) added.push(checked.value)
        else issues.push(...checked.issues.map((issue) => ({ field: `statusLog.${index}.${issue.field}`, code: issue.code })))
      })
      if (issues.length) return { ok: false, code: 'invalid', issues } as const

      const stored = await db.statusLogs.bulkGet([...log.remove])
      const removed = stored.filter((entry): entry is StatusEntry => entry?.initiativeId === id)
      const fieldsChanged = FORM_FIELDS.some((field) => (edited.value[field] ?? '') !== (current[field] ?? '')) || !sameExtra(edited.value.extra, current.extra)
      if (!fieldsChanged && !added.length && !removed.length) return ok({ initiative: current, added, removed })

      const initiative = fieldsChanged ? edited.value : { ...current, updatedAt: now }
      await putRows(db, [initiative])
      await db.statusLogs.bulkAdd(added)
      await db.statusLogs.bulkDelete(removed.map((entry) => entry.id))
      return ok({ initiative, added, removed })
    })
  } catch (error) {
    return failure(error)
  }
}

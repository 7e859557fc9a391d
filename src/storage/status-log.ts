/** Adding one status entry on its own (the Rediger dialog saves entries with its row: ./initiative-with-log.ts). */
import type { IndsatsDb } from './db'
import type { StatusEntry } from '../domain/model'
import { failure, ok, type WriteResult } from './result'
import { loadSchemas, validate } from './validate'
import { newId, nowIso } from './clock'
import { getRow } from './row-pages'
import { putRows } from './row-writes'

export type StatusEntryDraft = Pick<StatusEntry, 'date' | 'text' | 'author'>

export async function addStatusEntry(db: IndsatsDb, initiativeId: string, draft: StatusEntryDraft): Promise<WriteResult<StatusEntry>> {
  try {
    const { statusEntrySchema } = await loadSchemas()
    return await db.transaction('rw', db.rowPages, db.statusLogs, async () => {
      const initiative = await getRow(db, initiativeId)
      if (!initiative) return { ok: false, code: 'not-found' } as const
      const entry = validate(statusEntrySchema, { ...draft, id: newId(), initiativeId, overviewId: initiative.overviewId, createdAt: nowIso() })
      if (!entry.ok) return { ok: false, code: 'invalid', issues: entry.issues } as const
      await db.statusLogs.add(entry.value)
      await touch(db, initiativeId)
      return ok(entry.value)
    })
  } catch (error) {
    return failure(error)
  }
}

/**
 * A status entry is a change to its row: the row's updatedAt moves (its revision does
 * not — the form's fields did not change), so the backup reminder counts it.
 */
async function touch(db: IndsatsDb, initiativeId: string): Promise<void> {
  const row = await getRow(db, initiativeId)
  if (row) await putRows(db, [{ ...row, updatedAt: nowIso() }])
}

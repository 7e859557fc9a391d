/**
 * Committing an import: all rows or none, in one transaction; and "Fortryd import",
 * which removes exactly the rows the import added (and the overview it created, if
 * nothing else has been put in it since).
 */
import type { IndsatsDb } from './db'
import type { Initiative, InitiativeDraft } from '../domain/model'
import { buildInitiative } from './initiatives'
import { countRows, lastOrder } from './row-pages'
import { addRows, deleteRows } from './row-writes'
import { failure, ok, type WriteResult } from './result'
import { nowIso } from './clock'
import { loadSchemas } from './validate'

export interface ImportReceipt {
  overviewId: string
  /** True when the import made a new overview ("Ny oversigt"). */
  createdOverview: boolean
  initiativeIds: string[]
}

export async function appendInitiatives(db: IndsatsDb, overviewId: string, drafts: readonly InitiativeDraft[]): Promise<WriteResult<ImportReceipt>> {
  try {
    const { initiativeSchema } = await loadSchemas()
    return await db.transaction('rw', db.overviews, db.rowPages, async () => {
      if (!(await db.overviews.get(overviewId))) return { ok: false, code: 'not-found' } as const
      const last = await lastOrder(db, overviewId)
      const now = nowIso()
      const rows: Initiative[] = []
      for (const [index, draft] of drafts.entries()) {
        const built = buildInitiative(initiativeSchema, overviewId, draft, last + index + 1, now)
        if (!built.ok) return { ok: false, code: 'invalid', issues: built.issues.map((i) => ({ ...i, field: `${index}.${i.field}` })) } as const
        rows.push(built.value)
      }
      await addRows(db, rows)
      return ok({ overviewId, createdOverview: false, initiativeIds: rows.map((r) => r.id) })
    })
  } catch (error) {
    return failure(error)
  }
}

export async function undoImport(db: IndsatsDb, receipt: ImportReceipt): Promise<WriteResult> {
  try {
    await db.transaction('rw', [db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => {
      // Status entries written on imported rows since go with them: none may point at a missing row.
      await db.statusLogs.where('initiativeId').anyOf(receipt.initiativeIds).delete()
      await deleteRows(db, receipt.initiativeIds)
      if (receipt.createdOverview && (await countRows(db, receipt.overviewId)) === 0) {
        await db.snapshots.where('overviewId').equals(receipt.overviewId).delete()
        await db.overviews.delete(receipt.overviewId)
      }
    })
    return ok(undefined)
  } catch (error) {
    return failure(error)
  }
}

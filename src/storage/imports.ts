/**
 * Committing an import: all rows or none, in one transaction; and "Fortryd import",
 * which removes exactly the rows the import added (and the overview it created, if
 * nothing else has been put in it since).
 *
 * The first import into a browser that holds nothing but the untouched example takes the
 * example's place: it is deleted in the same transaction as the new overview is created,
 * and "Fortryd import" puts it back exactly, in the transaction that removes the import.
 */
import type { IndsatsDb } from './db'
import type { Initiative, InitiativeDraft } from '../domain/model'
import { buildInitiative } from './initiatives'
import { countRows, lastOrder } from './row-pages'
import { addRows, deleteRows } from './row-writes'
import { failure, ok, type WriteResult } from './result'
import { nowIso } from './clock'
import { loadSchemas } from './validate'
import { prepareOverviewWithRows, type OverviewHeader } from './overviews'
import { deleteOverview, restoreOverview, type OverviewBundle } from './lifecycle'
import { onlyUntouchedExample } from './example'

export interface ImportReceipt {
  overviewId: string
  /** True when the import made a new overview ("Ny oversigt"). */
  createdOverview: boolean
  initiativeIds: string[]
  /** The example the import took the place of, exactly as it was: "Fortryd import" puts it back. */
  replacedExample?: OverviewBundle
}

type NewOverviewHeader = Partial<OverviewHeader> & Pick<OverviewHeader, 'title'>

/**
 * An import into a new overview ("Ny oversigt"). With `replaceUntouchedExample`, and only
 * if the example is then the one overview here and untouched (checked inside the
 * transaction, so another tab's edit a moment earlier is never lost), the example goes.
 */
export async function importAsNewOverview(
  db: IndsatsDb,
  header: NewOverviewHeader,
  drafts: readonly InitiativeDraft[],
  { replaceUntouchedExample = false } = {},
): Promise<WriteResult<ImportReceipt>> {
  const prepared = await prepareOverviewWithRows(header, drafts)
  if (!prepared.ok) return prepared
  const { overview, rows } = prepared.value
  try {
    return await db.transaction('rw', [db.meta, db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => {
      const exampleId = replaceUntouchedExample ? await onlyUntouchedExample(db) : null
      let replacedExample: OverviewBundle | undefined
      if (exampleId) {
        const deleted = await deleteOverview(db, exampleId)
        // Thrown, not returned: the whole transaction is undone, the import included.
        if (!deleted.ok) throw new Error(`The example could not be removed: ${deleted.code}`)
        replacedExample = deleted.value
      }
      await db.overviews.add(overview)
      await addRows(db, rows)
      return ok({ overviewId: overview.id, createdOverview: true, initiativeIds: rows.map((r) => r.id), ...(replacedExample ? { replacedExample } : {}) })
    })
  } catch (error) {
    return failure(error)
  }
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
      const example = receipt.replacedExample
      if (example && !(await db.overviews.get(example.overview.id))) {
        const restored = await restoreOverview(db, example)
        if (!restored.ok) throw new Error(`The example could not be put back: ${restored.code}`)
      }
    })
    return ok(undefined)
  } catch (error) {
    return failure(error)
  }
}

/**
 * "Gendan sikkerhedskopi": writes a checked backup into the database in ONE transaction
 * over every data table, so a failure part-way (quota, a closed database, a bad record)
 * rolls everything back and leaves the database exactly as it was.
 *
 * - replace: clears the data tables and writes the backup's records as they are, so a
 *   backup taken afterwards is byte-identical to the file. The meta table (when the last
 *   backup was taken, that the example was offered and which overview it was) is kept: it
 *   is about this browser.
 * - merge: per id, new records are added and the newer `updatedAt` wins (src/io/backup/merge).
 *   A winning indsats gets a revision above both sides', so a form open in another tab
 *   notices the change instead of saving over it.
 */
import type { IndsatsDb } from './db'
import type { Initiative } from '../domain/model'
import { checkRecords, planMerge, type BackupRecords, type RestoreMode, type RestoreReceipt } from '../io/backup'
import { failure, ok, type WriteResult } from './result'
import { getRows } from './row-pages'
import { addRows, putRows } from './row-writes'
import { onlyUntouchedExample } from './example'

/**
 * With `guard: 'only-untouched-example'` (a replace the user was told needs no safety copy,
 * as the browser held nothing but the untouched example), the restore is refused with
 * code 'changed' — and nothing written — unless that is still so inside the transaction.
 */
export async function restoreBackup(
  db: IndsatsDb,
  records: BackupRecords,
  mode: RestoreMode,
  guard?: 'only-untouched-example',
): Promise<WriteResult<RestoreReceipt> | { ok: false; code: 'changed' }> {
  // Checked again here, whoever the caller is: nothing unchecked reaches the database.
  const checked = checkRecords(records)
  if (!checked.ok) {
    const [field = '', code = checked.code] = checked.detail.split(': ')
    return { ok: false, code: 'invalid', issues: [{ field, code }] }
  }
  const { overviews, initiatives, statusLogs, snapshots } = checked.value
  const counts = { mode, overviews: overviews.length, initiatives: initiatives.length, statusLogs: statusLogs.length, snapshots: snapshots.length }
  try {
    return await db.transaction('rw', [db.meta, db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => {
      if (guard && !(await onlyUntouchedExample(db))) return { ok: false, code: 'changed' } as const
      if (mode === 'replace') {
        await Promise.all([db.snapshots.clear(), db.statusLogs.clear(), db.rowPages.clear(), db.overviews.clear()])
        await db.overviews.bulkAdd(overviews)
        await addRows(db, initiatives)
        await db.statusLogs.bulkAdd(statusLogs)
        await db.snapshots.bulkAdd(snapshots)
        const { mode: _mode, ...everything } = counts
        return ok({ ...counts, added: everything, updated: { overviews: 0, initiatives: 0 }, unchanged: 0, conflicts: [] })
      }
      const overviewPlan = planMerge('overview', overviews, await db.overviews.bulkGet(overviews.map((o) => o.id)))
      const initiativePlan = planMerge('initiative', initiatives, await getRows(db, initiatives.map((i) => i.id)), adoptInitiative)
      await db.overviews.bulkPut(overviewPlan.writes)
      await putRows(db, initiativePlan.writes)
      // Status entries and versions are never edited, only added: merging them is taking the missing ones.
      const newStatus = await missing(db.statusLogs, statusLogs)
      const newSnapshots = await missing(db.snapshots, snapshots)
      await db.statusLogs.bulkAdd(newStatus)
      await db.snapshots.bulkAdd(newSnapshots)
      return ok({
        ...counts,
        added: { overviews: overviewPlan.added, initiatives: initiativePlan.added, statusLogs: newStatus.length, snapshots: newSnapshots.length },
        updated: { overviews: overviewPlan.updated, initiatives: initiativePlan.updated },
        unchanged: overviewPlan.unchanged + initiativePlan.unchanged,
        conflicts: [...overviewPlan.conflicts, ...initiativePlan.conflicts],
      })
    })
  } catch (error) {
    return failure(error)
  }
}

async function missing<T extends { id: string }>(table: { bulkGet: (ids: string[]) => Promise<(T | undefined)[]> }, records: T[]): Promise<T[]> {
  const existing = await table.bulkGet(records.map((r) => r.id))
  return records.filter((_, index) => !existing[index])
}

function adoptInitiative(theirs: Initiative, ours: Initiative): Initiative {
  return { ...theirs, revision: Math.max(theirs.revision, ours.revision) + 1 }
}

/**
 * An overview's whole life: freeze a version for a meeting, roll it forward to the
 * next meeting, delete it (everything that belongs to it, in one transaction) and
 * put it back (Fortryd).
 */
import type { IndsatsDb } from './db'
import type { Initiative, Overview, Snapshot, StatusEntry } from '../domain/model'
import { rollForward } from '../domain/roll-forward'
import { failure, ok, type WriteResult } from './result'
import { loadSchemas, validate } from './validate'
import { newId, nowIso } from './clock'
import { initiativesOf } from './initiatives'
import { addRows, deleteOverviewRows } from './row-writes'

export interface OverviewBundle {
  overview: Overview
  initiatives: Initiative[]
  statusLogs: StatusEntry[]
  snapshots: Snapshot[]
}

async function contentsOf(db: IndsatsDb, overviewId: string) {
  const overview = await db.overviews.get(overviewId)
  if (!overview) return null
  return { overview, initiatives: await initiativesOf(db, overviewId), statusLogs: await db.statusLogs.where('overviewId').equals(overviewId).toArray() }
}

export async function saveSnapshot(db: IndsatsDb, overviewId: string, label: string, meetingDate: string): Promise<WriteResult<Snapshot>> {
  try {
    const { snapshotSchema } = await loadSchemas()
    return await db.transaction('rw', [db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => {
      const contents = await contentsOf(db, overviewId)
      if (!contents) return { ok: false, code: 'not-found' } as const
      const snapshot = validate(snapshotSchema, { id: newId(), overviewId, label, meetingDate, createdAt: nowIso(), ...contents })
      if (!snapshot.ok) return { ok: false, code: 'invalid', issues: snapshot.issues } as const
      await db.snapshots.add(snapshot.value)
      // A new version is a change to the overview, for the list's order and the backup reminder.
      await db.overviews.update(overviewId, { updatedAt: snapshot.value.createdAt })
      return ok(snapshot.value)
    })
  } catch (error) {
    return failure(error)
  }
}

export async function rollOverviewForward(db: IndsatsDb, overviewId: string, title: string, meetingDate: string): Promise<WriteResult<Overview>> {
  try {
    return await db.transaction('rw', [db.overviews, db.rowPages, db.statusLogs], async () => {
      const contents = await contentsOf(db, overviewId)
      if (!contents) return { ok: false, code: 'not-found' } as const
      const copy = rollForward(contents, { title, meetingDate, newId, now: nowIso() })
      await db.overviews.add(copy.overview)
      await addRows(db, copy.initiatives)
      await db.statusLogs.bulkAdd(copy.statusLogs)
      return ok(copy.overview)
    })
  } catch (error) {
    return failure(error)
  }
}

/** Deletes the overview with its rows, status logs and versions; hands it all back for Fortryd. */
export async function deleteOverview(db: IndsatsDb, overviewId: string): Promise<WriteResult<OverviewBundle>> {
  try {
    return await db.transaction('rw', [db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => {
      const contents = await contentsOf(db, overviewId)
      if (!contents) return { ok: false, code: 'not-found' } as const
      const snapshots = await db.snapshots.where('overviewId').equals(overviewId).toArray()
      await db.snapshots.bulkDelete(snapshots.map((s) => s.id))
      await db.statusLogs.bulkDelete(contents.statusLogs.map((s) => s.id))
      await deleteOverviewRows(db, overviewId)
      await db.overviews.delete(overviewId)
      return ok({ ...contents, snapshots })
    })
  } catch (error) {
    return failure(error)
  }
}

export async function restoreOverview(db: IndsatsDb, bundle: OverviewBundle): Promise<WriteResult> {
  try {
    await db.transaction('rw', [db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => {
      await db.overviews.add(bundle.overview)
      await addRows(db, bundle.initiatives)
      await db.statusLogs.bulkAdd(bundle.statusLogs)
      await db.snapshots.bulkAdd(bundle.snapshots)
    })
    return ok(undefined)
  } catch (error) {
    return failure(error)
  }
}

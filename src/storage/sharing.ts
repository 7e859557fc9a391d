/**
 * The local side of shared overviews (src/sync holds the rest).
 *
 * Stored in `meta` (no schema change):
 * - `share:<overviewId>`: see ./share-record.ts.
 * - `sync-doc:<overviewId>` and `sync-doc:<overviewId>#<n>`: the shared document's Yjs state
 *   as last agreed with the local rows — a full state and the updates since, each written in
 *   the same transaction as the rows it goes with (a full state of 10,000 rows is megabytes:
 *   writing it on every edit cost hundreds of milliseconds), folded into a new full state now
 *   and then. It survives a reload, so edits made offline are told apart from changes made
 *   elsewhere and sent when the connection returns.
 */
import Dexie from 'dexie'
import type { IndsatsDb } from './db'
import type { Initiative, Overview, Snapshot, StatusEntry } from '../domain/model'
import { failure, ok, type WriteResult } from './result'
import { getRows, rowsOf } from './row-pages'
import { deleteRows, putRows } from './row-writes'
import { shareKey, type ShareRecord } from './share-record'

export const docKey = (overviewId: string) => `sync-doc:${overviewId}`
const updateKeys = (db: IndsatsDb, overviewId: string) => db.meta.where('key').startsWith(`${docKey(overviewId)}#`)

export async function saveShare(db: IndsatsDb, share: ShareRecord): Promise<WriteResult> {
  try {
    await db.transaction('rw', db.meta, () => db.meta.put({ key: shareKey(share.overviewId), value: share }))
    return ok(undefined)
  } catch (error) {
    return failure(error)
  }
}

/** Stops sharing in this browser: the local copy stays as an ordinary overview. */
export async function removeShare(db: IndsatsDb, overviewId: string): Promise<WriteResult> {
  try {
    await db.transaction('rw', db.meta, async () => {
      await db.meta.bulkDelete([shareKey(overviewId), docKey(overviewId)])
      await updateKeys(db, overviewId).delete()
    })
    return ok(undefined)
  } catch (error) {
    return failure(error)
  }
}

/** The kept state: the full state first, then the updates since, in order (empty when none). */
export async function loadDocState(db: IndsatsDb, overviewId: string): Promise<Uint8Array[]> {
  return db.transaction('r', db.meta, async () => {
    const records = [await db.meta.get(docKey(overviewId)), ...(await updateKeys(db, overviewId).sortBy('key'))]
    return records.flatMap((record) => (record?.value instanceof Uint8Array ? [record.value] : []))
  })
}

/** The kinds of record a shared overview holds, as the sync bridge names them. */
export interface LocalRecords {
  overview: Overview[]
  rows: Initiative[]
  statusLogs: StatusEntry[]
  snapshots: Snapshot[]
}
export type RecordKind = keyof LocalRecords

/** Which records to read: all of the overview's, or these ids only. */
export type ReadScope = 'all' | { [K in RecordKind]: readonly string[] }

export interface LocalWrite {
  put: LocalRecords
  remove: { [K in RecordKind]: string[] }
  /** The document state to keep with these records; null: unchanged. */
  docState: { update: Uint8Array; full: boolean } | null
}

/**
 * One sync step in one transaction: reads the overview's records (`scope`), lets `decide`
 * (synchronous: nothing else may run inside an IndexedDB transaction) work out what changes,
 * and writes that with the document state. The records are validated by the caller.
 */
export async function syncStep(db: IndsatsDb, overviewId: string, scope: ReadScope, decide: (local: LocalRecords) => LocalWrite): Promise<WriteResult> {
  try {
    await db.transaction('rw', [db.overviews, db.rowPages, db.statusLogs, db.snapshots, db.meta], async () => {
      const local = await readLocal(db, overviewId, scope)
      const write = decide(local)
      if (write.put.overview.length) await db.overviews.bulkPut(write.put.overview)
      await deleteRows(db, write.remove.rows)
      await putRows(db, write.put.rows)
      if (write.remove.statusLogs.length) await db.statusLogs.bulkDelete(write.remove.statusLogs)
      if (write.put.statusLogs.length) await db.statusLogs.bulkPut(write.put.statusLogs)
      if (write.remove.snapshots.length) await db.snapshots.bulkDelete(write.remove.snapshots)
      if (write.put.snapshots.length) await db.snapshots.bulkPut(write.put.snapshots)
      if (write.docState?.full) {
        await updateKeys(db, overviewId).delete()
        await db.meta.put({ key: docKey(overviewId), value: write.docState.update })
      } else if (write.docState) {
        const next = await updateKeys(db, overviewId).count()
        await db.meta.put({ key: `${docKey(overviewId)}#${String(next).padStart(8, '0')}`, value: write.docState.update })
      }
    })
    return ok(undefined)
  } catch (error) {
    return failure(error)
  }
}

async function readLocal(db: IndsatsDb, overviewId: string, scope: ReadScope): Promise<LocalRecords> {
  const mine = <T extends { overviewId: string }>(records: (T | undefined)[]) => records.filter((r): r is T => r?.overviewId === overviewId)
  if (scope === 'all') {
    const overview = await db.overviews.get(overviewId)
    return {
      overview: overview ? [overview] : [],
      rows: await rowsOf(db, overviewId),
      statusLogs: await db.statusLogs.where('overviewId').equals(overviewId).toArray(),
      snapshots: await db.snapshots.where('overviewId').equals(overviewId).toArray(),
    }
  }
  const overview = scope.overview.includes(overviewId) ? await db.overviews.get(overviewId) : undefined
  return {
    overview: overview ? [overview] : [],
    rows: mine(await getRows(db, scope.rows)),
    statusLogs: mine(await db.statusLogs.bulkGet([...scope.statusLogs])),
    snapshots: mine(await db.snapshots.bulkGet([...scope.snapshots])),
  }
}

/** Calls `changed` after every write to the overview's tables, in this tab or another (not for `meta` alone). */
export function watchLocalChanges(db: IndsatsDb, changed: () => void): () => void {
  // Dexie names each changed part `idb://<database>/<table>/…`.
  const tables = ['overviews', 'rowPages', 'statusLogs', 'snapshots'].map((table) => `idb://${db.name}/${table}/`)
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => tables.some((table) => part.startsWith(table)))) changed()
  }
  Dexie.on('storagemutated', listener)
  return () => Dexie.on.storagemutated.unsubscribe(listener)
}

/** The local side of one shared overview, as src/sync's bridge uses it. */
export function syncPortFor(db: IndsatsDb, overviewId: string) {
  return {
    step: (scope: ReadScope, decide: (local: LocalRecords) => LocalWrite) => syncStep(db, overviewId, scope, decide),
    loadDocState: () => loadDocState(db, overviewId),
    watch: (changed: () => void) => watchLocalChanges(db, changed),
  }
}

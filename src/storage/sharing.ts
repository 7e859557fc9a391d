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
import { flatten, getRows, type RowPage } from './row-pages'
import { touchedKeys } from './change-notice'
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

/** What a step read: the records, and for each page of rows it read, the ids it holds now (a page gone holds none). */
export interface LocalRead extends LocalRecords {
  pages: Map<string, readonly string[]>
}

/**
 * Which records to read: all of the overview's, or these ids only, plus every row of the
 * named pages (a local write names the pages it wrote, not the rows in them).
 */
export type ReadScope = 'all' | ({ [K in RecordKind]: readonly string[] } & { pages?: readonly string[] })

/** What a local write touched: the overview's header, its pages of rows, status entries and snapshots by id; 'all' when the notice names no keys. */
export type LocalTouch = 'all' | { overview: boolean; pages: string[]; statusLogs: string[]; snapshots: string[] }

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
export async function syncStep(db: IndsatsDb, overviewId: string, scope: ReadScope, decide: (local: LocalRead) => LocalWrite): Promise<WriteResult> {
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

async function readLocal(db: IndsatsDb, overviewId: string, scope: ReadScope): Promise<LocalRead> {
  const mine = <T extends { overviewId: string }>(records: (T | undefined)[]) => records.filter((r): r is T => r?.overviewId === overviewId)
  const pageMap = (ids: readonly string[], pages: readonly RowPage[]) => new Map<string, readonly string[]>([...ids.map((id) => [id, []] as const), ...pages.map((page) => [page.id, page.rowIds] as const)])
  if (scope === 'all') {
    const overview = await db.overviews.get(overviewId)
    const pages = await db.rowPages.where('overviewId').equals(overviewId).toArray()
    return {
      overview: overview ? [overview] : [],
      rows: flatten(pages),
      pages: pageMap([], pages),
      statusLogs: await db.statusLogs.where('overviewId').equals(overviewId).toArray(),
      snapshots: await db.snapshots.where('overviewId').equals(overviewId).toArray(),
    }
  }
  const overview = scope.overview.includes(overviewId) ? await db.overviews.get(overviewId) : undefined
  const pageIds = scope.pages ?? []
  const pages = mine(await db.rowPages.bulkGet([...pageIds]))
  const rows = new Map(pages.flatMap((page) => page.rows.map((row) => [row.id, row] as const)))
  for (const row of mine(await getRows(db, scope.rows.filter((id) => !rows.has(id))))) rows.set(row.id, row)
  return {
    overview: overview ? [overview] : [],
    rows: [...rows.values()],
    pages: pageMap(pageIds, pages),
    statusLogs: mine(await db.statusLogs.bulkGet([...scope.statusLogs])),
    snapshots: mine(await db.snapshots.bulkGet([...scope.snapshots])),
  }
}

const WATCHED_TABLES = ['overviews', 'rowPages', 'statusLogs', 'snapshots'] as const

/**
 * Calls `changed` after every write to the overview's records, in this tab or another (not
 * for `meta` alone, nor for another overview's header or rows), saying what it touched.
 */
export function watchLocalChanges(db: IndsatsDb, overviewId: string, changed: (touch: LocalTouch) => void): () => void {
  const ownPage = `${overviewId}/`
  const listener = (parts: Record<string, unknown>) => {
    const keys = touchedKeys(db, parts, WATCHED_TABLES)
    if (Object.keys(keys).length === 0) return
    if (Object.values(keys).some((list) => list === null)) return changed('all')
    const overview = keys.overviews?.includes(overviewId) ?? false
    const pages = (keys.rowPages ?? []).filter((id) => id.startsWith(ownPage))
    // Status entries and snapshots are keyed by their own ids: which overview they belong to shows when they are read.
    const statusLogs = keys.statusLogs ?? []
    const snapshots = keys.snapshots ?? []
    if (overview || pages.length || statusLogs.length || snapshots.length) changed({ overview, pages, statusLogs, snapshots })
  }
  Dexie.on('storagemutated', listener)
  return () => Dexie.on.storagemutated.unsubscribe(listener)
}

/** The local side of one shared overview, as src/sync's bridge uses it. */
export function syncPortFor(db: IndsatsDb, overviewId: string) {
  return {
    step: (scope: ReadScope, decide: (local: LocalRead) => LocalWrite) => syncStep(db, overviewId, scope, decide),
    loadDocState: () => loadDocState(db, overviewId),
    watch: (changed: (touch: LocalTouch) => void) => watchLocalChanges(db, overviewId, changed),
  }
}

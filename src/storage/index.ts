/**
 * The storage API the app and features use. Only this folder imports Dexie; the
 * rest of the app sees plain functions bound to the one database of this browser,
 * and live-query hooks that update every open tab at once.
 */
import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { openDatabase, type IndsatsDb } from './db'
import type { InitiativeDraft, Initiative, Overview, Snapshot, StatusEntry } from '../domain/model'
import type { ExampleOverview } from '../domain/example'
import { setHealth, watchHealth } from './health'
import type { OverviewHeader } from './overviews'
import type { DeletedRow } from './initiatives'
import type { StatusLogWrite } from './initiative-with-log'
import type { OverviewBundle } from './lifecycle'
import type { ImportBatch, ImportReceipt } from './imports'
import type { DeletedColumn } from './columns'
import type { ExtraColumnType } from '../domain/columns/extra-types'
import type { BulkDeleteReceipt, BulkUpdateReceipt } from './bulk'
import type { BulkPatch } from '../domain/bulk-edit'
import { exampleNeeded, latestStatusByInitiative, snapshotsOf, statusLogOf } from './queries'
import { exampleRecord } from './example-record'
import { backupStatus, markBackupTaken, readEverything, type BackupStatus } from './backup-meta'
import type { BackupRecords, RestoreMode } from '../io/backup'
import { currentPersistence, requestPersistence, type PersistenceState } from './persistence'
import { countRows, firstRowsOf, type FirstRows } from './row-pages'
import { watchOverviewRows } from './live-rows'
import { readShare, type ShareRecord } from './share-record'

export type { WriteResult, FieldIssue } from './result'
export type { OverviewHeader } from './overviews'
export type { DeletedColumn } from './columns'
export type { ImportBatch, ImportReceipt, ImportRowDraft } from './imports'
export type { BulkDeleteReceipt, BulkUpdateReceipt, UndoOutcome } from './bulk'
export type { StatusEntryDraft } from './status-log'
export type { StatusLogWrite, SavedWithLog } from './initiative-with-log'
export type { OverviewBundle } from './lifecycle'
export type { PersistenceState } from './persistence'
export type { BackupStatus } from './backup-meta'
export { useStorageHealth, type StorageHealth } from './health'
export type { ShareRecord } from './share-record'

let database: IndsatsDb | undefined
/** Opened lazily so that importing this module never touches IndexedDB. */
export function db(): IndsatsDb {
  if (!database) {
    database = openDatabase()
    watchHealth(database)
    database.open().catch((error: unknown) => {
      // A blocked upgrade resolves by itself once the old tab lets go; anything else is fatal here.
      if ((error as { name?: string })?.name !== 'DatabaseClosedError') setHealth('unavailable')
    })
  }
  return database
}

/** Opens the database now: called before the first render, so opening it overlaps React's work instead of following it. */
export function openStorage(): void {
  db()
}

let persistence: Promise<PersistenceState> | undefined
const persistenceListeners = new Set<(state: PersistenceState) => void>()
/** Asks once per session, on the first save, and tells whoever shows the answer. */
function afterSave<T extends { ok: boolean }>(result: T): T {
  if (result.ok && !persistence) {
    persistence = requestPersistence()
    void persistence.then((state) => persistenceListeners.forEach((listener) => listener(state)))
  }
  return result
}

/** Whether the browser keeps this data even under storage pressure; null until known. */
export function usePersistence(): PersistenceState | null {
  const [state, setState] = useState<PersistenceState | null>(null)
  useEffect(() => {
    let live = true
    void currentPersistence().then((current) => live && setState(current))
    const listener = (next: PersistenceState) => live && setState(next)
    persistenceListeners.add(listener)
    return () => {
      live = false
      persistenceListeners.delete(listener)
    }
  }, [])
  return state
}

let writeModule: Promise<typeof import('./writes')> | undefined
/** The repositories, loaded with the first save; `prefetchWrites` fetches them when the browser is idle. */
const writes = () => (writeModule ??= import('./writes'))
export const prefetchWrites = () => void writes()

type NewOverviewHeader = Partial<OverviewHeader> & Pick<OverviewHeader, 'title'>

export const storage = {
  exampleNeeded: () => exampleNeeded(db()),
  seedExampleOnFirstRun: async (example: ExampleOverview) => (await writes()).seedExampleOnFirstRun(db(), example),
  /** A browser seeded before the example was recorded: marks its untouched seed as the example (./example-adopt.ts). */
  adoptSeededExample: async (loadExample: () => Promise<ExampleOverview>) => (await writes()).adoptSeededExample(db(), loadExample),
  createEmptyOverview: async (title: string) => afterSave(await (await writes()).createEmptyOverview(db(), title)),
  createOverviewWithRows: async (header: NewOverviewHeader, drafts: InitiativeDraft[]) => afterSave(await (await writes()).createOverviewWithRows(db(), header, drafts)),
  updateOverviewHeader: async (id: string, header: OverviewHeader) => afterSave(await (await writes()).updateOverviewHeader(db(), id, header)),
  addInitiative: async (overviewId: string, draft: InitiativeDraft) => afterSave(await (await writes()).addInitiative(db(), overviewId, draft)),
  updateInitiative: async (id: string, draft: InitiativeDraft, expectedRevision: number) => afterSave(await (await writes()).updateInitiative(db(), id, draft, expectedRevision)),
  /** Rediger's Gem: the row and its status-log changes in one transaction, behind the revision check. */
  updateInitiativeWithLog: async (id: string, draft: InitiativeDraft, expectedRevision: number, log: StatusLogWrite) =>
    afterSave(await (await writes()).updateInitiativeWithLog(db(), id, draft, expectedRevision, log)),
  /** Kolonner → Tilføj kolonne / Omdøb / Slet kolonne (with what Fortryd needs) / Fortryd: each one transaction. */
  addColumn: async (overviewId: string, name: string, type: ExtraColumnType) => afterSave(await (await writes()).addColumn(db(), overviewId, name, type)),
  renameColumn: async (overviewId: string, columnId: string, name: string) => afterSave(await (await writes()).renameColumn(db(), overviewId, columnId, name)),
  deleteColumn: async (overviewId: string, columnId: string) => (await writes()).deleteColumn(db(), overviewId, columnId),
  restoreColumn: async (deleted: DeletedColumn) => (await writes()).restoreColumn(db(), deleted),
  deleteInitiative: async (id: string) => (await writes()).deleteInitiative(db(), id),
  restoreInitiatives: async (rows: DeletedRow[]) => (await writes()).restoreInitiatives(db(), rows),
  /** Many rows at once (the bulk bar): one field set on every row, or every row deleted; each returns what its Fortryd needs. One transaction each. */
  bulkUpdate: async (overviewId: string, ids: readonly string[], patch: BulkPatch, today: string) => afterSave(await (await writes()).bulkUpdate(db(), overviewId, ids, patch, today)),
  undoBulkUpdate: async (receipt: BulkUpdateReceipt) => (await writes()).undoBulkUpdate(db(), receipt),
  bulkDelete: async (overviewId: string, ids: readonly string[]) => (await writes()).bulkDelete(db(), overviewId, ids),
  undoBulkDelete: async (receipt: BulkDeleteReceipt) => (await writes()).undoBulkDelete(db(), receipt),
  readEverything: () => readEverything(db()),
  saveSnapshot: async (overviewId: string, label: string, meetingDate: string) => afterSave(await (await writes()).saveSnapshot(db(), overviewId, label, meetingDate)),
  rollOverviewForward: async (overviewId: string, title: string, meetingDate: string) => afterSave(await (await writes()).rollOverviewForward(db(), overviewId, title, meetingDate)),
  deleteOverview: async (overviewId: string) => (await writes()).deleteOverview(db(), overviewId),
  restoreOverview: async (bundle: OverviewBundle) => (await writes()).restoreOverview(db(), bundle),
  /**
   * An import into a new overview: header and every row in one transaction. With
   * `replaceUntouchedExample`, the example goes in the same transaction if it is all
   * there is and untouched (the receipt then holds it, for Fortryd import).
   */
  importAsNewOverview: async (header: NewOverviewHeader, batch: ImportBatch, options?: { replaceUntouchedExample?: boolean }) =>
    afterSave(await (await writes()).importAsNewOverview(db(), header, batch, options)),
  /** Rows, their status logs, the extra columns they bring and the text above the table, into an existing overview: one transaction. */
  importIntoOverview: async (overviewId: string, batch: ImportBatch) => afterSave(await (await writes()).appendInitiatives(db(), overviewId, batch)),
  undoImport: async (receipt: ImportReceipt) => (await writes()).undoImport(db(), receipt),
  markBackupTaken: (at?: string) => markBackupTaken(db(), at),
  /** "Gendan sikkerhedskopi": replace everything or merge, in one transaction (the guard: see src/storage/restore.ts). */
  restoreBackup: async (records: BackupRecords, mode: RestoreMode, guard?: 'only-untouched-example') =>
    afterSave(await (await writes()).restoreBackup(db(), records, mode, guard)),
  /** The example's id when it is the only overview here and untouched (an import or restore may then take its place), else null. */
  onlyUntouchedExample: async () => (await writes()).onlyUntouchedExample(db()),
  /** Makes an overview shared in this browser (src/sync calls it once the server has accepted the key). */
  saveShare: async (share: ShareRecord) => (await import('./sharing')).saveShare(db(), share),
  /** How the overview is shared in this browser (null: it is not); read once. */
  readShare: (overviewId: string) => readShare(db(), overviewId),
  /** Stop deling: the overview is local again here (its rows stay); the kept document state goes too. */
  removeShare: async (overviewId: string) => (await import('./sharing')).removeShare(db(), overviewId),
  /** "Bed om varig lagring": asks again when the user wants it, and tells whoever shows the answer. */
  requestPersistence: async () => {
    persistence = requestPersistence()
    const state = await persistence
    persistenceListeners.forEach((listener) => listener(state))
    return state
  },
}

/** All overviews, most recently changed first; undefined while loading. */
export function useOverviews(): Overview[] | undefined {
  return useLiveQuery(() => db().overviews.orderBy('updatedAt').reverse().toArray(), [])
}

/** One indsats' status log, newest first; undefined while loading. */
export function useStatusLog(initiativeId: string | undefined): StatusEntry[] | undefined {
  return useLiveQuery(() => (initiativeId ? statusLogOf(db(), initiativeId) : []), [initiativeId])
}

/** The latest status entry per indsats of an overview. */
export function useLatestStatuses(overviewId: string | undefined): Map<string, StatusEntry> | undefined {
  return useLiveQuery(() => (overviewId ? latestStatusByInitiative(db(), overviewId) : new Map<string, StatusEntry>()), [overviewId])
}

/** Versions saved for meetings, newest first. */
export function useSnapshots(overviewId: string | undefined): Snapshot[] | undefined {
  return useLiveQuery(() => (overviewId ? snapshotsOf(db(), overviewId) : []), [overviewId])
}

/** Rows per overview, for the list of overviews; only asked for while the list is open. */
export function useRowCounts(overviewIds: readonly string[] | null): Map<string, number> | undefined {
  const key = overviewIds?.join(',') ?? ''
  return useLiveQuery(async () => {
    const ids = key ? key.split(',') : []
    const counts = await Promise.all(ids.map((id) => countRows(db(), id)))
    return new Map(ids.map((id, index) => [id, counts[index] ?? 0]))
  }, [key])
}

/** An overview's rows in their Bilag order; `complete` is false while only the first of them are in. */
export interface OverviewRows {
  rows: Initiative[]
  complete: boolean
}

const NO_ROWS: OverviewRows = { rows: [], complete: true }

/** Runs `callback` once the browser has painted the next frame (a task after its requestAnimationFrame). */
function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(callback, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(callback, 0)))
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * One overview's rows in their Bilag order, live (every tab's changes); undefined while
 * loading. In two steps, so a large overview's first screen does not wait for all of
 * it: first the first page of rows (`complete` false when there are more), and once
 * those are painted, every row — read again whenever they change.
 */
export function useInitiatives(overviewId: string | undefined): OverviewRows | undefined {
  const [first, setFirst] = useState<{ id: string; value: FirstRows } | undefined>()
  /** The overview whose full read has started: after the first rows were painted, or at once when they could not be read. */
  const [readAll, setReadAll] = useState<string | undefined>()
  const firstRows = first && first.id === overviewId ? first.value : undefined

  useEffect(() => {
    if (!overviewId) return
    let live = true
    firstRowsOf(db(), overviewId).then(
      (value) => live && setFirst({ id: overviewId, value }),
      () => live && setReadAll(overviewId),
    )
    return () => {
      live = false
    }
  }, [overviewId])

  const waiting = Boolean(overviewId && firstRows && readAll !== overviewId)
  useEffect(() => {
    if (!waiting || !overviewId) return
    return afterNextPaint(() => setReadAll(overviewId))
  }, [waiting, overviewId])

  const [all, setAll] = useState<{ id: string; rows: Initiative[] } | undefined>()
  const [failed, setFailed] = useState<unknown>(null)
  useEffect(() => {
    if (!overviewId || readAll !== overviewId) return
    return watchOverviewRows(db(), overviewId, (rows) => setAll({ id: overviewId, rows }), (error) => setFailed(() => error))
  }, [overviewId, readAll])
  // As useLiveQuery does: a read that fails is thrown where the rows are used (the app's error boundary shows it).
  if (failed !== null) throw failed
  if (!overviewId) return NO_ROWS
  if (all?.id === overviewId) return { rows: all.rows, complete: true }
  return firstRows
}

/** How the overview is shared in this browser: null when it is not; live, undefined while loading. */
export function useShare(overviewId: string | undefined): ShareRecord | null | undefined {
  return useLiveQuery(() => (overviewId ? readShare(db(), overviewId) : null), [overviewId])
}

/** Which overview is the example seeded on first run (null when none is known); live, undefined while loading. */
export function useExampleId(): string | null | undefined {
  return useLiveQuery(async () => (await exampleRecord(db()))?.overviewId ?? null, [])
}

/** When the last backup was taken and whether changes have been made since; live, undefined while loading. */
export function useBackupStatus(): BackupStatus | undefined {
  return useLiveQuery(() => backupStatus(db()), [])
}

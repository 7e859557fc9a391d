/**
 * The storage API the app and features use. Only this folder imports Dexie; the
 * rest of the app sees plain functions bound to the one database of this browser,
 * and live-query hooks that update every open tab at once.
 */
import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { openDatabase, type IndsatsDb } from './db'
import type { InitiativeDraft, Initiative, Overview } from '../domain/model'
import type { ExampleOverview } from '../domain/example'
import * as initiatives from './initiatives'
import { setHealth, watchHealth } from './health'
import * as overviews from './overviews'
import { seedExampleOnFirstRun } from './first-run'
import { markBackupTaken, readEverything } from './backup-meta'
import { appendInitiatives, undoImport, type ImportReceipt } from './imports'
import { currentPersistence, requestPersistence, type PersistenceState } from './persistence'

export type { WriteResult, FieldIssue } from './result'
export type { OverviewHeader } from './overviews'
export type { ImportReceipt } from './imports'
export type { PersistenceState } from './persistence'
export { useStorageHealth, type StorageHealth } from './health'

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

export const storage = {
  seedExampleOnFirstRun: (example: ExampleOverview) => seedExampleOnFirstRun(db(), example),
  createEmptyOverview: async (title: string) => afterSave(await overviews.createEmptyOverview(db(), title)),
  createOverviewWithRows: async (header: Parameters<typeof overviews.createOverviewWithRows>[1], drafts: InitiativeDraft[]) =>
    afterSave(await overviews.createOverviewWithRows(db(), header, drafts)),
  updateOverviewHeader: async (id: string, header: overviews.OverviewHeader) => afterSave(await overviews.updateOverviewHeader(db(), id, header)),
  addInitiative: async (overviewId: string, draft: InitiativeDraft) => afterSave(await initiatives.addInitiative(db(), overviewId, draft)),
  updateInitiative: async (id: string, draft: InitiativeDraft, expectedRevision: number) =>
    afterSave(await initiatives.updateInitiative(db(), id, draft, expectedRevision)),
  deleteInitiative: (id: string) => initiatives.deleteInitiative(db(), id),
  restoreInitiatives: (records: Initiative[]) => initiatives.restoreInitiatives(db(), records),
  readEverything: () => readEverything(db()),
  /** An import into a new overview: header and every row in one transaction. */
  importAsNewOverview: async (header: Parameters<typeof overviews.createOverviewWithRows>[1], drafts: readonly InitiativeDraft[]) => {
    const result = afterSave(await overviews.createOverviewWithRows(db(), header, drafts))
    return result.ok ? { ok: true as const, value: { overviewId: result.value.overview.id, createdOverview: true, initiativeIds: result.value.initiativeIds } } : result
  },
  importIntoOverview: async (overviewId: string, drafts: readonly InitiativeDraft[]) => afterSave(await appendInitiatives(db(), overviewId, drafts)),
  undoImport: (receipt: ImportReceipt) => undoImport(db(), receipt),
  markBackupTaken: () => markBackupTaken(db()),
}

/** All overviews, most recently changed first; undefined while loading. */
export function useOverviews(): Overview[] | undefined {
  return useLiveQuery(() => db().overviews.orderBy('updatedAt').reverse().toArray(), [])
}

/** One overview's rows in their Bilag order; undefined while loading. */
export function useInitiatives(overviewId: string | undefined): Initiative[] | undefined {
  return useLiveQuery(() => (overviewId ? initiatives.initiativesOf(db(), overviewId) : []), [overviewId])
}

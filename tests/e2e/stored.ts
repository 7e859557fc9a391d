/**
 * The app's IndexedDB as the browser holds it, through the raw IndexedDB API (never the
 * app's own code): every record read back for comparisons, and databases written as an
 * earlier version of the app left them, for the migration tests.
 */
import type { Page } from 'playwright-core'

/** Every record of every store, by store name (names sorted). */
export function readStores(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('indsatsoverblik')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    const out: Record<string, unknown[]> = {}
    for (const store of [...db.objectStoreNames].sort()) {
      out[store] = await new Promise<unknown[]>((done, fail) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll()
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
    }
    db.close()
    return out
  })
}

/** The whole database as one text: equal text means an identical database. */
export async function dumpDatabase(page: Page): Promise<string> {
  return JSON.stringify(await readStores(page))
}

/** A store as an old version declared it: its key path and its indexes ([name, key path, multiEntry]). */
type StoreSpec = { keyPath: string; indexes: [string, string | string[], boolean?][] }

const statusLogs: StoreSpec = { keyPath: 'id', indexes: [['initiativeId', 'initiativeId'], ['overviewId', 'overviewId'], ['[initiativeId+date]', ['initiativeId', 'date']]] }
const snapshots: StoreSpec = { keyPath: 'id', indexes: [['overviewId', 'overviewId'], ['createdAt', 'createdAt']] }
const overviews: StoreSpec = { keyPath: 'id', indexes: [['updatedAt', 'updatedAt']] }
const meta: StoreSpec = { keyPath: 'key', indexes: [] }

/** Dexie's version 2 (IndexedDB version 20): one record per indsats. */
export const SCHEMA_V2 = {
  version: 20,
  stores: {
    overviews,
    initiatives: { keyPath: 'id', indexes: [['overviewId', 'overviewId'], ['[overviewId+order]', ['overviewId', 'order']], ['updatedAt', 'updatedAt']] },
    statusLogs,
    snapshots,
    meta,
  } as Record<string, StoreSpec>,
}

/** Dexie's version 3 (IndexedDB version 30): the initiatives store gone, rows in pages. */
export const SCHEMA_V3 = {
  version: 30,
  stores: {
    overviews,
    rowPages: {
      keyPath: 'id',
      indexes: [['overviewId', 'overviewId'], ['rowIds', 'rowIds', true], ['minUpdatedAt', 'minUpdatedAt'], ['maxUpdatedAt', 'maxUpdatedAt'], ['[overviewId+maxOrder]', ['overviewId', 'maxOrder']]],
    },
    statusLogs,
    snapshots,
    meta,
  } as Record<string, StoreSpec>,
}

/**
 * Writes a database as an old version of the app left it: its stores and indexes, then the
 * records (each store's in the order given), in one transaction. Run on a page of the app's
 * origin that does not run the app, so the app opens the old database afterwards.
 */
export async function writeOldDatabase(page: Page, schema: { version: number; stores: Record<string, StoreSpec> }, records: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    async ({ schema, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('indsatsoverblik', schema.version)
        request.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(schema.stores)) {
            const store = request.result.createObjectStore(name, { keyPath: spec.keyPath })
            for (const [index, keyPath, multiEntry] of spec.indexes) store.createIndex(index, keyPath, { multiEntry: multiEntry ?? false })
          }
        }
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const tx = db.transaction(Object.keys(records), 'readwrite')
      for (const [name, list] of Object.entries(records)) for (const record of list) tx.objectStore(name).add(record)
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    { schema, records },
  )
}

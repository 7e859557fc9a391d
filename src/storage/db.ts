/**
 * The one place that owns IndexedDB (through Dexie).
 *
 * What is stored where:
 * - `overviews`: one record per oversigt (header block, a/b/c legend and, from v4, its
 *   extra columns; each row keeps its values for them in `extra`).
 * - `rowPages` (from v3): the indsatser, up to 250 of one overview per record
 *   (src/storage/row-pages.ts says why; it and row-writes.ts are the only modules
 *   that touch the pages).
 *   Versions 1–2 kept one record per indsats in `initiatives`.
 * - `statusLogs` (from v2): dated status entries per indsats, newest first by date.
 * - `snapshots` (from v2): versions frozen for a meeting — a full copy of an
 *   overview's header, rows and status logs, never changed afterwards.
 * - `meta`: small key/value records the app keeps about itself (e.g. that the
 *   example has been offered, when the last backup was taken).
 *
 * Versions are only ever added, never edited: each new version declares the full
 * schema and an upgrade step, and tests/storage/migrations.test.ts opens a database
 * built at every earlier version with the current code.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie'
import type { Initiative, Overview, Snapshot, StatusEntry } from '../domain/model'
import { pagesFor, type RowPage } from './row-pages'

export interface MetaRecord {
  key: string
  value: unknown
}

export type IndsatsDb = Dexie & {
  overviews: EntityTable<Overview, 'id'>
  rowPages: EntityTable<RowPage, 'id'>
  statusLogs: EntityTable<StatusEntry, 'id'>
  snapshots: EntityTable<Snapshot, 'id'>
  meta: EntityTable<MetaRecord, 'key'>
}

export const DB_NAME = 'indsatsoverblik'

export interface SchemaVersion {
  version: number
  /** The full set of tables and indexes at this version (Dexie syntax). */
  stores: Record<string, string | null>
  /** Brings the records of the previous version up to this one. */
  upgrade?: (tx: Transaction) => Promise<void>
}

/** The schema history. Append a version; never change one that has shipped. */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      overviews: 'id, updatedAt',
      initiatives: 'id, overviewId, [overviewId+order], updatedAt',
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      overviews: 'id, updatedAt',
      initiatives: 'id, overviewId, [overviewId+order], updatedAt',
      statusLogs: 'id, initiativeId, overviewId, [initiativeId+date]',
      snapshots: 'id, overviewId, createdAt',
      meta: 'key',
    },
    // v1 rows written by early builds may lack the text fields added to the form
    // later; fill them so every row satisfies today's schema.
    upgrade: async (tx) => {
      await tx
        .table('initiatives')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          for (const field of ['method', 'deadlineText', 'owner', 'notes', 'area']) if (typeof row[field] !== 'string') row[field] = ''
          if (typeof row.revision !== 'number') row.revision = 0
        })
    },
  },
  {
    version: 3,
    stores: {
      overviews: 'id, updatedAt',
      initiatives: null,
      rowPages: 'id, overviewId, *rowIds, minUpdatedAt, maxUpdatedAt, [overviewId+maxOrder]',
      statusLogs: 'id, initiativeId, overviewId, [initiativeId+date]',
      snapshots: 'id, overviewId, createdAt',
      meta: 'key',
    },
    // One record per indsats cost one IndexedDB request per row (2 s to write 10,000):
    // the rows move into pages, unchanged, and the old table goes.
    upgrade: async (tx) => {
      const rows = (await tx.table('initiatives').toArray()) as Initiative[]
      await tx.table('rowPages').bulkAdd(pagesFor(rows))
    },
  },
  {
    version: 4,
    stores: {
      overviews: 'id, updatedAt',
      rowPages: 'id, overviewId, *rowIds, minUpdatedAt, maxUpdatedAt, [overviewId+maxOrder]',
      statusLogs: 'id, initiativeId, overviewId, [initiativeId+date]',
      snapshots: 'id, overviewId, createdAt',
      meta: 'key',
    },
    // Overviews gain their own extra columns (none yet), also inside every saved version, so a
    // version keeps the columns it had. Rows are unchanged: a row without a category (null)
    // and one without extra values (no `extra`) are new possibilities, not new fields.
    upgrade: async (tx) => {
      await tx
        .table('overviews')
        .toCollection()
        .modify((overview: Record<string, unknown>) => {
          if (!Array.isArray(overview.columns)) overview.columns = []
        })
      await tx
        .table('snapshots')
        .toCollection()
        .modify((snapshot: { overview: Record<string, unknown> }) => {
          if (!Array.isArray(snapshot.overview.columns)) snapshot.overview.columns = []
        })
    },
  },
]

export const CURRENT_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version

/** Declares every version up to `upTo` (tests build old databases with a lower one). */
export function declareSchema(db: Dexie, upTo = CURRENT_VERSION): void {
  for (const step of SCHEMA_HISTORY) {
    if (step.version > upTo) break
    const version = db.version(step.version).stores(step.stores)
    if (step.upgrade) version.upgrade(step.upgrade)
  }
}

export function openDatabase(name = DB_NAME, upTo = CURRENT_VERSION): IndsatsDb {
  // No query cache: every live query reads IndexedDB afresh. The cache exists for optimistic
  // updates, which the app does not use, and deep-copies each result (~20 ms for 10,000 rows).
  const db = new Dexie(name, { cache: 'disabled' }) as IndsatsDb
  declareSchema(db, upTo)
  return db
}

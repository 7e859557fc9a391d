/**
 * The one place that owns IndexedDB (through Dexie).
 *
 * What is stored where:
 * - `overviews`: one record per oversigt (header block and a/b/c legend).
 * - `initiatives`: one record per indsats, indexed by overview and by its position
 *   in the overview, so a table opens with one indexed range query.
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

export interface MetaRecord {
  key: string
  value: unknown
}

export type IndsatsDb = Dexie & {
  overviews: EntityTable<Overview, 'id'>
  initiatives: EntityTable<Initiative, 'id'>
  statusLogs: EntityTable<StatusEntry, 'id'>
  snapshots: EntityTable<Snapshot, 'id'>
  meta: EntityTable<MetaRecord, 'key'>
}

export const DB_NAME = 'indsatsoverblik'

export interface SchemaVersion {
  version: number
  /** The full set of tables and indexes at this version (Dexie syntax). */
  stores: Record<string, string>
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
  const db = new Dexie(name) as IndsatsDb
  declareSchema(db, upTo)
  return db
}

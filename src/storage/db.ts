/**
 * The one place that owns IndexedDB (through Dexie).
 *
 * What is stored where:
 * - `overviews`: one record per oversigt (header block and a/b/c legend).
 * - `initiatives`: one record per indsats, indexed by overview and by its position
 *   in the overview, so a table opens with one indexed range query.
 * - `meta`: small key/value records the app keeps about itself (e.g. that the
 *   example has been offered, when the last backup was taken).
 *
 * Versions are only ever added, never edited: each new version declares the full
 * schema and an upgrade step, and tests/storage/migrations.test.ts opens a database
 * built at every earlier version with the current code.
 */
import Dexie, { type EntityTable } from 'dexie'
import type { Initiative, Overview } from '../domain/model'

export interface MetaRecord {
  key: string
  value: unknown
}

export type IndsatsDb = Dexie & {
  overviews: EntityTable<Overview, 'id'>
  initiatives: EntityTable<Initiative, 'id'>
  meta: EntityTable<MetaRecord, 'key'>
}

export const DB_NAME = 'indsatsoverblik'

/** The schema history. Append a version; never change one that has shipped. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    overviews: 'id, updatedAt',
    initiatives: 'id, overviewId, [overviewId+order], updatedAt',
    meta: 'key',
  })
}

export function openDatabase(name = DB_NAME): IndsatsDb {
  const db = new Dexie(name) as IndsatsDb
  declareSchema(db)
  return db
}

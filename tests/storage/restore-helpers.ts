/** A fresh fake-indexeddb database per test, and a full dump of it to compare byte for byte. */
import Dexie from 'dexie'
import { openDatabase, type IndsatsDb } from '../../src/storage/db'
import type { Initiative, Overview, Snapshot, StatusEntry } from '../../src/domain/model'
import { addRows } from '../../src/storage/row-writes'

export async function freshDb(): Promise<{ db: IndsatsDb; drop: () => Promise<void> }> {
  const name = `test-${crypto.randomUUID()}`
  const db = openDatabase(name)
  await db.open()
  return {
    db,
    drop: async () => {
      db.close()
      await Dexie.delete(name)
    },
  }
}

/** Every table, in primary-key order, with every record's keys in stored order: equal text means an identical database. */
export async function dump(db: IndsatsDb): Promise<string> {
  const tables = await db.transaction('r', db.tables, () => Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)))
  return JSON.stringify(tables)
}

/** Writes records straight into the tables, as if the app had made them. */
export async function put(
  db: IndsatsDb,
  records: Partial<{ overviews: Overview[]; initiatives: Initiative[]; statusLogs: StatusEntry[]; snapshots: Snapshot[] }>,
): Promise<void> {
  await db.transaction('rw', [db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => {
    await db.overviews.bulkAdd(records.overviews ?? [])
    await addRows(db, records.initiatives ?? [])
    await db.statusLogs.bulkAdd(records.statusLogs ?? [])
    await db.snapshots.bulkAdd(records.snapshots ?? [])
  })
}

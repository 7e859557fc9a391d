/** Everything in the database, read in one transaction (a consistent backup), and when it was last taken. */
import type { IndsatsDb } from './db'
import type { Initiative, Overview } from '../domain/model'
import { nowIso } from './clock'

const LAST_BACKUP_KEY = 'last-backup'

export async function readEverything(db: IndsatsDb): Promise<{ overviews: Overview[]; initiatives: Initiative[] }> {
  return db.transaction('r', db.overviews, db.initiatives, async () => ({
    overviews: await db.overviews.toArray(),
    initiatives: await db.initiatives.toArray(),
  }))
}

export async function markBackupTaken(db: IndsatsDb, at = nowIso()): Promise<void> {
  await db.transaction('rw', db.meta, () => db.meta.put({ key: LAST_BACKUP_KEY, value: at }))
}

export async function lastBackupAt(db: IndsatsDb): Promise<string | null> {
  const record = await db.meta.get(LAST_BACKUP_KEY)
  return typeof record?.value === 'string' ? record.value : null
}

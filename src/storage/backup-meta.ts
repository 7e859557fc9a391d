/** Everything in the database, read in one transaction (a consistent backup), and when it was last taken. */
import type { IndsatsDb } from './db'
import type { Initiative, Overview, Snapshot, StatusEntry } from '../domain/model'
import { nowIso } from './clock'

const LAST_BACKUP_KEY = 'last-backup'

export interface Everything {
  overviews: Overview[]
  initiatives: Initiative[]
  statusLogs: StatusEntry[]
  snapshots: Snapshot[]
}

export async function readEverything(db: IndsatsDb): Promise<Everything> {
  return db.transaction('r', [db.overviews, db.initiatives, db.statusLogs, db.snapshots], async () => ({
    overviews: await db.overviews.toArray(),
    initiatives: await db.initiatives.toArray(),
    statusLogs: await db.statusLogs.toArray(),
    snapshots: await db.snapshots.toArray(),
  }))
}

export async function markBackupTaken(db: IndsatsDb, at = nowIso()): Promise<void> {
  await db.transaction('rw', db.meta, () => db.meta.put({ key: LAST_BACKUP_KEY, value: at }))
}

export async function lastBackupAt(db: IndsatsDb): Promise<string | null> {
  const record = await db.meta.get(LAST_BACKUP_KEY)
  return typeof record?.value === 'string' ? record.value : null
}

/** What the backup reminder and the Lagring panel need to know; every field an ISO timestamp or null. */
export interface BackupStatus {
  lastBackupAt: string | null
  /** The most recent change to any overview or indsats. */
  latestChangeAt: string | null
  /** The oldest change not in the last backup (any change at all when none was taken). */
  oldestUnbackedChangeAt: string | null
}

/** Read from the updatedAt indexes only, so it is cheap enough for a live query. */
export async function backupStatus(db: IndsatsDb): Promise<BackupStatus> {
  return db.transaction('r', db.meta, db.overviews, db.initiatives, async () => {
    const last = await lastBackupAt(db)
    const tables = [db.overviews, db.initiatives] as const
    const latest = await Promise.all(tables.map((table) => table.orderBy('updatedAt').last()))
    const oldest = await Promise.all(
      tables.map((table) => (last === null ? table.orderBy('updatedAt').first() : table.where('updatedAt').above(last).first())),
    )
    return {
      lastBackupAt: last,
      latestChangeAt: extreme(latest.map((r) => r?.updatedAt), (a, b) => a > b),
      oldestUnbackedChangeAt: extreme(oldest.map((r) => r?.updatedAt), (a, b) => a < b),
    }
  })
}

function extreme(values: (string | undefined)[], better: (a: string, b: string) => boolean): string | null {
  let best: string | null = null
  for (const value of values) if (value !== undefined && (best === null || better(value, best))) best = value
  return best
}

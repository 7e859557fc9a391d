/** Everything in the database, read in one transaction (a consistent backup), and when it was last taken. */
import type { Collection } from 'dexie'
import type { IndsatsDb } from './db'
import type { Initiative, Overview, Snapshot, StatusEntry } from '../domain/model'
import { nowIso } from './clock'
import { allRows } from './row-pages'

const LAST_BACKUP_KEY = 'last-backup'

export interface Everything {
  overviews: Overview[]
  initiatives: Initiative[]
  statusLogs: StatusEntry[]
  snapshots: Snapshot[]
}

export async function readEverything(db: IndsatsDb): Promise<Everything> {
  return db.transaction('r', [db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => ({
    overviews: await db.overviews.toArray(),
    initiatives: await allRows(db),
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

/**
 * Cheap enough for a live query: the newest and oldest change come from the updatedAt
 * indexes (the pages' index keys, not their rows). After a backup, only the pages with
 * a change since then are opened, to find the oldest such change among their rows.
 */
export async function backupStatus(db: IndsatsDb): Promise<BackupStatus> {
  return db.transaction('r', db.meta, db.overviews, db.rowPages, async () => {
    const last = await lastBackupAt(db)
    const newestOverview = (await db.overviews.orderBy('updatedAt').last())?.updatedAt
    // Index keys only: a page record holds 250 rows, and these need one time each.
    const newestRow = await edgeKey(db.rowPages.orderBy('maxUpdatedAt').reverse())
    let oldest: (string | undefined)[]
    if (last === null) {
      oldest = [(await db.overviews.orderBy('updatedAt').first())?.updatedAt, await edgeKey(db.rowPages.orderBy('minUpdatedAt'))]
    } else {
      const changedPages = await db.rowPages.where('maxUpdatedAt').above(last).toArray()
      const rowTimes = changedPages.flatMap((page) => page.rows.map((row) => row.updatedAt).filter((at) => at > last))
      oldest = [(await db.overviews.where('updatedAt').above(last).first())?.updatedAt, extreme(rowTimes, (a, b) => a < b) ?? undefined]
    }
    return {
      lastBackupAt: last,
      latestChangeAt: extreme([newestOverview, newestRow], (a, b) => a > b),
      oldestUnbackedChangeAt: extreme(oldest, (a, b) => a < b),
    }
  })
}

async function edgeKey(collection: Collection): Promise<string | undefined> {
  const [key] = await collection.limit(1).keys()
  return key as string | undefined
}

function extreme(values: (string | undefined)[], better: (a: string, b: string) => boolean): string | null {
  let best: string | null = null
  for (const value of values) if (value !== undefined && (best === null || better(value, best))) best = value
  return best
}

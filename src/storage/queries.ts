/**
 * The reads behind the live-query hooks and the first screen. Kept apart from the
 * writes (./writes.ts), which load with the first save, not with the first paint.
 */
import type { IndsatsDb } from './db'
import type { Snapshot, StatusEntry } from '../domain/model'
import { latestByInitiative, newestFirst } from '../domain/status-line'

/** The meta record that says the example overview has been offered in this browser. */
export const EXAMPLE_KEY = 'example-offered'

/**
 * Whether this browser still needs the example: a cheap read, so an ordinary start
 * neither loads the example's JSON nor opens a write transaction.
 */
export async function exampleNeeded(db: IndsatsDb): Promise<boolean> {
  return db.transaction('r', db.overviews, db.meta, async () => !(await db.meta.get(EXAMPLE_KEY)) && (await db.overviews.count()) === 0)
}

export async function statusLogOf(db: IndsatsDb, initiativeId: string): Promise<StatusEntry[]> {
  return (await db.statusLogs.where('initiativeId').equals(initiativeId).toArray()).sort(newestFirst)
}

/** The latest entry per indsats of one overview (for the "Seneste status" column and exports). */
export async function latestStatusByInitiative(db: IndsatsDb, overviewId: string): Promise<Map<string, StatusEntry>> {
  return latestByInitiative(await db.statusLogs.where('overviewId').equals(overviewId).toArray())
}

export async function snapshotsOf(db: IndsatsDb, overviewId: string): Promise<Snapshot[]> {
  return (await db.snapshots.where('overviewId').equals(overviewId).toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

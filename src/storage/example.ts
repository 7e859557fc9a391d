/**
 * The example overview (Bilag 1, seeded on first run by ./first-run.ts): which overview it
 * is, and whether the user has changed anything about it since it was seeded.
 *
 * The seeding transaction writes a meta record with the example's id, its seeding time
 * and its row count. Every write the app makes to an overview, its rows, status logs or
 * versions leaves a trace that the check below reads without a clock of its own:
 * - a header edit or a new version moves the overview's `updatedAt`;
 * - a row added, deleted or edited changes the count, a row's `updatedAt` or its `revision`
 *   (a status entry added or removed moves its row's `updatedAt`);
 * - status entries and versions are counted.
 * A deleted row put back with Fortryd is the same record again, so the example is then
 * untouched again, as it should be: nothing of the user's would be lost by replacing it.
 *
 * The reads run inside the caller's transaction when there is one (it must include every
 * table: meta, overviews, rowPages, statusLogs, snapshots).
 */
import type { IndsatsDb } from './db'
import { exampleRecord, type ExampleRecord } from './example-record'

export { EXAMPLE_OVERVIEW_KEY, exampleRecord, type ExampleRecord } from './example-record'

const exampleTables = (db: IndsatsDb) => [db.meta, db.overviews, db.rowPages, db.statusLogs, db.snapshots]

/** True while the example exists exactly as it was seeded. */
export async function isUntouched(db: IndsatsDb, example: ExampleRecord): Promise<boolean> {
  const { overviewId, seededAt } = example
  return db.transaction('r', exampleTables(db), async () => {
    const overview = await db.overviews.get(overviewId)
    if (!overview || overview.updatedAt !== seededAt) return false
    if ((await db.statusLogs.where('overviewId').equals(overviewId).count()) > 0) return false
    if ((await db.snapshots.where('overviewId').equals(overviewId).count()) > 0) return false
    // The example's rows fit in one page; reading them is cheaper than anything cleverer.
    const rows = (await db.rowPages.where('overviewId').equals(overviewId).toArray()).flatMap((page) => page.rows)
    return rows.length === example.rowCount && rows.every((row) => row.updatedAt === seededAt && row.revision === 0)
  })
}

/**
 * The example's id when it is the only overview in this browser and untouched — when an
 * import into a new overview or a restored backup may take its place without losing
 * anything of the user's — else null.
 */
export async function onlyUntouchedExample(db: IndsatsDb): Promise<string | null> {
  return db.transaction('r', exampleTables(db), async () => {
    const example = await exampleRecord(db)
    if (!example || (await db.overviews.count()) !== 1) return null
    return (await isUntouched(db, example)) ? example.overviewId : null
  })
}

/**
 * First run: a new browser profile opens on the example overview. The check and
 * the insert share one transaction, so two tabs opened at once seed it only once,
 * and a user who later deletes it is not given it again. The same transaction records
 * which overview is the example (./example.ts), so the app can label it and replace it
 * while the user has not changed it.
 */
import type { IndsatsDb } from './db'
import type { ExampleOverview } from '../domain/example'
import { exampleDrafts } from '../domain/example'
import { buildOverview } from './overviews'
import { buildInitiative } from './initiatives'
import { nowIso } from './clock'
import { loadSchemas } from './validate'
import { addRows } from './row-writes'
import { EXAMPLE_KEY } from './queries'
import { EXAMPLE_OVERVIEW_KEY, type ExampleRecord } from './example'

/** Returns the id of the overview to open: the seeded example, or null when it was offered before. */
export async function seedExampleOnFirstRun(db: IndsatsDb, example: ExampleOverview): Promise<string | null> {
  const now = nowIso()
  const { initiativeSchema } = await loadSchemas()
  const overview = buildOverview(example, now)
  const rows = exampleDrafts(example).map((draft, index) => {
    const built = buildInitiative(initiativeSchema, overview.id, draft, index + 1, now)
    if (!built.ok) throw new Error(`Example row ${index + 1} is invalid: ${JSON.stringify(built.issues)}`)
    return built.value
  })
  return db.transaction('rw', db.overviews, db.rowPages, db.meta, async () => {
    if ((await db.meta.get(EXAMPLE_KEY)) || (await db.overviews.count()) > 0) return null
    await db.meta.put({ key: EXAMPLE_KEY, value: now })
    const record: ExampleRecord = { overviewId: overview.id, seededAt: now, rowCount: rows.length }
    await db.meta.put({ key: EXAMPLE_OVERVIEW_KEY, value: record })
    await db.overviews.add(overview)
    await addRows(db, rows)
    return overview.id
  })
}

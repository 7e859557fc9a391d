/**
 * Browsers seeded before the example was recorded (./example-record.ts) have the example
 * but no record of it: no "Dette er et eksempel" banner, and an import cannot take its
 * place. This marks such an example as the example — by writing the record the seeding
 * would write today, in one transaction — with no schema upgrade, and only when the
 * overview is beyond doubt the untouched seed. Every part of the rule must hold:
 *
 * - the meta record `example-offered` holds the seeding time T (the seed wrote it in the
 *   same transaction as the example), and there is no example record yet;
 * - there is exactly one overview, created at T and not changed since (`updatedAt` T),
 *   and it is not shared;
 * - its header (title, udvalg, sagsnr., mødedato, a/b/c legend) is the example's, and its
 *   rows are the example's rows in the example's order;
 * - and it is untouched as ./example.ts decides for a recorded example: every row created
 *   and changed at T and never edited (revision 0), no status-log entry, no version.
 *
 * T is a millisecond timestamp that the seed gave every record it wrote, and the seed runs
 * only in a browser with no overview at all: an overview of the user's cannot match it.
 * Anything less than all of this leaves the browser exactly as it is.
 */
import type { IndsatsDb } from './db'
import type { ExampleOverview } from '../domain/example'
import type { Overview } from '../domain/model'
import { EXAMPLE_KEY } from './queries'
import { EXAMPLE_OVERVIEW_KEY, exampleRecord, isUntouched, type ExampleRecord } from './example'
import { rowsOf } from './row-pages'
import { shareKey } from './share-record'

const adoptTables = (db: IndsatsDb) => [db.meta, db.overviews, db.rowPages, db.statusLogs, db.snapshots]

/** The only overview, when it could be the unrecorded seed (the cheap part of the rule): with its seeding time. */
async function candidate(db: IndsatsDb): Promise<{ overview: Overview; seededAt: string } | null> {
  const offered = (await db.meta.get(EXAMPLE_KEY))?.value
  if (typeof offered !== 'string' || (await exampleRecord(db)) !== null) return null
  if ((await db.overviews.count()) !== 1) return null
  const overview = await db.overviews.toCollection().first()
  if (!overview || overview.createdAt !== offered || overview.updatedAt !== offered) return null
  if (await db.meta.get(shareKey(overview.id))) return null
  return { overview, seededAt: offered }
}

const sameLegend = (a: Overview['legend'], b: Overview['legend']) => a.A === b.A && a.B === b.B && a.C === b.C

/** Whether the stored overview and rows are the example as bundled: header and rows, in order. */
async function isTheSeed(db: IndsatsDb, overview: Overview, example: ExampleOverview): Promise<boolean> {
  const header = overview.title === example.title && overview.committee === example.committee && overview.caseNumber === example.caseNumber
  if (!header || overview.meetingDate !== example.meetingDate || !sameLegend(overview.legend, example.legend) || overview.columns.length > 0) return false
  const rows = await rowsOf(db, overview.id)
  return (
    rows.length === example.initiatives.length &&
    rows.every((row, index) => {
      const seed = example.initiatives[index]!
      return row.title === seed.title && row.area === seed.area && row.category === seed.category && row.method === seed.method && row.deadlineText === seed.deadlineText
    })
  )
}

/**
 * Marks an unrecorded, untouched seed as the example; returns its id, or null when the
 * rule does not hold (nothing is written then). `loadExample` (the bundled JSON) is called
 * only when the cheap part of the rule holds, so an ordinary start never loads it.
 */
export async function adoptSeededExample(db: IndsatsDb, loadExample: () => Promise<ExampleOverview>): Promise<string | null> {
  if (!(await db.transaction('r', adoptTables(db), () => candidate(db)))) return null
  const example = await loadExample()
  return db.transaction('rw', adoptTables(db), async () => {
    // Read again inside the write: another tab may have changed or recorded it meanwhile.
    const found = await candidate(db)
    if (!found || !(await isTheSeed(db, found.overview, example))) return null
    const record: ExampleRecord = { overviewId: found.overview.id, seededAt: found.seededAt, rowCount: example.initiatives.length }
    if (!(await isUntouched(db, record))) return null
    await db.meta.put({ key: EXAMPLE_OVERVIEW_KEY, value: record })
    return record.overviewId
  })
}

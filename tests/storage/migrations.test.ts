/**
 * Every earlier schema version, with realistic rows, opened by the current code:
 * every row must still be there and valid against today's data model.
 * When a version is added to SCHEMA_HISTORY, add its rows to `rowsAt` below.
 */
import { afterEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { CURRENT_VERSION, SCHEMA_HISTORY, openDatabase } from '../../src/storage/db'
import { allRows, pagesFor, rowsOf } from '../../src/storage/row-pages'
import type { Initiative, Overview } from '../../src/domain/model'
import { initiativeSchema, overviewSchema, snapshotSchema } from '../../src/domain/schemas'
import expected from '../fixtures/bilag1.expected.json'

const names: string[] = []
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)))
})

/** The Bilag 1 example as it was stored at schema version 1. */
function rowsAtVersion1() {
  const overview = {
    id: 'ov-bilag1',
    title: expected.title,
    committee: 'Børne- og Ungdomsudvalget',
    caseNumber: '2020-0781234',
    meetingDate: expected.reference,
    legend: expected.legend,
    createdAt: '2021-01-18T08:00:00.000Z',
    updatedAt: '2021-01-19T08:00:00.000Z',
  }
  const initiatives = expected.initiatives.map((row, index) => ({
    id: `in-${index + 1}`,
    overviewId: overview.id,
    area: row.area,
    category: row.category,
    title: row.title,
    method: row.method,
    deadlineText: row.deadlineText,
    ...(index === 3 ? { fixedDeadline: '2021-04-15' } : {}),
    status: row.deadline.kind === 'done' ? 'implemented' : 'not-started',
    owner: index % 2 ? 'Søren Ærø' : '',
    notes: index === 5 ? 'Afventer overførelsessagen' : '',
    order: index + 1,
    createdAt: '2021-01-18T08:00:00.000Z',
    updatedAt: '2021-01-18T08:00:00.000Z',
    revision: index % 3,
  }))
  return { overviews: [overview], initiatives, meta: [{ key: 'example-offered', value: '2021-01-18T08:00:00.000Z' }] }
}

/** Version 2 adds status logs and versions frozen for meetings. */
function rowsAtVersion2() {
  const v1 = rowsAtVersion1()
  const statusLogs = [
    { id: 's1', initiativeId: 'in-1', overviewId: 'ov-bilag1', date: '2024-01-15', text: 'Status – januar 2024: arbejdsgruppens oplæg kvalificeres i netværkene.', author: 'BUF', createdAt: '2024-01-15T09:00:00.000Z' },
    { id: 's2', initiativeId: 'in-1', overviewId: 'ov-bilag1', date: '2023-08-11', text: 'Afdækningsfasen er i gang.', author: '', createdAt: '2023-08-11T09:00:00.000Z' },
  ]
  const snapshots = [{ id: 'v1', overviewId: 'ov-bilag1', label: 'BUU 20. januar 2021', meetingDate: '2021-01-20', createdAt: '2021-01-20T12:00:00.000Z', overview: v1.overviews[0], initiatives: v1.initiatives, statusLogs }]
  return { ...v1, statusLogs, snapshots }
}

/** Version 3 keeps the indsatser in pages (src/storage/row-pages.ts). */
function rowsAtVersion3() {
  const { initiatives, ...rest } = rowsAtVersion2()
  return { ...rest, rowPages: pagesFor(initiatives as unknown as Initiative[]) }
}

/** Version 4: overviews (and the overview inside each version) have their own extra columns; a row may have no category and extra values. */
function rowsAtVersion4() {
  const v3 = rowsAtVersion3()
  const columns = [{ id: 'xbudget1', name: 'Budget', type: 'number' }]
  const overviews = v3.overviews.map((o) => ({ ...o, columns }))
  const snapshots = v3.snapshots.map((s) => ({ ...s, overview: { ...s.overview, columns: [] } }))
  return { ...v3, overviews, snapshots }
}

const rowsAt: Record<number, () => Record<string, object[]>> = { 1: rowsAtVersion1, 2: rowsAtVersion2, 3: rowsAtVersion3, 4: rowsAtVersion4 }
/** The indsatser every version holds, whatever the layout. */
const storedRows = () => rowsAtVersion1().initiatives

describe('migrations', () => {
  it('has rows for every schema version', () => {
    expect(Object.keys(rowsAt).map(Number)).toEqual(SCHEMA_HISTORY.map((s) => s.version))
  })

  it('fills text fields an early build left out, on the way to version 2', async () => {
    const name = `migrate-gaps-${crypto.randomUUID()}`
    names.push(name)
    const old = new Dexie(name)
    old.version(1).stores(SCHEMA_HISTORY[0]!.stores)
    const { initiatives } = rowsAtVersion1()
    const { owner: _o, notes: _n, ...sparse } = initiatives[0]!
    await old.table('initiatives').add(sparse)
    old.close()
    const db = openDatabase(name)
    const [row] = await allRows(db)
    expect(initiativeSchema.safeParse(row).success).toBe(true)
    expect(row).toMatchObject({ owner: '', notes: '', title: sparse.title })
    db.close()
  })

  it.each(SCHEMA_HISTORY.map((s) => s.version))('opens a database built at version %i with every row intact', async (version) => {
    const name = `migrate-${version}-${crypto.randomUUID()}`
    names.push(name)
    const old = new Dexie(name)
    for (const step of SCHEMA_HISTORY.filter((s) => s.version <= version)) old.version(step.version).stores(step.stores)
    const rows = rowsAt[version]!()
    await old.transaction('rw', old.tables, async () => {
      for (const [table, records] of Object.entries(rows)) await old.table(table).bulkAdd(records)
    })
    old.close()

    const db = openDatabase(name)
    await db.open()
    expect(db.verno).toBe(CURRENT_VERSION)
    const overviews = await db.overviews.toArray()
    const initiatives = await allRows(db)
    expect(overviews).toHaveLength(rows.overviews!.length)
    expect(initiatives).toHaveLength(storedRows().length)
    // In their Bilag order, the way the table opens them.
    expect((await rowsOf(db, 'ov-bilag1')).map((r) => r.id)).toEqual(storedRows().map((r) => r.id))
    for (const record of overviews) expect(overviewSchema.safeParse(record).success).toBe(true)
    // Every overview keeps its header; one from before version 4 has no extra columns yet.
    for (const before of rows.overviews!) expect(overviews.find((o) => o.id === (before as Overview).id)).toEqual({ columns: [], ...before })
    for (const record of initiatives) expect(initiativeSchema.safeParse(record).success).toBe(true)
    // Every field that existed before is unchanged.
    const byId = new Map(initiatives.map((r) => [r.id, r]))
    for (const before of storedRows()) expect(byId.get(before.id)).toMatchObject(before)
    expect(await db.meta.count()).toBe(rows.meta!.length)
    for (const table of ['statusLogs', 'snapshots'] as const) {
      const records = await db[table].toArray()
      // Before version 4 a version's overview had no extra columns: it gains none.
      const expected = (rows[table] ?? []).map((r) => (table === 'snapshots' ? { ...r, overview: { columns: [], ...(r as { overview: object }).overview } } : r))
      expect(records).toEqual(expect.arrayContaining(expected as never[]))
      expect(records).toHaveLength(rows[table]?.length ?? 0)
    }
    for (const snapshot of await db.snapshots.toArray()) expect(snapshotSchema.safeParse(snapshot).success).toBe(true)
    db.close()
  })
})

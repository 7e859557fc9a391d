/**
 * "Flet ind" with status logs and versions, over random data sets: whatever part of a backup
 * this browser already has, merging adds exactly the missing status entries and versions,
 * keeps this browser's own, never writes one twice, leaves every reference intact, and a
 * second merge of the same file changes nothing. FUZZ_RUNS cases (1,000 by default).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { IndsatsDb } from '../../src/storage/db'
import { restoreBackup } from '../../src/storage/restore'
import { readEverything } from '../../src/storage/backup-meta'
import { checkRecords, readBackup } from '../../src/io/backup'
import { toBackupJson } from '../../src/io/export/backup'
import { dataSetArb, FUZZ_RUNS, statusEntryArb, type DataSet } from '../io/backup/arbitraries'
import { dump, freshDb, put } from './restore-helpers'

let db: IndsatsDb
let drop: () => Promise<void>
beforeAll(async () => {
  ;({ db, drop } = await freshDb())
})
afterAll(() => drop())

/** A cheap, stable choice per id: whether this browser has the record. */
function has(id: string, seed: number): boolean {
  let h = seed | 0
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x5bd1e995) >>> 0
  return h % 3 !== 0
}

/** Part of the data set, as a browser that took (or gave) the backup at another time might hold it. */
function localPart(data: DataSet, seed: number): DataSet {
  const overviews = data.overviews.filter((o) => has(o.id, seed))
  const overviewIds = new Set(overviews.map((o) => o.id))
  const initiatives = data.initiatives.filter((i) => overviewIds.has(i.overviewId) && has(i.id, seed))
  const initiativeIds = new Set(initiatives.map((i) => i.id))
  return {
    overviews,
    initiatives,
    statusLogs: data.statusLogs.filter((e) => initiativeIds.has(e.initiativeId) && has(e.id, seed)),
    snapshots: data.snapshots.filter((s) => overviewIds.has(s.overviewId) && has(s.id, seed)),
  }
}

const ids = (records: { id: string }[]) => new Set(records.map((r) => r.id))
const sortedById = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1))

const scenario = fc
  .record({
    data: dataSetArb(16, { maxOverviews: 3, maxStatus: 3, maxVersions: 2 }),
    seed: fc.nat(),
    /** Entries written only in this browser, and one the browser has in another wording. */
    own: fc.array(fc.nat(), { maxLength: 3 }),
    reworded: fc.boolean(),
  })
  .chain(({ data, seed, own, reworded }) => {
    const local = localPart(data, seed)
    const rows = local.initiatives
    const extra = rows.length ? own.map((n, k) => statusEntryArb(`local-${k}`, rows[n % rows.length]!)) : []
    return fc.tuple(...extra).map((ownEntries) => {
      if (reworded && local.statusLogs.length) local.statusLogs[0] = { ...local.statusLogs[0]!, text: 'Skrevet om i denne browser.' }
      return { data, local: { ...local, statusLogs: [...local.statusLogs, ...ownEntries] } }
    })
  })

describe(`merge with status logs and versions (${FUZZ_RUNS} random cases)`, () => {
  it('adds exactly the missing status entries and versions, never twice, and keeps every reference', async () => {
    let addedSome = 0
    let keptSome = 0
    await fc.assert(
      fc.asyncProperty(scenario, async ({ data, local }) => {
        await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())))
        await put(db, local)
        // Through the file, as the dialog does it.
        const read = readBackup(toBackupJson({ ...data, exportedAt: '2026-11-22T09:24:00.000Z' }))
        if (!read.ok) throw new Error(`${read.code} ${read.detail}`)

        const first = await restoreBackup(db, read.value, 'merge')
        if (!first.ok) throw new Error(first.code)
        const localStatus = ids(local.statusLogs)
        const localVersions = ids(local.snapshots)
        // As read from the file (JSON has no -0, so compare with what the file holds, not with `data`).
        const newStatus = read.value.statusLogs.filter((e) => !localStatus.has(e.id))
        const newVersions = read.value.snapshots.filter((s) => !localVersions.has(s.id))
        expect(newStatus.length + local.statusLogs.filter((e) => !e.id.startsWith('local-')).length).toBe(data.statusLogs.length)
        expect(first.value.added.statusLogs).toBe(newStatus.length)
        expect(first.value.added.snapshots).toBe(newVersions.length)
        if (newStatus.length && newVersions.length) addedSome++
        if (local.statusLogs.length && local.snapshots.length) keptSome++

        const after = await readEverything(db)
        // Every status entry and version of either side, each exactly once; this browser's copy where both had one.
        expect(sortedById(after.statusLogs)).toEqual(sortedById([...local.statusLogs, ...newStatus]))
        expect(sortedById(after.snapshots)).toEqual(sortedById([...local.snapshots, ...newVersions]))
        // What the merge leaves would itself pass as a backup: no dangling entry or version.
        expect(checkRecords(after)).toMatchObject({ ok: true })

        // The same file once more: nothing to add, nothing changes.
        const before = await dump(db)
        const second = await restoreBackup(db, read.value, 'merge')
        expect(second).toMatchObject({ ok: true, value: { added: { overviews: 0, initiatives: 0, statusLogs: 0, snapshots: 0 }, updated: { overviews: 0, initiatives: 0 } } })
        expect(await dump(db)).toBe(before)
      }),
      { numRuns: FUZZ_RUNS, seed: 4242 },
    )
    // The cases are not degenerate: many add both kinds to a browser that already had some.
    expect(addedSome).toBeGreaterThan(FUZZ_RUNS / 10)
    expect(keptSome).toBeGreaterThan(FUZZ_RUNS / 10)
  }, 600_000)
})

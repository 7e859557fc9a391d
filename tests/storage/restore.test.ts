import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IndsatsDb } from '../../src/storage/db'
import { restoreBackup } from '../../src/storage/restore'
import { markBackupTaken, readEverything } from '../../src/storage/backup-meta'
import { addStatusEntry } from '../../src/storage/status-log'
import { saveSnapshot } from '../../src/storage/lifecycle'
import { readBackup, type BackupRecords } from '../../src/io/backup'
import { toBackupJson } from '../../src/io/export/backup'
import type { Initiative, Overview, Snapshot, StatusEntry } from '../../src/domain/model'
import { EXPORTED_AT, initiatives, overviews, records, snapshots, statusLogs, VERSION_1_JSON } from '../io/backup/helpers'
import { dump, freshDb, put } from './restore-helpers'
import { allRows, countRows, getRow } from '../../src/storage/row-pages'

let db: IndsatsDb
let drop: () => Promise<void>
beforeEach(async () => {
  ;({ db, drop } = await freshDb())
})
afterEach(() => drop())

const backupOf = async () => toBackupJson({ ...(await readEverything(db)), exportedAt: EXPORTED_AT })
const fileOf = (r: BackupRecords) => toBackupJson({ ...r, exportedAt: EXPORTED_AT })
const later = (iso: string, days = 1) => new Date(Date.parse(iso) + days * 86_400_000).toISOString()
const none = { statusLogs: [] as StatusEntry[], snapshots: [] as Snapshot[] }

async function seed(o: Overview[] = overviews, i: Initiative[] = initiatives, s: StatusEntry[] = [], v: Snapshot[] = []) {
  await put(db, { overviews: o, initiatives: i, statusLogs: s, snapshots: v })
}

function readV1(): BackupRecords {
  const read = readBackup(VERSION_1_JSON)
  if (!read.ok) throw new Error(read.code)
  return read.value
}

describe('restore: replace', () => {
  it('replaces everything, status logs and versions included, and keeps the meta table', async () => {
    await markBackupTaken(db, '2021-01-01T00:00:00.000Z')
    const other = { ...overviews[0]!, id: 'other', title: 'Skal væk' }
    const gone = { ...initiatives[0]!, id: 'gone', overviewId: 'other' }
    await seed([other], [gone], [{ ...statusLogs[0]!, id: 'st-gone', initiativeId: 'gone', overviewId: 'other' }], [{ ...snapshots[0]!, id: 'snap-gone', overviewId: 'other' }])
    const result = await restoreBackup(db, records(), 'replace')
    expect(result).toMatchObject({
      ok: true,
      value: { mode: 'replace', overviews: 2, initiatives: initiatives.length, statusLogs: statusLogs.length, snapshots: snapshots.length, conflicts: [] },
    })
    expect(result.ok && result.value).toMatchObject({ added: { overviews: 2, initiatives: initiatives.length, statusLogs: statusLogs.length, snapshots: snapshots.length } })
    expect(await backupOf()).toBe(fileOf(records()))
    expect(await db.statusLogs.get('st-gone')).toBeUndefined()
    expect(await db.snapshots.get('snap-gone')).toBeUndefined()
    expect(await db.snapshots.get('snap-1')).toEqual(snapshots[0])
    expect(await db.meta.toArray()).toEqual([{ key: 'last-backup', value: '2021-01-01T00:00:00.000Z' }])
  })

  it('restores a version 1 file: its overviews and indsatser, and no status entries or versions', async () => {
    await seed(overviews, initiatives, statusLogs, snapshots)
    const v1 = readV1()
    const result = await restoreBackup(db, v1, 'replace')
    expect(result).toMatchObject({ ok: true, value: { overviews: 1, initiatives: 2, statusLogs: 0, snapshots: 0 } })
    expect(await db.statusLogs.count()).toBe(0)
    expect(await db.snapshots.count()).toBe(0)
    expect((await allRows(db)).map((i) => i.id)).toEqual(['v1-a', 'v1-b'])
    // A backup taken now is the version 2 form of the same file.
    const again = JSON.parse(await backupOf())
    const old = JSON.parse(VERSION_1_JSON)
    expect(again).toEqual({ ...old, version: 3, overviews: old.overviews.map((o: object) => ({ ...o, columns: [] })), statusLogs: [], snapshots: [] })
  })

  it('refuses invalid records and dangling references before touching anything', async () => {
    await seed(overviews, initiatives, statusLogs.slice(0, 3), snapshots.slice(0, 1))
    await markBackupTaken(db, '2021-01-01T00:00:00.000Z')
    const before = await dump(db)
    const ok = records()
    const bad: unknown[] = [
      { ...ok, initiatives: [...initiatives, { ...initiatives[0]!, id: 'x', overviewId: 'missing' }] },
      { ...ok, initiatives: [{ ...initiatives[0]!, title: '' }], statusLogs: [] },
      { ...ok, overviews: [...overviews, overviews[0]!] },
      { ...ok, overviews: 'nope' },
      // A status entry on no indsats, on an indsats of another overview, twice the same id, without text.
      { ...ok, statusLogs: [...statusLogs, { ...statusLogs[0]!, id: 'st-x', initiativeId: 'væk' }] },
      { ...ok, statusLogs: [...statusLogs, { ...statusLogs[0]!, id: 'st-x', overviewId: 'ov-0' }] },
      { ...ok, statusLogs: [...statusLogs, statusLogs[1]!] },
      { ...ok, statusLogs: [{ ...statusLogs[0]!, text: '' }] },
      // A version of no overview, twice the same id, with a broken copy inside.
      { ...ok, snapshots: [...snapshots, { ...snapshots[0]!, id: 'snap-x', overviewId: 'væk' }] },
      { ...ok, snapshots: [...snapshots, snapshots[1]!] },
      { ...ok, snapshots: [{ ...snapshots[0]!, initiatives: [{ ...initiatives[0]!, status: 'done' }] }] },
      { ...ok, statusLogs: undefined },
      { overviews, initiatives },
    ]
    for (const r of bad) {
      for (const mode of ['replace', 'merge'] as const) {
        expect(await restoreBackup(db, r as BackupRecords, mode)).toMatchObject({ ok: false, code: 'invalid' })
      }
    }
    expect(await dump(db)).toBe(before)
  })

  it('leaves the database exactly as it was when a write fails half-way', async () => {
    await seed(overviews.slice(0, 1), initiatives.slice(0, 5), statusLogs.slice(0, 2))
    await markBackupTaken(db, '2021-01-01T00:00:00.000Z')
    const before = await dump(db)
    // The tables have been cleared and the overviews written when the indsatser fail.
    const spy = vi.spyOn(db.rowPages, 'bulkPut').mockRejectedValueOnce(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))
    const result = await restoreBackup(db, records(), 'replace')
    expect(spy).toHaveBeenCalled()
    expect(result).toMatchObject({ ok: false, code: 'quota' })
    expect(await dump(db)).toBe(before)
  })

  it('rolls back when the last table, the versions, fails', async () => {
    await seed(overviews, initiatives, statusLogs.slice(0, 2), snapshots.slice(0, 1))
    const before = await dump(db)
    const spy = vi.spyOn(db.snapshots, 'bulkAdd').mockRejectedValueOnce(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))
    expect(await restoreBackup(db, records(), 'replace')).toMatchObject({ ok: false, code: 'quota' })
    expect(spy).toHaveBeenCalled()
    expect(await dump(db)).toBe(before)
  })

  it('rolls back a failing merge as well', async () => {
    await seed(overviews, initiatives.slice(0, 5))
    const before = await dump(db)
    vi.spyOn(db.rowPages, 'bulkPut').mockRejectedValueOnce(new Error('boom'))
    const changed = overviews.map((o) => ({ ...o, title: `${o.title} (ny)`, updatedAt: later(o.updatedAt) }))
    expect(await restoreBackup(db, { ...records(), overviews: changed, initiatives }, 'merge')).toMatchObject({ ok: false, code: 'failed', detail: 'boom' })
    expect(await dump(db)).toBe(before)
  })

  it('rolls back a merge whose status entries fail to be written', async () => {
    await seed(overviews, initiatives.slice(0, 5))
    const before = await dump(db)
    vi.spyOn(db.statusLogs, 'bulkAdd').mockRejectedValueOnce(new Error('boom'))
    expect(await restoreBackup(db, records(), 'merge')).toMatchObject({ ok: false, code: 'failed', detail: 'boom' })
    expect(await dump(db)).toBe(before)
  })
})

describe('restore: merge', () => {
  it('adds new rows and leaves identical ones alone', async () => {
    await seed(overviews, initiatives.slice(0, 4))
    const result = await restoreBackup(db, { overviews, initiatives, ...none }, 'merge')
    expect(result).toMatchObject({
      ok: true,
      value: { mode: 'merge', added: { overviews: 0, initiatives: initiatives.length - 4, statusLogs: 0, snapshots: 0 }, updated: { overviews: 0, initiatives: 0 }, unchanged: 6, conflicts: [] },
    })
    expect(await backupOf()).toBe(fileOf({ overviews, initiatives, ...none }))
  })

  it('adds the missing status entries and versions, and never duplicates them', async () => {
    // This browser has some of the entries and one of the versions, plus one entry of its own.
    const mine: StatusEntry = { ...statusLogs[0]!, id: 'st-mine', text: 'Kun skrevet her.', createdAt: '2021-01-20T08:00:00.000Z' }
    await seed(overviews, initiatives, [statusLogs[0]!, statusLogs[4]!, mine], [snapshots[1]!])
    const first = await restoreBackup(db, records(), 'merge')
    expect(first).toMatchObject({ ok: true, value: { added: { overviews: 0, initiatives: 0, statusLogs: statusLogs.length - 2, snapshots: 1 }, updated: { overviews: 0, initiatives: 0 }, conflicts: [] } })
    expect(await db.statusLogs.count()).toBe(statusLogs.length + 1)
    expect(await db.snapshots.count()).toBe(snapshots.length)
    expect(await db.statusLogs.get('st-mine')).toEqual(mine)
    const after = await dump(db)

    // The same file again adds nothing and changes nothing.
    const second = await restoreBackup(db, records(), 'merge')
    expect(second).toMatchObject({ ok: true, value: { added: { overviews: 0, initiatives: 0, statusLogs: 0, snapshots: 0 }, updated: { overviews: 0, initiatives: 0 } } })
    expect(await dump(db)).toBe(after)
    expect(await backupOf()).toBe(fileOf({ ...records(), statusLogs: [...statusLogs, mine] }))
  })

  it('keeps this browser\'s status entry and version when the backup has the same id with other contents', async () => {
    const ours = { ...statusLogs[2]!, text: 'Rettet her.' }
    const oursVersion = { ...snapshots[0]!, label: 'Omdøbt her' }
    await seed(overviews, initiatives, [ours], [oursVersion])
    const result = await restoreBackup(db, records(), 'merge')
    expect(result).toMatchObject({ ok: true, value: { added: { statusLogs: statusLogs.length - 1, snapshots: snapshots.length - 1 }, conflicts: [] } })
    expect(await db.statusLogs.get(ours.id)).toEqual(ours)
    expect(await db.snapshots.get(oursVersion.id)).toEqual(oursVersion)
    expect(await db.statusLogs.count()).toBe(statusLogs.length)
  })

  it('brings back an overview deleted here, with its rows, status entries and versions', async () => {
    await seed(overviews.slice(0, 1), initiatives.filter((i) => i.overviewId === overviews[0]!.id), statusLogs.filter((e) => e.overviewId === overviews[0]!.id), snapshots.filter((s) => s.overviewId === overviews[0]!.id))
    const result = await restoreBackup(db, records(), 'merge')
    expect(result).toMatchObject({ ok: true, value: { added: { overviews: 1, initiatives: 1, statusLogs: 1, snapshots: 1 }, unchanged: 1 + initiatives.length - 1 } })
    expect(await backupOf()).toBe(fileOf(records()))
  })

  it('merges status entries and versions made by the app itself', async () => {
    await seed(overviews, initiatives)
    const added = await addStatusEntry(db, 'in-4', { date: '2021-01-21', text: 'Sendt til høring.', author: '' })
    const saved = await saveSnapshot(db, overviews[0]!.id, 'Møde 27. januar 2021', '2021-01-27')
    expect(added.ok && saved.ok).toBe(true)
    const result = await restoreBackup(db, records(), 'merge')
    expect(result).toMatchObject({ ok: true, value: { added: { statusLogs: statusLogs.length, snapshots: snapshots.length } } })
    expect(await db.statusLogs.count()).toBe(statusLogs.length + 1)
    expect(await db.snapshots.count()).toBe(snapshots.length + 1)
  })

  it('merges a version 1 file without touching status entries or versions', async () => {
    await seed(overviews, initiatives, statusLogs, snapshots)
    const result = await restoreBackup(db, readV1(), 'merge')
    expect(result).toMatchObject({ ok: true, value: { added: { overviews: 1, initiatives: 2, statusLogs: 0, snapshots: 0 } } })
    expect(await db.statusLogs.count()).toBe(statusLogs.length)
    expect(await db.snapshots.count()).toBe(snapshots.length)
  })

  it('keeps rows only this browser has', async () => {
    const mine = { ...initiatives[0]!, id: 'only-here', title: 'Kun her' }
    await seed(overviews, [mine])
    await restoreBackup(db, records(), 'merge')
    expect(await getRow(db, 'only-here')).toEqual(mine)
    expect(await countRows(db)).toBe(initiatives.length + 1)
  })

  it('lets the newer updatedAt win both ways and lists every conflict', async () => {
    const [a, b, c] = initiatives
    const localA = { ...a!, title: 'A ændret her', updatedAt: later(a!.updatedAt, 2), revision: 4 }
    const localB = { ...b!, title: 'B ændret her', updatedAt: later(b!.updatedAt, 1), revision: 7 }
    const localOverview = { ...overviews[0]!, title: 'Titel ændret her', updatedAt: later(overviews[0]!.updatedAt, 5) }
    await seed([localOverview, overviews[1]!], [localA, localB, c!])
    // In the backup, B was changed later than here; A was not.
    const backupB = { ...b!, title: 'B ændret i kopien', updatedAt: later(b!.updatedAt, 3), revision: 2 }
    const result = await restoreBackup(db, { overviews, initiatives: [a!, backupB, c!], ...none }, 'merge')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({ added: { overviews: 0, initiatives: 0 }, updated: { overviews: 0, initiatives: 1 }, unchanged: 2 })
    expect(result.value.conflicts).toEqual([
      { kind: 'overview', id: localOverview.id, title: 'Titel ændret her', kept: 'local' },
      { kind: 'initiative', id: a!.id, title: 'A ændret her', kept: 'local' },
      { kind: 'initiative', id: b!.id, title: 'B ændret i kopien', kept: 'backup' },
    ])
    expect(await getRow(db, a!.id)).toEqual(localA)
    expect(await db.overviews.get(localOverview.id)).toEqual(localOverview)
    // The winning copy gets a revision above both, so a form open elsewhere sees the change.
    expect(await getRow(db, b!.id)).toEqual({ ...backupB, revision: 8 })
  })

  it('keeps this browser on a tie with different contents', async () => {
    const local = { ...initiatives[0]!, notes: 'her' }
    await seed(overviews, [local])
    const result = await restoreBackup(db, { overviews, initiatives: [initiatives[0]!], ...none }, 'merge')
    expect(result.ok && result.value.conflicts).toEqual([{ kind: 'initiative', id: local.id, title: local.title, kept: 'local' }])
    expect(await getRow(db, local.id)).toEqual(local)
  })
})

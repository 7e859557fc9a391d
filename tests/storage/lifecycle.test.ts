import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { openDatabase, type IndsatsDb } from '../../src/storage/db'
import { createOverviewWithRows } from '../../src/storage/overviews'
import { deleteInitiative, initiativesOf, restoreInitiatives, updateInitiative } from '../../src/storage/initiatives'
import { countRows } from '../../src/storage/row-pages'
import { addStatusEntry } from '../../src/storage/status-log'
import { latestStatusByInitiative, snapshotsOf, statusLogOf } from '../../src/storage/queries'
import { deleteOverview, restoreOverview, rollOverviewForward, saveSnapshot } from '../../src/storage/lifecycle'
import type { InitiativeDraft } from '../../src/domain/model'

const draft = (title: string, patch: Partial<InitiativeDraft> = {}): InitiativeDraft => ({ area: 'Tilsyn', category: 'C', title, method: '', deadlineText: 'ultimo marts', status: 'not-started', owner: '', notes: '', ...patch })

let db: IndsatsDb
let name: string
let overviewId: string
beforeEach(async () => {
  name = `lifecycle-${crypto.randomUUID()}`
  db = openDatabase(name)
  const created = await createOverviewWithRows(db, { title: 'Bilag 1', meetingDate: '2021-01-20' }, [draft('Første'), draft('Anden')])
  if (!created.ok) throw new Error('setup failed')
  overviewId = created.value.overview.id
})
afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

const dump = async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)))

describe('status log', () => {
  it('keeps dated entries newest first, and validates them', async () => {
    const [row] = await initiativesOf(db, overviewId)
    await addStatusEntry(db, row!.id, { date: '2023-08-11', text: 'Første status', author: '' })
    await addStatusEntry(db, row!.id, { date: '2024-01-15', text: 'Status – januar 2024', author: 'BUF' })
    expect(await addStatusEntry(db, row!.id, { date: '2024-13-01', text: '', author: '' })).toMatchObject({ ok: false, code: 'invalid' })
    expect((await statusLogOf(db, row!.id)).map((e) => e.text)).toEqual(['Status – januar 2024', 'Første status'])
    expect((await latestStatusByInitiative(db, overviewId)).get(row!.id)?.text).toBe('Status – januar 2024')
  })

  it('goes with its row on delete and comes back with Fortryd', async () => {
    const [row] = await initiativesOf(db, overviewId)
    await addStatusEntry(db, row!.id, { date: '2024-01-15', text: 'Status', author: '' })
    const before = await dump()
    const deleted = await deleteInitiative(db, row!.id)
    if (!deleted.ok) throw new Error('delete failed')
    expect(await db.statusLogs.count()).toBe(0)
    await restoreInitiatives(db, [deleted.value])
    expect(await dump()).toEqual(before)
  })
})

describe('versions for meetings', () => {
  it('freezes header, rows and status logs; later edits do not touch the version', async () => {
    const [row] = await initiativesOf(db, overviewId)
    await addStatusEntry(db, row!.id, { date: '2021-01-15', text: 'I gang', author: '' })
    const saved = await saveSnapshot(db, overviewId, 'BUU-møde 20. januar 2021', '2021-01-20')
    if (!saved.ok) throw new Error('snapshot failed')
    await updateInitiative(db, row!.id, draft('Første', { category: 'B' }), row!.revision)
    const [version] = await snapshotsOf(db, overviewId)
    expect(version).toMatchObject({ label: 'BUU-møde 20. januar 2021', meetingDate: '2021-01-20', overview: { title: 'Bilag 1' } })
    expect(version!.initiatives.map((r) => r.category)).toEqual(['C', 'C'])
    expect(version!.statusLogs).toHaveLength(1)
  })
})

describe('overviews', () => {
  it('rolls forward to the next meeting, keeping rows and history', async () => {
    const [row] = await initiativesOf(db, overviewId)
    await addStatusEntry(db, row!.id, { date: '2021-01-15', text: 'I gang', author: '' })
    const rolled = await rollOverviewForward(db, overviewId, 'Bilag 1 – maj', '2021-05-05')
    if (!rolled.ok) throw new Error('roll forward failed')
    const rows = await initiativesOf(db, rolled.value.id)
    expect(rows.map((r) => [r.title, r.deadlineReference])).toEqual([
      ['Første', '2021-01-20'],
      ['Anden', '2021-01-20'],
    ])
    expect(await db.statusLogs.where('overviewId').equals(rolled.value.id).count()).toBe(1)
    expect(await initiativesOf(db, overviewId)).toHaveLength(2)
  })

  it('deletes an overview with everything in it, and Fortryd restores it exactly', async () => {
    const [row] = await initiativesOf(db, overviewId)
    await addStatusEntry(db, row!.id, { date: '2021-01-15', text: 'I gang', author: '' })
    await saveSnapshot(db, overviewId, 'Møde', '2021-01-20')
    const before = await dump()
    const deleted = await deleteOverview(db, overviewId)
    if (!deleted.ok) throw new Error('delete failed')
    expect(await db.overviews.count()).toBe(0)
    expect(await countRows(db)).toBe(0)
    expect(await db.statusLogs.count()).toBe(0)
    expect(await db.snapshots.count()).toBe(0)
    await restoreOverview(db, deleted.value)
    expect(await dump()).toEqual(before)
  })

  it('reads a rewritten deadline text against the current meeting, not the old one', async () => {
    const rolled = await rollOverviewForward(db, overviewId, 'Bilag 1 – maj', '2021-05-05')
    if (!rolled.ok) throw new Error('roll forward failed')
    const [row] = await initiativesOf(db, rolled.value.id)
    const same = await updateInitiative(db, row!.id, draft('Første', { owner: 'Jura' }), 0)
    expect(same.ok && same.value.deadlineReference).toBe('2021-01-20')
    const rewritten = await updateInitiative(db, row!.id, draft('Første', { deadlineText: 'ultimo juni' }), 1)
    expect(rewritten.ok && 'deadlineReference' in rewritten.value).toBe(false)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { openDatabase, type IndsatsDb } from '../../src/storage/db'
import { addInitiative, deleteInitiative, initiativesOf, restoreInitiatives, updateInitiative } from '../../src/storage/initiatives'
import { createOverviewWithRows, updateOverviewHeader } from '../../src/storage/overviews'
import { seedExampleOnFirstRun } from '../../src/storage/first-run'
import { countRows } from '../../src/storage/row-pages'
import type { InitiativeDraft } from '../../src/domain/model'
import type { ExampleOverview } from '../../src/domain/example'
import example from '../../src/app/example/bilag1.json'

const draft = (patch: Partial<InitiativeDraft> = {}): InitiativeDraft => ({
  area: 'Central understøttelse',
  category: 'B',
  title: 'Ny HR-Enhed',
  method: 'Samling af HR-opgaver',
  deadlineText: 'Medio 2021',
  status: 'not-started',
  owner: '',
  notes: '',
  ...patch,
})

let db: IndsatsDb
let name: string
beforeEach(() => {
  name = `test-${crypto.randomUUID()}`
  db = openDatabase(name)
})
afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

async function snapshot() {
  return { overviews: await db.overviews.toArray(), rowPages: await db.rowPages.toArray(), meta: await db.meta.toArray() }
}

describe('overviews', () => {
  it('creates an overview with its rows in order, all or nothing', async () => {
    const result = await createOverviewWithRows(db, { title: 'Bilag 2' }, [draft({ title: 'Første' }), draft({ title: 'Anden' })])
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const rows = await initiativesOf(db, result.value.overview.id)
    expect(rows.map((r) => [r.title, r.order, r.revision])).toEqual([
      ['Første', 1, 0],
      ['Anden', 2, 0],
    ])
  })

  it('writes nothing when one row is invalid', async () => {
    const before = await snapshot()
    const result = await createOverviewWithRows(db, { title: 'Bilag 2' }, [draft(), draft({ title: '   ' })])
    expect(result).toMatchObject({ ok: false, code: 'invalid', issues: [{ field: '1.title', code: 'required' }] })
    expect(await snapshot()).toEqual(before)
  })

  it('validates the header block before saving it', async () => {
    const created = await createOverviewWithRows(db, { title: 'Bilag' }, [])
    if (!created.ok) throw new Error('setup failed')
    const header = { title: 'Bilag 1', committee: 'BUU', caseNumber: '2020-0012345', meetingDate: '2021-02-30', legend: { A: 'a', B: 'b', C: 'c' } }
    expect(await updateOverviewHeader(db, created.value.overview.id, header)).toMatchObject({ ok: false, code: 'invalid', issues: [{ field: 'meetingDate' }] })
    const saved = await updateOverviewHeader(db, created.value.overview.id, { ...header, meetingDate: '2021-01-20' })
    expect(saved).toMatchObject({ ok: true, value: { committee: 'BUU', meetingDate: '2021-01-20', legend: { A: 'a' } } })
  })
})

describe('initiatives', () => {
  async function overviewId() {
    const created = await createOverviewWithRows(db, { title: 'Bilag' }, [draft({ title: 'Første' })])
    if (!created.ok) throw new Error('setup failed')
    return created.value.overview.id
  }

  it('appends a new row after the last one', async () => {
    const id = await overviewId()
    const added = await addInitiative(db, id, draft({ title: 'Sidste', fixedDeadline: '2021-06-15' }))
    expect(added).toMatchObject({ ok: true, value: { order: 2, fixedDeadline: '2021-06-15', revision: 0 } })
  })

  it('rejects an invalid row with field codes and writes nothing', async () => {
    const id = await overviewId()
    const before = await snapshot()
    const result = await addInitiative(db, id, draft({ title: '', fixedDeadline: '2021-13-01' }))
    expect(result).toMatchObject({ ok: false, code: 'invalid' })
    if (result.ok || result.code !== 'invalid') return
    expect(result.issues.map((i) => i.field).sort()).toEqual(['fixedDeadline', 'title'])
    expect(await snapshot()).toEqual(before)
  })

  it('saves an edit and bumps the revision; a stale revision is a conflict that changes nothing', async () => {
    const id = await overviewId()
    const [row] = await initiativesOf(db, id)
    if (!row) throw new Error('no row')
    const saved = await updateInitiative(db, row.id, draft({ title: 'Rettet', category: 'C' }), 0)
    expect(saved).toMatchObject({ ok: true, value: { title: 'Rettet', category: 'C', revision: 1, createdAt: row.createdAt } })
    const before = await snapshot()
    const stale = await updateInitiative(db, row.id, draft({ title: 'Fra et andet vindue' }), 0)
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { title: 'Rettet', revision: 1 } })
    expect(await snapshot()).toEqual(before)
  })

  it('removes a fixed deadline when the edit clears it', async () => {
    const id = await overviewId()
    const added = await addInitiative(db, id, draft({ fixedDeadline: '2021-06-15' }))
    if (!added.ok) throw new Error('setup failed')
    const saved = await updateInitiative(db, added.value.id, draft(), 0)
    expect(saved.ok && 'fixedDeadline' in saved.value).toBe(false)
  })

  it('deletes and restores exactly the same record (Fortryd)', async () => {
    const id = await overviewId()
    const before = await snapshot()
    const [row] = await initiativesOf(db, id)
    const deleted = await deleteInitiative(db, row!.id)
    expect(await countRows(db)).toBe(0)
    if (!deleted.ok) throw new Error('delete failed')
    await restoreInitiatives(db, [deleted.value])
    expect(await snapshot()).toEqual(before)
  })
})

describe('first run', () => {
  it('seeds the Bilag 1 example once, even when two tabs try at the same time', async () => {
    const other = openDatabase(name)
    const [a, b] = await Promise.all([seedExampleOnFirstRun(db, example as ExampleOverview), seedExampleOnFirstRun(other, example as ExampleOverview)])
    other.close()
    expect([a, b].filter(Boolean)).toHaveLength(1)
    expect(await db.overviews.count()).toBe(1)
    const rows = await initiativesOf(db, (a ?? b)!)
    expect(rows).toHaveLength(19)
    // Rows whose deadline reads as done start as Implementeret.
    expect(rows.filter((r) => r.status === 'implemented').map((r) => r.title)).toEqual([
      'Ny HR-Enhed',
      'Inddragelse af Arbejds miljø København',
      'Styrket journaliseringspraksis',
    ])
  })

  it('does not seed again after the user removed the example', async () => {
    const id = await seedExampleOnFirstRun(db, example as ExampleOverview)
    await db.transaction('rw', db.overviews, db.rowPages, async () => {
      await db.rowPages.where('overviewId').equals(id!).delete()
      await db.overviews.delete(id!)
    })
    expect(await seedExampleOnFirstRun(db, example as ExampleOverview)).toBeNull()
    expect(await db.overviews.count()).toBe(0)
  })
})

/** Many rows at once: each bulk write is all or nothing, and its Fortryd puts the database back byte for byte. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IndsatsDb } from '../../src/storage/db'
import type { Initiative, Overview, StatusEntry } from '../../src/domain/model'
import { bulkDelete, bulkUpdate, undoBulkDelete, undoBulkUpdate } from '../../src/storage/bulk'
import { updateInitiative } from '../../src/storage/initiatives'
import { getRow, rowsOf } from '../../src/storage/row-pages'
import { statusChangeEntry, statusChangeText } from '../../src/domain/status-log-edit'
import { dump, freshDb, put } from './restore-helpers'

const T0 = '2021-01-18T08:00:00.000Z'
const TODAY = '2021-02-03'
const overviewOf = (id: string): Overview => ({ id, title: `Bilag ${id}`, committee: '', caseNumber: '', meetingDate: '2021-01-20', legend: { A: '', B: '', C: '' }, columns: [], createdAt: T0, updatedAt: T0 })
const row = (overviewId: string, n: number): Initiative => ({
  id: `${overviewId}-${n}`,
  overviewId,
  area: n % 2 ? 'Central understøttelse' : 'Tilsyn',
  category: (['A', 'B', 'C'] as const)[n % 3]!,
  title: `Indsats ${n}`,
  method: '',
  deadlineText: 'Medio 2021',
  status: 'not-started',
  owner: '',
  notes: '',
  order: n,
  createdAt: T0,
  updatedAt: T0,
  revision: n % 4,
})
const entry = (initiativeId: string, n: number): StatusEntry => ({ id: `log-${initiativeId}-${n}`, initiativeId, overviewId: 'ov', date: '2021-01-1' + n, text: `Opdatering ${n}`, author: '', createdAt: T0 })

// 600 rows: three pages of the overview (250, 250, 100), and a second overview beside it.
const rows = Array.from({ length: 600 }, (_, i) => row('ov', i + 1))
/** Rows on every page: a few (one index seek each) and many (every page read). */
const few = ['ov-3', 'ov-260', 'ov-599']
const many = rows.filter((_, i) => i % 7 === 0).map((r) => r.id)

let db: IndsatsDb
let drop: () => Promise<void>
beforeEach(async () => {
  ;({ db, drop } = await freshDb())
  await put(db, {
    overviews: [overviewOf('ov'), overviewOf('other')],
    initiatives: [...rows, row('other', 1), row('other', 2)],
    statusLogs: [entry('ov-3', 1), entry('ov-3', 2), entry('ov-260', 1), entry('ov-4', 1)],
  })
})
afterEach(async () => {
  vi.restoreAllMocks()
  await drop()
})

/** The first call of `bulkPut` writes its first page and then fails: a write that dies half-way. */
function failHalfWay(error: Error) {
  const real = db.rowPages.bulkPut.bind(db.rowPages) as (items: unknown[]) => Promise<unknown>
  vi.spyOn(db.rowPages, 'bulkPut').mockImplementationOnce((async (items: unknown[]) => {
    await real(items.slice(0, 1))
    throw error
  }) as never)
}

describe('bulkUpdate', () => {
  it.each([
    ['category', { category: 'C' as const }],
    ['status', { status: 'on-hold' as const }],
    ['owner', { owner: 'Økonomichefen' }],
    ['area', { area: 'Rekruttering' }],
  ])('sets %s on every row, moves each revision once, and leaves the others alone', async (_, patch) => {
    const result = await bulkUpdate(db, 'ov', many, patch, TODAY)
    expect(result.ok).toBe(true)
    const after = await rowsOf(db, 'ov')
    const chosen = new Set(many)
    for (const [i, stored] of after.entries()) {
      const original = rows[i]!
      if (chosen.has(stored.id)) {
        expect(stored).toMatchObject(patch)
        const changed = Object.entries(patch).some(([key, value]) => original[key as keyof Initiative] !== value)
        expect(stored.revision).toBe(original.revision + (changed ? 1 : 0))
      } else expect(stored).toEqual(original)
    }
    expect(await rowsOf(db, 'other')).toEqual([row('other', 1), row('other', 2)])
  })

  it('writes only the rows that did not have the value, and its receipt holds just those', async () => {
    const result = await bulkUpdate(db, 'ov', few, { category: 'C' }, TODAY)
    // Of ov-3 (A), ov-260 (C) and ov-599 (C), only ov-3 changes.
    expect(result.ok && result.value.before.map((r) => r.id)).toEqual(['ov-3'])
    expect(await getRow(db, 'ov-260')).toEqual(rows[259])
  })

  it.each([
    ['a few rows', few],
    ['many rows', many],
  ])('Fortryd puts %s back byte for byte', async (_, ids) => {
    const before = await dump(db)
    const result = await bulkUpdate(db, 'ov', ids, { owner: 'Ny ansvarlig' }, TODAY)
    if (!result.ok) throw new Error(result.code)
    expect(await dump(db)).not.toBe(before)
    expect(await undoBulkUpdate(db, result.value)).toEqual({ ok: true, value: { restored: ids.length, skipped: 0 } })
    expect(await dump(db)).toBe(before)
  })

  it('Fortryd leaves a row edited since alone, and says so', async () => {
    const result = await bulkUpdate(db, 'ov', few, { owner: 'Ny ansvarlig' }, TODAY)
    if (!result.ok) throw new Error(result.code)
    const edited = (await getRow(db, 'ov-260'))!
    await updateInitiative(db, 'ov-260', { ...edited, owner: 'Rettet i et andet vindue' }, edited.revision)
    expect(await undoBulkUpdate(db, result.value)).toEqual({ ok: true, value: { restored: 2, skipped: 1 } })
    expect((await getRow(db, 'ov-260'))?.owner).toBe('Rettet i et andet vindue')
    expect((await getRow(db, 'ov-3'))?.owner).toBe('')
  })

  it('Sæt status writes one status-log entry per changed row, as Rediger does, and none for a row that had the status', async () => {
    await bulkUpdate(db, 'ov', ['ov-5'], { status: 'implemented' }, TODAY)
    const result = await bulkUpdate(db, 'ov', few.concat('ov-5'), { status: 'implemented' }, TODAY)
    if (!result.ok) throw new Error(result.code)
    const logs = await db.statusLogs.where('initiativeId').anyOf([...few, 'ov-5']).toArray()
    const written = logs.filter((e) => e.date === TODAY)
    expect(written.map((e) => e.initiativeId).sort()).toEqual(['ov-260', 'ov-3', 'ov-5', 'ov-599'])
    expect(result.value.statusLogs.map((e) => e.initiativeId)).toEqual(few)
    for (const e of result.value.statusLogs) {
      expect(e).toMatchObject({ ...statusChangeEntry(statusChangeText('not-started', 'implemented')!, TODAY), overviewId: 'ov' })
      expect(e.text).toBe('Status ændret fra Ikke påbegyndt til Implementeret.')
    }
  })

  it('Sæt kategori writes no status-log entry', async () => {
    const before = await db.statusLogs.count()
    const result = await bulkUpdate(db, 'ov', many, { category: 'B' }, TODAY)
    expect(result.ok && result.value.statusLogs).toEqual([])
    expect(await db.statusLogs.count()).toBe(before)
  })

  it('Fortryd of Sæt status puts the rows back and removes its log entries, byte for byte', async () => {
    const before = await dump(db)
    const result = await bulkUpdate(db, 'ov', many, { status: 'on-hold' }, TODAY)
    if (!result.ok) throw new Error(result.code)
    expect(result.value.statusLogs).toHaveLength(many.length)
    expect(await undoBulkUpdate(db, result.value)).toEqual({ ok: true, value: { restored: many.length, skipped: 0 } })
    expect(await dump(db)).toBe(before)
  })

  it('Fortryd of Sæt status keeps the entry of a row edited since', async () => {
    const result = await bulkUpdate(db, 'ov', few, { status: 'in-progress' }, TODAY)
    if (!result.ok) throw new Error(result.code)
    const edited = (await getRow(db, 'ov-260'))!
    await updateInitiative(db, 'ov-260', { ...edited, owner: 'Rettet i et andet vindue' }, edited.revision)
    await undoBulkUpdate(db, result.value)
    expect((await db.statusLogs.where('initiativeId').anyOf(few).toArray()).filter((e) => e.date === TODAY).map((e) => e.initiativeId)).toEqual(['ov-260'])
  })

  it.each([
    ['a value the schema refuses', few, { owner: 'x'.repeat(501) }, 'invalid'],
    ['a field that is not a bulk field', few, { title: 'Ny titel' }, 'invalid'],
    ['a row that is gone', [...few, 'ov-9999'], { owner: 'X' }, 'not-found'],
    ['a row of another overview', [...few, 'other-1'], { owner: 'X' }, 'not-found'],
  ])('refuses %s and writes nothing', async (_, ids, patch, code) => {
    const before = await dump(db)
    const result = await bulkUpdate(db, 'ov', ids, patch as never, TODAY)
    expect(result).toMatchObject({ ok: false, code })
    expect(await dump(db)).toBe(before)
  })

  it('leaves everything as it was when the write dies half-way', async () => {
    const before = await dump(db)
    failHalfWay(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))
    expect(await bulkUpdate(db, 'ov', many, { status: 'dropped' }, TODAY)).toMatchObject({ ok: false, code: 'quota' })
    vi.restoreAllMocks()
    expect(await dump(db)).toBe(before)
  })
})

describe('bulkDelete', () => {
  it.each([
    ['a few rows', few],
    ['many rows', many],
    ['a whole page and more', rows.slice(240, 520).map((r) => r.id)],
  ])('deletes %s with their status logs; Fortryd puts back every record byte for byte', async (_, ids) => {
    const before = await dump(db)
    const result = await bulkDelete(db, 'ov', ids)
    if (!result.ok) throw new Error(result.code)
    const gone = new Set(ids)
    expect((await rowsOf(db, 'ov')).map((r) => r.id)).toEqual(rows.filter((r) => !gone.has(r.id)).map((r) => r.id))
    expect(await db.statusLogs.where('initiativeId').anyOf(ids).count()).toBe(0)
    expect(await undoBulkDelete(db, result.value)).toEqual({ ok: true, value: { restored: ids.length, skipped: 0 } })
    expect(await dump(db)).toBe(before)
  })

  it('Fortryd twice puts nothing back twice', async () => {
    const result = await bulkDelete(db, 'ov', few)
    if (!result.ok) throw new Error(result.code)
    await undoBulkDelete(db, result.value)
    const once = await dump(db)
    expect(await undoBulkDelete(db, result.value)).toEqual({ ok: true, value: { restored: 0, skipped: 3 } })
    expect(await dump(db)).toBe(once)
  })

  it('Fortryd after new rows filled the old page puts the rows back at the end, every one of them', async () => {
    const result = await bulkDelete(db, 'ov', rows.slice(500, 600).map((r) => r.id))
    if (!result.ok) throw new Error(result.code)
    // The last page (100 rows) is gone; 250 new rows take its place and fill it.
    await put(db, { initiatives: Array.from({ length: 250 }, (_, i) => row('ov', 1000 + i)) })
    expect(await undoBulkDelete(db, result.value)).toEqual({ ok: true, value: { restored: 100, skipped: 0 } })
    expect(await rowsOf(db, 'ov')).toHaveLength(850)
  })

  it('refuses a row that is gone and deletes nothing', async () => {
    const before = await dump(db)
    expect(await bulkDelete(db, 'ov', [...few, 'ov-9999'])).toMatchObject({ ok: false, code: 'not-found' })
    expect(await dump(db)).toBe(before)
  })

  it('leaves everything as it was when the write dies half-way', async () => {
    const before = await dump(db)
    failHalfWay(new Error('the disk went away'))
    expect(await bulkDelete(db, 'ov', many)).toMatchObject({ ok: false, code: 'failed' })
    vi.restoreAllMocks()
    expect(await dump(db)).toBe(before)
  })

  it('Fortryd is all or nothing too', async () => {
    const result = await bulkDelete(db, 'ov', many)
    if (!result.ok) throw new Error(result.code)
    const deleted = await dump(db)
    vi.spyOn(db.statusLogs, 'bulkPut').mockRejectedValueOnce(new Error('boom'))
    expect(await undoBulkDelete(db, result.value)).toMatchObject({ ok: false, code: 'failed' })
    vi.restoreAllMocks()
    expect(await dump(db)).toBe(deleted)
  })
})

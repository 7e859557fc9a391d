// An import's extra columns, status logs and notes: written with the rows in one transaction,
// refused whole, and taken out again by Fortryd import (the database as it was, byte for byte).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { openDatabase, type IndsatsDb } from '../../src/storage/db'
import { appendInitiatives, importAsNewOverview, undoImport, type ImportBatch, type ImportRowDraft } from '../../src/storage/imports'
import { createOverviewWithRows } from '../../src/storage/overviews'
import { addColumn, renameColumn } from '../../src/storage/columns'
import { initiativesOf } from '../../src/storage/initiatives'

const row = (title: string, patch: Partial<ImportRowDraft> = {}): ImportRowDraft => ({
  area: 'Område',
  category: null,
  title,
  method: '',
  deadlineText: 'September',
  status: 'not-started',
  owner: '',
  notes: '',
  ...patch,
})

const batch: ImportBatch = {
  columns: [
    { name: 'Periode', type: 'text' },
    { name: 'Budget', type: 'number' },
  ],
  rows: [
    row('Et', { extra: { Periode: '2021', Budget: 12500 }, statusLog: [{ date: '2025-03-01', text: 'I afsluttende proces' }], status: 'in-progress', deadlineReference: '2025-01-01' }),
    row('To', { extra: { Periode: 'Forår' } }),
  ],
  notes: 'Skemaet opdateres hver måned.',
}

let db: IndsatsDb
let name: string
beforeEach(() => {
  name = `import-batch-${crypto.randomUUID()}`
  db = openDatabase(name)
})
afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

const dump = async () => JSON.stringify({ overviews: await db.overviews.toArray(), rowPages: await db.rowPages.toArray(), statusLogs: await db.statusLogs.toArray() })

async function existing() {
  const created = await createOverviewWithRows(db, { title: 'Bilag' }, [{ area: '', category: 'A', title: 'Før', method: '', deadlineText: '', status: 'not-started', owner: '', notes: '' }])
  if (!created.ok) throw new Error('setup failed')
  return created.value.overview.id
}

describe('an import with extra columns, status logs and notes', () => {
  it('creates the new overview with its columns, values by column id, status logs and notes', async () => {
    const result = await importAsNewOverview(db, { title: 'Ny' }, batch)
    if (!result.ok) throw new Error(JSON.stringify(result))
    const overview = (await db.overviews.get(result.value.overviewId))!
    expect(overview.columns.map(({ name, type }) => ({ name, type }))).toEqual(batch.columns)
    expect(overview.notes).toBe('Skemaet opdateres hver måned.')
    const [periode, budget] = overview.columns
    const rows = await initiativesOf(db, overview.id)
    expect(rows.map((r) => r.extra)).toEqual([{ [periode!.id]: '2021', [budget!.id]: 12500 }, { [periode!.id]: 'Forår' }])
    expect(rows.map((r) => r.deadlineReference)).toEqual(['2025-01-01', undefined])
    const logs = await db.statusLogs.toArray()
    expect(logs).toEqual([expect.objectContaining({ initiativeId: rows[0]!.id, overviewId: overview.id, date: '2025-03-01', text: 'I afsluttende proces', author: '' })])
  })

  it('cuts an overlong column name to fit, still unique', async () => {
    const long = 'x'.repeat(80)
    const result = await importAsNewOverview(db, { title: 'Ny' }, { columns: [{ name: long, type: 'text' }], rows: [row('Et', { extra: { [long]: 'v' } })] })
    if (!result.ok) throw new Error(JSON.stringify(result))
    expect((await db.overviews.get(result.value.overviewId))!.columns[0]!.name).toBe('x'.repeat(55))
  })

  it('reuses a column of the same name and type, adds the others with unique names, appends the notes', async () => {
    const id = await existing()
    const added = await addColumn(db, id, 'periode', 'text')
    if (!added.ok) throw new Error('setup failed')
    await addColumn(db, id, 'Budget', 'text')
    const result = await appendInitiatives(db, id, batch)
    if (!result.ok) throw new Error(JSON.stringify(result))
    const overview = (await db.overviews.get(id))!
    expect(overview.columns.map((c) => c.name)).toEqual(['periode', 'Budget', 'Budget (2)'])
    expect(result.value.addedColumnIds).toEqual([overview.columns[2]!.id])
    const rows = await initiativesOf(db, id)
    expect(rows[1]?.extra).toEqual({ [added.value.id]: '2021', [overview.columns[2]!.id]: 12500 })
    expect(overview.notes).toBe('Skemaet opdateres hver måned.')
  })

  it('Fortryd import puts the database back byte for byte: rows, status logs, columns and notes', async () => {
    const id = await existing()
    const before = await dump()
    const result = await appendInitiatives(db, id, batch)
    if (!result.ok) throw new Error('import failed')
    expect(await dump()).not.toBe(before)
    expect(await undoImport(db, result.value)).toEqual({ ok: true, value: undefined })
    expect(await dump()).toBe(before)
  })

  it('Fortryd import after a column was renamed takes out only the columns it added', async () => {
    const id = await existing()
    const result = await appendInitiatives(db, id, batch)
    if (!result.ok) throw new Error('import failed')
    const own = await addColumn(db, id, 'Egen', 'text')
    if (!own.ok) throw new Error('setup failed')
    await renameColumn(db, id, result.value.addedColumnIds![0]!, 'Periode (omdøbt)')
    await undoImport(db, result.value)
    expect((await db.overviews.get(id))!.columns.map((c) => c.name)).toEqual(['Egen'])
    expect(await db.statusLogs.count()).toBe(0)
  })

  it.each([
    ['a value of the wrong type', { ...batch, rows: [row('Et', { extra: { Budget: 'mange' } })] }],
    ['a value for a column the batch does not have', { ...batch, rows: [row('Et', { extra: { Ukendt: 'x' } })] }],
    ['an empty status text', { ...batch, rows: [row('Et', { statusLog: [{ date: '2025-03-01', text: '  ' }] })] }],
    ['an impossible status date', { ...batch, rows: [row('Et', { statusLog: [{ date: '2025-02-30', text: 'Godkendt' }] })] }],
    ['a row without a title', { ...batch, rows: [row('Et'), row('')] }],
    ['more extra columns than an overview may have', { ...batch, columns: Array.from({ length: 51 }, (_, i) => ({ name: `K${i}`, type: 'text' as const })), rows: [row('Et')] }],
  ])('writes nothing when one part is invalid: %s', async (_, bad) => {
    const id = await existing()
    const before = await dump()
    expect(await appendInitiatives(db, id, bad)).toMatchObject({ ok: false, code: 'invalid' })
    expect(await importAsNewOverview(db, { title: 'Ny' }, bad)).toMatchObject({ ok: false, code: 'invalid' })
    expect(await dump()).toBe(before)
  })
})

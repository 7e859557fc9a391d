import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { openDatabase, type IndsatsDb } from '../../src/storage/db'
import { appendInitiatives, undoImport } from '../../src/storage/imports'
import { createOverviewWithRows } from '../../src/storage/overviews'
import { addInitiative, initiativesOf } from '../../src/storage/initiatives'
import type { InitiativeDraft } from '../../src/domain/model'

const draft = (title: string, patch: Partial<InitiativeDraft> = {}): InitiativeDraft => ({
  area: 'Område',
  category: 'A',
  title,
  method: '',
  deadlineText: 'Medio 2021',
  status: 'not-started',
  owner: '',
  notes: '',
  ...patch,
})

let db: IndsatsDb
let name: string
beforeEach(() => {
  name = `imports-${crypto.randomUUID()}`
  db = openDatabase(name)
})
afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

const snapshot = async () => ({ overviews: await db.overviews.toArray(), rowPages: await db.rowPages.toArray() })

async function existing() {
  const created = await createOverviewWithRows(db, { title: 'Bilag' }, [draft('Første'), draft('Anden')])
  if (!created.ok) throw new Error('setup failed')
  return created.value.overview.id
}

describe('committing an import', () => {
  it('appends every row after the existing ones', async () => {
    const id = await existing()
    const result = await appendInitiatives(db, id, { columns: [], rows: [draft('Tredje'), draft('Fjerde')] })
    expect(result.ok).toBe(true)
    expect((await initiativesOf(db, id)).map((r) => [r.title, r.order])).toEqual([
      ['Første', 1],
      ['Anden', 2],
      ['Tredje', 3],
      ['Fjerde', 4],
    ])
  })

  it('adds nothing when one row is invalid: the database is identical', async () => {
    const id = await existing()
    const before = await snapshot()
    const result = await appendInitiatives(db, id, { columns: [], rows: [draft('Gyldig'), draft('', { category: 'A' })] })
    expect(result).toMatchObject({ ok: false, code: 'invalid' })
    expect(await snapshot()).toEqual(before)
  })

  it('adds nothing when the write itself fails half way (after a page has been written)', async () => {
    const id = await existing()
    const before = await snapshot()
    // Make the page write fail after a first page has gone in: nothing may survive.
    const original = db.rowPages.bulkPut.bind(db.rowPages)
    db.rowPages.bulkPut = ((pages: Parameters<typeof original>[0]) =>
      original(pages).then(() => {
        throw new Error('the disk failed after the pages were written')
      })) as typeof original
    const result = await appendInitiatives(db, id, { columns: [], rows: [draft('Ny 1'), draft('Ny 2')] })
    db.rowPages.bulkPut = original
    expect(result.ok).toBe(false)
    expect(await snapshot()).toEqual(before)
  })

  it('Fortryd import removes exactly what was added', async () => {
    const id = await existing()
    const before = await snapshot()
    const result = await appendInitiatives(db, id, { columns: [], rows: [draft('Tredje')] })
    if (!result.ok) throw new Error('append failed')
    expect(await undoImport(db, result.value)).toEqual({ ok: true, value: undefined })
    expect(await snapshot()).toEqual(before)
  })

  it('Fortryd import of a new overview removes it, unless the user has added rows to it since', async () => {
    const before = await snapshot()
    const created = await createOverviewWithRows(db, { title: 'Importeret' }, [draft('A1')])
    if (!created.ok) throw new Error('create failed')
    const receipt = { overviewId: created.value.overview.id, createdOverview: true, initiativeIds: created.value.initiativeIds }
    await undoImport(db, receipt)
    expect(await snapshot()).toEqual(before)

    const again = await createOverviewWithRows(db, { title: 'Importeret' }, [draft('A1')])
    if (!again.ok) throw new Error('create failed')
    await addInitiative(db, again.value.overview.id, draft('Tilføjet bagefter'))
    await undoImport(db, { overviewId: again.value.overview.id, createdOverview: true, initiativeIds: again.value.initiativeIds })
    expect((await initiativesOf(db, again.value.overview.id)).map((r) => r.title)).toEqual(['Tilføjet bagefter'])
    expect(await db.overviews.get(again.value.overview.id)).toBeDefined()
  })
})

/**
 * After a local write the bridge reads what the write touched (Dexie's change notice names
 * the pages of rows, status entries and snapshots), not every row of the overview: that read
 * decided how soon an edit reached the others (issue 15: edit → painted elsewhere ≤ 300 ms).
 */
import { afterEach, describe, expect, it } from 'vitest'
import Dexie, { RangeSet } from 'dexie'
import { createOverviewWithRows } from '../../src/storage/overviews'
import { deleteInitiative, updateInitiative } from '../../src/storage/initiatives'
import { addStatusEntry } from '../../src/storage/status-log'
import { openDatabase } from '../../src/storage/db'
import { keysOfRangeSet } from '../../src/storage/change-notice'
import { PAGE_SIZE } from '../../src/storage/row-pages'
import type { ReadScope } from '../../src/storage/sharing'
import type { Initiative, InitiativeDraft } from '../../src/domain/model'
import { eventually, Network, rows } from './peers'

const draft = (title: string): InitiativeDraft => ({ area: 'Central understøttelse', category: 'B', title, method: '', deadlineText: 'Medio 2021', status: 'not-started', owner: '', notes: '' })

const editable = (row: Initiative): InitiativeDraft => ({ area: row.area, category: row.category, title: row.title, method: row.method, deadlineText: row.deadlineText, status: row.status, owner: row.owner, notes: row.notes })

let network: Network
afterEach(async () => network?.close())

/** An overview of three pages of rows, shared by a and b; every scope a's bridge reads is recorded. */
async function sharedLargeOverview() {
  network = new Network()
  const a = await network.add(null)
  const count = PAGE_SIZE * 2 + 10
  const created = await createOverviewWithRows(a.db, { title: 'Tre sider', committee: 'Økonomiudvalget' }, Array.from({ length: count }, (_, i) => draft(`Indsats ${i + 1}`)))
  if (!created.ok) throw new Error('setup')
  const id = created.value.overview.id
  const scopes: ReadScope[] = []
  await network.start(a, id, { port: (port) => ({ ...port, step: (scope, decide) => (scopes.push(scope), port.step(scope, decide)) }) })
  const b = await network.add(null)
  await network.start(b, id)
  await eventually(async () => expect(await rows(b, id)).toHaveLength(count))
  await a.bridge!.schedule()
  scopes.length = 0
  return { a, b, id, rowIds: created.value.initiativeIds, scopes }
}

const pageOf = async (db: Dexie, rowId: string) => ((await db.table('rowPages').where('rowIds').equals(rowId).first()) as { id: string }).id

describe('what the bridge reads after a local write', () => {
  it('an edit of one row reads that row’s page and sends the edit', async () => {
    const { a, b, id, rowIds, scopes } = await sharedLargeOverview()
    const rowId = rowIds[PAGE_SIZE + 3]!
    const row = (await rows(a, id)).find((r) => r.id === rowId)!
    expect((await updateInitiative(a.db, rowId, { ...editable(row), owner: 'Mette Holm' }, row.revision)).ok).toBe(true)
    await eventually(async () => expect((await rows(b, id)).find((r) => r.id === rowId)?.owner).toBe('Mette Holm'))
    expect(scopes.length).toBeGreaterThan(0)
    expect(scopes).not.toContain('all')
    expect(scopes[0]).toMatchObject({ pages: [await pageOf(a.db, rowId)], rows: [] })
  })

  it('a row deleted here is deleted for the others, from its page alone', async () => {
    const { a, b, id, rowIds, scopes } = await sharedLargeOverview()
    const page = await pageOf(a.db, rowIds[7]!)
    expect((await deleteInitiative(a.db, rowIds[7]!)).ok).toBe(true)
    await eventually(async () => expect((await rows(b, id)).some((r) => r.id === rowIds[7])).toBe(false))
    expect(await rows(b, id)).toHaveLength(PAGE_SIZE * 2 + 9)
    expect(scopes).not.toContain('all')
    expect(scopes[0]).toMatchObject({ pages: [page] })
  })

  it('a status entry is read by its id and reaches the others', async () => {
    const { a, b, rowIds, scopes } = await sharedLargeOverview()
    const added = await addStatusEntry(a.db, rowIds[0]!, { date: '2026-12-01', text: 'Drøftet i direktionen', author: 'Anne' })
    expect(added.ok).toBe(true)
    await eventually(async () => expect(await b.db.statusLogs.where('initiativeId').equals(rowIds[0]!).count()).toBe(1))
    expect(scopes).not.toContain('all')
    // The entry by its id, and the row's page (adding an entry touches the row).
    expect(scopes[0]).toMatchObject({ statusLogs: [added.ok && added.value.id], pages: [await pageOf(a.db, rowIds[0]!)] })
  })

  it('a write by another tab (another connection to the same database) is sent too', async () => {
    const { a, b, id, rowIds } = await sharedLargeOverview()
    const otherTab = openDatabase(a.db.name)
    try {
      const row = (await rows(a, id)).find((r) => r.id === rowIds[400])!
      expect((await updateInitiative(otherTab, row.id, { ...editable(row), notes: 'Fra en anden fane' }, row.revision)).ok).toBe(true)
      await eventually(async () => expect((await rows(b, id)).find((r) => r.id === row.id)?.notes).toBe('Fra en anden fane'))
    } finally {
      otherTab.close()
    }
  })

  it('a write to another overview in the same browser starts no step', async () => {
    const { a, scopes } = await sharedLargeOverview()
    expect((await createOverviewWithRows(a.db, { title: 'Ikke delt', committee: '' }, [draft('Egen indsats')])).ok).toBe(true)
    await a.bridge!.schedule()
    expect(scopes).toEqual([])
  })
})

describe('keysOfRangeSet', () => {
  it('lists the keys of a notice, also as a clone from another tab, and says null for a range', () => {
    const keys = new RangeSet().addKeys(['b/00000002', 'a/00000001', 'c/00000003'])
    expect(keysOfRangeSet(keys)?.sort()).toEqual(['a/00000001', 'b/00000002', 'c/00000003'])
    expect(keysOfRangeSet(structuredClone({ ...keys }))?.sort()).toEqual(['a/00000001', 'b/00000002', 'c/00000003'])
    expect(keysOfRangeSet(new RangeSet())).toEqual([])
    expect(keysOfRangeSet(new RangeSet('a', 'z'))).toBeNull()
    expect(keysOfRangeSet(new RangeSet().addKeys(['a']).add({ from: 'm', to: 'q' }))).toBeNull()
  })
})

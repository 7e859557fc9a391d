/**
 * watchOverviewRows: every row of one overview, live, re-reading only the pages a write
 * names (Dexie's change notice). Against fake-indexeddb, with the app's own row writes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import Dexie from 'dexie'
import { openDatabase, type IndsatsDb } from '../../src/storage/db'
import { watchOverviewRows } from '../../src/storage/live-rows'
import { PAGE_SIZE, rowsOf } from '../../src/storage/row-pages'
import { addRows, deleteRows, putRows } from '../../src/storage/row-writes'
import type { Initiative } from '../../src/domain/model'

const row = (overviewId: string, order: number): Initiative => ({
  id: `${overviewId}-${order}`, overviewId, area: 'Central understøttelse', category: 'B', title: `Indsats ${order}`, method: '', deadlineText: 'Medio 2021',
  status: 'not-started', owner: '', notes: '', order, createdAt: '2021-01-18T08:00:00.000Z', updatedAt: '2021-01-18T08:00:00.000Z', revision: 0,
})

let db: IndsatsDb
const opened: IndsatsDb[] = []
afterEach(async () => {
  for (const d of opened.splice(0)) d.close()
  await Dexie.delete(db.name)
})

async function setup(count: number) {
  db = openDatabase(`live-rows-${crypto.randomUUID()}`)
  opened.push(db)
  const rows = Array.from({ length: count }, (_, i) => row('o1', i + 1))
  await db.transaction('rw', db.rowPages, () => addRows(db, [...rows, row('o2', 1)]))
  const seen: Initiative[][] = []
  const errors: unknown[] = []
  const reads = vi.spyOn(db.rowPages, 'bulkGet')
  const stop = watchOverviewRows(db, 'o1', (next) => seen.push(next), (error) => errors.push(error))
  await vi.waitFor(() => expect(seen).toHaveLength(1))
  return { seen, errors, reads, stop, rows }
}

const latest = <T>(list: T[]) => list[list.length - 1]!

describe('watchOverviewRows', () => {
  it('gives every row, then after an edit re-reads that page alone: the other pages keep their row objects', async () => {
    const { seen, reads, stop } = await setup(PAGE_SIZE * 2 + 5)
    expect(seen[0]!.map((r) => r.order)).toEqual(Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => i + 1))
    const before = seen[0]!
    await db.transaction('rw', db.rowPages, () => putRows(db, [{ ...before[PAGE_SIZE + 1]!, title: 'Ændret' }]))
    await vi.waitFor(() => expect(seen).toHaveLength(2))
    const after = seen[1]!
    expect(after[PAGE_SIZE + 1]!.title).toBe('Ændret')
    expect(after).toEqual(await rowsOf(db, 'o1'))
    expect(reads).toHaveBeenCalledTimes(1)
    expect(reads.mock.calls[0]![0]).toHaveLength(1)
    // Rows of the pages nobody touched are the same objects as before.
    expect(after[0]).toBe(before[0])
    expect(after[PAGE_SIZE * 2 + 4]).toBe(before[PAGE_SIZE * 2 + 4])
    stop()
  })

  it('follows added and deleted rows, pages that empty, and leaves another overview’s writes alone', async () => {
    const { seen, stop } = await setup(PAGE_SIZE + 1)
    await db.transaction('rw', db.rowPages, () => addRows(db, [row('o1', 900), row('o1', 901)]))
    await vi.waitFor(() => expect(latest(seen).map((r) => r.order).slice(-2)).toEqual([900, 901]))
    // The last page holds rows PAGE_SIZE + 1, 900 and 901: deleting them deletes the page.
    await db.transaction('rw', db.rowPages, () => deleteRows(db, ['o1-251', 'o1-900', 'o1-901']))
    await vi.waitFor(() => expect(latest(seen)).toHaveLength(PAGE_SIZE))
    expect(latest(seen)).toEqual(await rowsOf(db, 'o1'))
    const count = seen.length
    await db.transaction('rw', db.rowPages, () => addRows(db, [row('o2', 2)]))
    await new Promise((r) => setTimeout(r, 50))
    expect(seen).toHaveLength(count)
    stop()
  })

  it('sees another tab’s write, and reads everything again after a notice that names no keys', async () => {
    const { seen, stop, rows } = await setup(10)
    const otherTab = openDatabase(db.name)
    opened.push(otherTab)
    await otherTab.transaction('rw', otherTab.rowPages, () => putRows(otherTab, [{ ...rows[3]!, owner: 'Fra en anden fane' }]))
    await vi.waitFor(() => expect(latest(seen)[3]!.owner).toBe('Fra en anden fane'))
    // A restore clears the table (a range, not keys) and writes it again.
    await db.transaction('rw', db.rowPages, async () => {
      await db.rowPages.clear()
      await addRows(db, [row('o1', 1), row('o1', 2)])
    })
    await vi.waitFor(() => expect(latest(seen).map((r) => r.id)).toEqual(['o1-1', 'o1-2']))
    stop()
  })

  it('calls back no more once stopped', async () => {
    const { seen, stop, rows } = await setup(3)
    stop()
    await db.transaction('rw', db.rowPages, () => putRows(db, [{ ...rows[0]!, title: 'Efter stop' }]))
    await new Promise((r) => setTimeout(r, 50))
    expect(seen).toHaveLength(1)
  })
})

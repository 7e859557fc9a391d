/**
 * The page layout of the indsatser (src/storage/row-pages.ts): whatever sequence of
 * writes, the rows read back are exactly the rows written, in `order`; indexed fields
 * match the rows, no page is empty or over PAGE_SIZE.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import fc from 'fast-check'
import { openDatabase, type IndsatsDb } from '../../src/storage/db'
import { PAGE_SIZE, allRows, countRows, firstRowsOf, getRow, getRows, lastOrder, rowsOf, type RowPage } from '../../src/storage/row-pages'
import { addRows, deleteOverviewRows, deleteRows, putRows } from '../../src/storage/row-writes'
import type { Initiative } from '../../src/domain/model'

let db: IndsatsDb
let name: string
beforeEach(() => {
  name = `pages-${crypto.randomUUID()}`
  db = openDatabase(name)
})
afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

const row = (overviewId: string, order: number, patch: Partial<Initiative> = {}): Initiative => ({
  id: `${overviewId}-${order}`,
  overviewId,
  area: 'Central understøttelse',
  category: 'B',
  title: `Indsats ${order}`,
  method: '',
  deadlineText: 'Medio 2021',
  status: 'not-started',
  owner: '',
  notes: '',
  order,
  createdAt: '2021-01-18T08:00:00.000Z',
  updatedAt: `2021-01-18T08:00:00.${String(order % 1000).padStart(3, '0')}Z`,
  revision: 0,
  ...patch,
})
const range = (overviewId: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => row(overviewId, from + i))
const inTx = <T>(work: () => Promise<T>) => db.transaction('rw', db.rowPages, work)

/** Every page: not empty, derived fields true to its rows, rows of one overview. */
function checkPages(pages: RowPage[]) {
  for (const page of pages) {
    expect(page.rows.length).toBeGreaterThan(0)
    expect(page.rows.length).toBeLessThanOrEqual(PAGE_SIZE)
    expect(page.rowIds).toEqual(page.rows.map((r) => r.id))
    expect(page.rows.every((r) => r.overviewId === page.overviewId)).toBe(true)
    expect(page.maxOrder).toBe(Math.max(...page.rows.map((r) => r.order)))
    expect(page.minUpdatedAt).toBe(page.rows.map((r) => r.updatedAt).sort()[0])
    expect(page.maxUpdatedAt).toBe(page.rows.map((r) => r.updatedAt).sort().at(-1))
  }
}

describe('the first rows of an overview (the first screen)', () => {
  it.each<[string, number, number]>([
    ['no rows: nothing, and that is all', 0, 0],
    ['a Bilag-sized overview: every row, and that is all', 19, 19],
    ['exactly one page: every row, and that is all', PAGE_SIZE, PAGE_SIZE],
    ['one row more than a page: the first page, and there are more', PAGE_SIZE + 1, PAGE_SIZE],
    ['10,000 rows: the first page, and there are more', 10_000, PAGE_SIZE],
  ])('%s', async (_, count, firstCount) => {
    if (count) await inTx(() => addRows(db, range('o1', 1, count)))
    await inTx(() => addRows(db, range('o2', 1, 3)))
    const first = await firstRowsOf(db, 'o1')
    const all = await rowsOf(db, 'o1')
    expect(first.rows).toEqual(all.slice(0, firstCount))
    expect(first.complete).toBe(count <= PAGE_SIZE)
  })
})

describe('row pages', () => {
  it('fills pages of PAGE_SIZE rows and reads them back in order', async () => {
    await inTx(() => addRows(db, range('o1', 1, PAGE_SIZE * 2 + 7)))
    const pages = await db.rowPages.toArray()
    expect(pages.map((p) => p.rows.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 7])
    checkPages(pages)
    expect((await rowsOf(db, 'o1')).map((r) => r.order)).toEqual(range('o1', 1, PAGE_SIZE * 2 + 7).map((r) => r.order))
    expect(await countRows(db, 'o1')).toBe(PAGE_SIZE * 2 + 7)
    expect(await lastOrder(db, 'o1')).toBe(PAGE_SIZE * 2 + 7)
  })

  it('appends to the last page before starting a new one', async () => {
    await inTx(() => addRows(db, range('o1', 1, 10)))
    await inTx(() => addRows(db, range('o1', 11, PAGE_SIZE + 5)))
    expect((await db.rowPages.toArray()).map((p) => p.rows.length)).toEqual([PAGE_SIZE, 5])
  })

  it('keeps overviews apart', async () => {
    await inTx(() => addRows(db, [...range('a', 1, 3), ...range('b', 1, 2)]))
    expect((await rowsOf(db, 'a')).map((r) => r.id)).toEqual(['a-1', 'a-2', 'a-3'])
    expect((await rowsOf(db, 'b')).map((r) => r.id)).toEqual(['b-1', 'b-2'])
    await inTx(() => deleteOverviewRows(db, 'a'))
    expect(await countRows(db)).toBe(2)
    expect(await lastOrder(db, 'a')).toBe(0)
  })

  it('replaces a stored row where it is and finds rows by id', async () => {
    await inTx(() => addRows(db, range('o1', 1, PAGE_SIZE + 3)))
    await inTx(() => putRows(db, [row('o1', 2, { title: 'Ændret', revision: 1 })]))
    expect(await getRow(db, 'o1-2')).toMatchObject({ title: 'Ændret', revision: 1 })
    expect(await getRow(db, 'nowhere')).toBeUndefined()
    expect((await getRows(db, ['o1-3', 'nowhere', 'o1-1'])).map((r) => r?.id)).toEqual(['o1-3', undefined, 'o1-1'])
    expect(await countRows(db, 'o1')).toBe(PAGE_SIZE + 3)
  })

  it('moves a row that names another overview into that overview, dropping a page it leaves empty', async () => {
    await inTx(() => addRows(db, [row('a', 1), row('b', 1)]))
    await inTx(() => putRows(db, [row('a', 1, { overviewId: 'b', order: 2 }), row('a', 2)]))
    expect((await rowsOf(db, 'a')).map((r) => r.id)).toEqual(['a-2'])
    expect((await rowsOf(db, 'b')).map((r) => r.id)).toEqual(['b-1', 'a-1'])
    const pages = await db.rowPages.toArray()
    checkPages(pages)
    expect(pages).toHaveLength(2)
  })

  it('looks many ids up by reading the pages, with the same answer', async () => {
    await inTx(() => addRows(db, range('o1', 1, 300)))
    const ids = [...range('o1', 1, 200).map((r) => r.id), 'missing']
    expect((await getRows(db, ids)).map((r) => r?.id)).toEqual([...ids.slice(0, 200), undefined])
  })

  it('deletes rows and drops pages left empty', async () => {
    await inTx(() => addRows(db, range('o1', 1, PAGE_SIZE + 2)))
    await inTx(() => deleteRows(db, ['o1-' + (PAGE_SIZE + 1), 'o1-' + (PAGE_SIZE + 2), 'o1-1']))
    const pages = await db.rowPages.toArray()
    expect(pages).toHaveLength(1)
    checkPages(pages)
    expect(await countRows(db, 'o1')).toBe(PAGE_SIZE - 1)
  })

  it('puts deleted rows back in their place in the order, and new rows still go last', async () => {
    await inTx(() => addRows(db, range('o1', 1, PAGE_SIZE)))
    const gone = await getRows(db, ['o1-5', 'o1-6'])
    await inTx(() => deleteRows(db, ['o1-5', 'o1-6']))
    await inTx(() => addRows(db, range('o1', PAGE_SIZE + 1, PAGE_SIZE + 3)))
    await inTx(() => addRows(db, gone as Initiative[]))
    expect((await rowsOf(db, 'o1')).map((r) => r.order)).toEqual(range('o1', 1, PAGE_SIZE + 3).map((r) => r.order))
    expect(await lastOrder(db, 'o1')).toBe(PAGE_SIZE + 3)
  })

  it('lists every row of every overview by id, as a backup does', async () => {
    await inTx(() => addRows(db, [...range('b', 1, 2), ...range('a', 1, 2)]))
    expect((await allRows(db)).map((r) => r.id)).toEqual(['a-1', 'a-2', 'b-1', 'b-2'])
  })

  it('leaves nothing behind when the transaction fails after writing pages', async () => {
    await inTx(() => addRows(db, range('o1', 1, 3)))
    const before = await db.rowPages.toArray()
    await expect(
      inTx(async () => {
        await addRows(db, range('o1', 4, PAGE_SIZE * 2))
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    expect(await db.rowPages.toArray()).toEqual(before)
  })

  it('matches a plain list under any sequence of adds, edits and deletes', async () => {
    type Step = { kind: 'add'; overview: 'a' | 'b'; count: number } | { kind: 'edit'; pick: number } | { kind: 'delete'; picks: number[] }
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), overview: fc.constantFrom('a' as const, 'b' as const), count: fc.integer({ min: 1, max: PAGE_SIZE + 20 }) }),
      fc.record({ kind: fc.constant('edit' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), picks: fc.array(fc.nat(), { maxLength: 80 }) }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        await db.rowPages.clear()
        const model = new Map<string, Initiative>()
        const next = { a: 1, b: 1 }
        for (const s of steps) {
          const ids = [...model.keys()]
          if (s.kind === 'add') {
            const rows = range(s.overview, next[s.overview], next[s.overview] + s.count - 1)
            next[s.overview] += s.count
            await inTx(() => addRows(db, rows))
            for (const r of rows) model.set(r.id, r)
          } else if (s.kind === 'edit' && ids.length) {
            const current = model.get(ids[s.pick % ids.length]!)!
            const edited = { ...current, title: `${current.title}*`, revision: current.revision + 1, updatedAt: '2022-01-01T00:00:00.000Z' }
            await inTx(() => putRows(db, [edited]))
            model.set(edited.id, edited)
          } else if (s.kind === 'delete' && ids.length) {
            const gone = [...new Set(s.picks.map((p) => ids[p % ids.length]!))]
            await inTx(() => deleteRows(db, gone))
            for (const id of gone) model.delete(id)
          }
        }
        checkPages(await db.rowPages.toArray())
        for (const overview of ['a', 'b']) {
          const expected = [...model.values()].filter((r) => r.overviewId === overview).sort((x, y) => x.order - y.order)
          expect(await rowsOf(db, overview)).toEqual(expected)
          expect(await lastOrder(db, overview)).toBe(expected.at(-1)?.order ?? 0)
        }
      }),
      { numRuns: 40 },
    )
  })
})

// @vitest-environment jsdom
/**
 * useInitiatives: a large overview's first page of rows first (the first screen), then
 * every row, live; a small one in one step. Against the app's own database (db()), in
 * fake-indexeddb.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { renderHook, waitFor } from '@testing-library/react'
import { db, useInitiatives, type OverviewRows } from '../../src/storage'
import { PAGE_SIZE, rowsOf } from '../../src/storage/row-pages'
import { addRows, putRows } from '../../src/storage/row-writes'
import type { Initiative } from '../../src/domain/model'

afterAll(() => db().close())

const row = (overviewId: string, order: number): Initiative => ({
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
  updatedAt: '2021-01-18T08:00:00.000Z',
  revision: 0,
})

async function seed(overviewId: string, count: number): Promise<Initiative[]> {
  const rows = Array.from({ length: count }, (_, i) => row(overviewId, i + 1))
  await db().transaction('rw', db().rowPages, () => addRows(db(), rows))
  return rows
}

/** Every value the hook gave, in order (repeats of the same rows left out). */
function watch(overviewId: string) {
  const seen: OverviewRows[] = []
  const hook = renderHook(() => {
    const value = useInitiatives(overviewId)
    if (value && seen.at(-1)?.rows !== value.rows) seen.push(value)
    return value
  })
  return { seen, hook }
}

describe('useInitiatives', () => {
  it('gives a large overview\'s first page, then every row, in order', async () => {
    const rows = await seed('large', PAGE_SIZE * 3 + 10)
    const { seen, hook } = watch('large')
    await waitFor(() => expect(hook.result.current?.complete).toBe(true))
    expect(seen.map((s) => [s.rows.length, s.complete])).toEqual([
      [PAGE_SIZE, false],
      [rows.length, true],
    ])
    expect(seen[0]!.rows).toEqual(rows.slice(0, PAGE_SIZE))
    expect(hook.result.current!.rows).toEqual(rows)
    hook.unmount()
  })

  it('gives a small overview complete at once', async () => {
    const rows = await seed('small', 19)
    const { seen, hook } = watch('small')
    await waitFor(() => expect(hook.result.current?.complete).toBe(true))
    expect(seen[0]).toEqual({ rows, complete: true })
    hook.unmount()
  })

  it('stays live: a change to any page shows', async () => {
    await seed('live', PAGE_SIZE + 5)
    const { hook } = watch('live')
    await waitFor(() => expect(hook.result.current?.complete).toBe(true))
    const last = (await rowsOf(db(), 'live')).at(-1)!
    await db().transaction('rw', db().rowPages, () => putRows(db(), [{ ...last, title: 'Ændret', revision: 1 }]))
    await waitFor(() => expect(hook.result.current?.rows.at(-1)?.title).toBe('Ændret'))
    expect(hook.result.current?.rows).toHaveLength(PAGE_SIZE + 5)
    hook.unmount()
  })

  it('gives no rows for no overview', () => {
    const { result } = renderHook(() => useInitiatives(undefined))
    expect(result.current).toEqual({ rows: [], complete: true })
  })
})

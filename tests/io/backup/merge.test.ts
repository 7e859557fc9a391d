import { describe, expect, it } from 'vitest'
import { planMerge, sameRecord } from '../../../src/io/backup'

const rec = (id: string, updatedAt: string, title = id, extra: Record<string, unknown> = {}) => ({ id, title, updatedAt, ...extra })

describe('planMerge', () => {
  it('adds new ids, skips identical ones, and lets the newer side win', () => {
    const incoming = [rec('new', '2021-01-01T00:00:00Z'), rec('same', '2021-01-01T00:00:00Z'), rec('theirs', '2021-03-01T00:00:00Z', 'T'), rec('ours', '2021-01-01T00:00:00Z', 'O1')]
    const local = [undefined, rec('same', '2021-01-01T00:00:00Z'), rec('theirs', '2021-02-01T00:00:00Z', 'T-old'), rec('ours', '2021-02-01T00:00:00Z', 'O2')]
    const plan = planMerge('initiative', incoming, local)
    expect(plan.writes.map((r) => r.id)).toEqual(['new', 'theirs'])
    expect(plan).toMatchObject({ added: 1, updated: 1, unchanged: 1 })
    expect(plan.conflicts).toEqual([
      { kind: 'initiative', id: 'theirs', title: 'T', kept: 'backup' },
      { kind: 'initiative', id: 'ours', title: 'O2', kept: 'local' },
    ])
  })

  it('compares instants, not text, and passes the winner through adopt', () => {
    // 10:00+02:00 is 08:00Z: earlier than 09:00Z although its text sorts later.
    const plan = planMerge('overview', [rec('a', '2021-01-01T10:00:00+02:00', 'kopi')], [rec('a', '2021-01-01T09:00:00Z', 'her')], (t) => ({ ...t, title: 'adopted' }))
    expect(plan.writes).toEqual([])
    expect(plan.conflicts[0]).toMatchObject({ kept: 'local', title: 'her' })
    const other = planMerge('overview', [rec('a', '2021-01-02T00:00:00Z', 'kopi')], [rec('a', '2021-01-01T00:00:00Z', 'her')], (t) => ({ ...t, title: 'adopted' }))
    expect(other.writes).toEqual([rec('a', '2021-01-02T00:00:00Z', 'adopted')])
  })
})

describe('sameRecord', () => {
  it('ignores key order and undefined fields, not values', () => {
    expect(sameRecord({ a: 1, b: { x: 1, y: 2 } }, { b: { y: 2, x: 1 }, a: 1, c: undefined })).toBe(true)
    expect(sameRecord({ a: 1 }, { a: 2 })).toBe(false)
    expect(sameRecord({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
  })
})

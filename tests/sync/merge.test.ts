import { describe, expect, it } from 'vitest'
import { mergeRecord } from '../../src/sync/merge'
import { flatten, unflatten, sameValue } from '../../src/sync/fields'

const base = { id: 'r1', title: 'Ny HR-Enhed', owner: 'Anne', status: 'not-started' }

describe('mergeRecord: one record, three ways', () => {
  it.each([
    ['nothing changed', base, base, base, base, false, null],
    ['changed here only: kept and sent', base, { ...base, owner: 'Bo' }, base, { ...base, owner: 'Bo' }, false, { set: { owner: 'Bo' }, remove: [] }],
    ['changed elsewhere only: taken', base, base, { ...base, owner: 'Cai' }, { ...base, owner: 'Cai' }, true, null],
    ['different fields on both sides: both kept', base, { ...base, owner: 'Bo' }, { ...base, status: 'implemented' }, { ...base, owner: 'Bo', status: 'implemented' }, true, { set: { owner: 'Bo' }, remove: [] }],
    ['the same field on both sides: this side is sent (Yjs then decides for everyone)', base, { ...base, owner: 'Bo' }, { ...base, owner: 'Cai' }, { ...base, owner: 'Bo' }, false, { set: { owner: 'Bo' }, remove: [] }],
    ['a field cleared here is removed', { ...base, fixedDeadline: '2021-05-01' }, base, { ...base, fixedDeadline: '2021-05-01' }, base, false, { set: {}, remove: ['fixedDeadline'] }],
    ['new here: sent whole', undefined, base, undefined, base, false, { set: base, remove: [], revive: true }],
    ['new elsewhere: taken', undefined, undefined, base, base, true, null],
    ['deleted here: a tombstone is sent', base, undefined, base, undefined, false, { set: {}, remove: [], tombstone: true }],
    ['deleted here while edited elsewhere: still deleted (the edit stays in the tombstone)', base, undefined, { ...base, owner: 'Cai' }, undefined, false, { set: {}, remove: [], tombstone: true }],
    ['deleted elsewhere: deleted here', base, base, undefined, undefined, true, null],
    ['deleted elsewhere while edited here: deleted, and the edit is written into the tombstone', base, { ...base, owner: 'Bo' }, undefined, undefined, true, { set: { owner: 'Bo' }, remove: [] }],
    ['deleted on both sides', base, undefined, undefined, undefined, false, null],
    ['both have it, never agreed (a second conversion): no duplicate, local fields win', undefined, { ...base, owner: 'Bo' }, base, { ...base, owner: 'Bo' }, false, { set: { owner: 'Bo' }, remove: [] }],
  ])('%s', (_name, b, l, r, next, localChanged, push) => {
    const merged = mergeRecord(b, l, r)
    expect(merged.next).toEqual(next)
    expect(merged.localChanged).toBe(localChanged)
    expect(merged.push).toEqual(push)
  })

  it('a reader takes the shared record and sends nothing', () => {
    expect(mergeRecord(base, { ...base, owner: 'Bo' }, { ...base, owner: 'Cai' }, true)).toEqual({ next: { ...base, owner: 'Cai' }, localChanged: true, push: null })
  })
})

describe('fields: any record as flat fields', () => {
  it.each([
    ['top-level fields', { a: 1, b: 'x' }, { a: 1, b: 'x' }],
    ['a plain object is split one level (extra columns, legend)', { legend: { A: 'a', B: 'b' }, extra: { c1: 'x', c2: 3 } }, { 'legend.A': 'a', 'legend.B': 'b', 'extra.c1': 'x', 'extra.c2': 3 }],
    ['arrays stay one value (an overview\'s columns)', { columns: [{ id: 'c1', name: 'Budget' }] }, { columns: [{ id: 'c1', name: 'Budget' }] }],
    ['undefined and empty objects are left out', { a: undefined, extra: {} }, {}],
    ['null stays (a row without a category)', { category: null }, { category: null }],
  ])('%s', (_name, record, flat) => {
    expect(flatten(record)).toEqual(flat)
    expect(sameValue(unflatten(flatten(record)), Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && !(typeof v === 'object' && v && !Array.isArray(v) && !Object.keys(v).length))))).toBe(true)
  })
})

describe('mergeRecord: a record back after a delete (Fortryd)', () => {
  it('comes back with the edits made elsewhere while it was deleted', () => {
    const merged = mergeRecord(undefined, base, undefined, false, { ...base, owner: 'Cai' })
    expect(merged.next).toEqual({ ...base, owner: 'Cai' })
    expect(merged.localChanged).toBe(true)
    expect(merged.push).toEqual({ set: { ...base, owner: 'Cai' }, remove: [], revive: true })
  })
})

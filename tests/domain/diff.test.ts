import { describe, expect, it } from 'vitest'
import { diffColumns, diffInitiatives, type FieldChange } from '../../src/domain/diff'
import { BUILT_IN_COLUMNS } from '../../src/domain/columns'
import type { ExtraColumn } from '../../src/domain/columns/extra-types'
import type { Initiative } from '../../src/domain/model'

let counter = 0
function row(patch: Partial<Initiative> = {}): Initiative {
  counter++
  return {
    id: `r${counter}`,
    overviewId: 'o',
    area: 'Central understøttelse',
    category: 'C',
    title: `Indsats ${counter}`,
    method: 'Metode',
    deadlineText: 'Februar 2021',
    status: 'not-started',
    owner: '',
    notes: '',
    order: counter,
    createdAt: '2021-01-20T10:00:00.000Z',
    updatedAt: '2021-01-20T10:00:00.000Z',
    revision: 0,
    ...patch,
  }
}

describe('diffInitiatives', () => {
  it('finds nothing when nothing changed, even if rows were reordered or re-saved', () => {
    const before = [row(), row(), row()]
    const after = [...before].reverse().map((r, i) => ({ ...r, order: i + 1, revision: r.revision + 1, updatedAt: '2021-02-01T00:00:00.000Z' }))
    expect(diffInitiatives(before, after)).toEqual({ added: 0, removed: 0, changed: 0, areas: [] })
  })

  const plain = (fields: FieldChange[]) => fields.map(({ field, before, after }) => ({ field, before, after }))
  const compared = BUILT_IN_COLUMNS.filter((c) => c.inDiff).map((c) => c.id)

  it('compares every registry column marked inDiff, and no other built-in', () => {
    expect(diffColumns().map((c) => c.spec.id)).toEqual(compared)
    expect(compared).toEqual(['area', 'category', 'title', 'method', 'deadlineText', 'fixedDeadline', 'status', 'owner', 'notes'])
  })

  it.each(compared.map((field) => [field]))('reports a change of %s with before and after', (field) => {
    const before = row({ fixedDeadline: '2021-03-01' })
    const changedValue: Record<string, string> = {
      area: 'Styrket administrativ praksis',
      category: 'B',
      title: 'Ny titel',
      method: 'Ny metode',
      deadlineText: 'Medio 2021',
      fixedDeadline: '2021-06-30',
      status: 'implemented',
      owner: 'Jura',
      notes: 'En note',
    }
    const after = { ...before, [field]: changedValue[field] }
    const diff = diffInitiatives([before], [after])
    expect(diff.changed).toBe(1)
    const change = diff.areas[0]!.changes[0]!
    expect(change.kind).toBe('changed')
    if (change.kind !== 'changed') return
    expect(plain(change.fields)).toEqual([{ field, before: String(before[field as keyof Initiative] ?? ''), after: changedValue[field] }])
  })

  it('shows a removed fixed deadline as a change to empty', () => {
    const before = row({ fixedDeadline: '2021-03-01' })
    const { fixedDeadline: _, ...after } = before
    const change = diffInitiatives([before], [after]).areas[0]!.changes[0]!
    expect(change.kind === 'changed' && plain(change.fields)).toEqual([{ field: 'fixedDeadline', before: '2021-03-01', after: '' }])
  })

  it('lists a row moved between areas under its new area', () => {
    const before = row({ area: 'Tilsyn' })
    const stays = row({ area: 'Tilsyn' })
    const after = { ...before, area: 'Central understøttelse' }
    const diff = diffInitiatives([before, stays], [after, stays])
    expect(diff.areas.map((a) => a.area)).toEqual(['Central understøttelse'])
  })

  it('reports added and removed rows, grouped by area in the overview order', () => {
    const kept = row({ area: 'Tilsyn' })
    const gone = row({ area: 'Styrket administrativ praksis', title: 'Central klageenhed' })
    const added = row({ area: 'Tilsyn', title: 'Ny indsats' })
    const diff = diffInitiatives([kept, gone], [kept, added])
    expect(diff).toMatchObject({ added: 1, removed: 1, changed: 0 })
    expect(diff.areas.map((a) => [a.area, a.changes.map((c) => c.kind)])).toEqual([
      ['Tilsyn', ['added']],
      ['Styrket administrativ praksis', ['removed']],
    ])
  })

  it('matches a row deleted and re-added (new id) by its title', () => {
    const original = row({ title: 'Dagtilbudsledelsesuddannelse', category: 'C' })
    const readded = { ...original, id: 'new-id', order: 99, category: 'B' as const }
    const diff = diffInitiatives([original], [readded])
    expect(diff).toMatchObject({ added: 0, removed: 0, changed: 1 })
    const change = diff.areas[0]!.changes[0]!
    expect(change.kind === 'changed' && change.fields.map((f) => f.field)).toEqual(['category'])
  })

  it('re-added with the same content is no change at all', () => {
    const original = row({ title: 'Ny HR-Enhed' })
    expect(diffInitiatives([original], [{ ...original, id: 'other' }])).toMatchObject({ added: 0, removed: 0, changed: 0 })
  })
})

describe('diffInitiatives with extra columns, as they were and as they are', () => {
  const budget: ExtraColumn = { id: 'xbudget', name: 'Budget', type: 'number' }
  const renamed: ExtraColumn = { ...budget, name: 'Økonomi' }
  const due: ExtraColumn = { id: 'xdue', name: 'Tjek', type: 'date' }
  const change = (columns: { before: ExtraColumn[]; after: ExtraColumn[] }, beforeExtra: Initiative['extra'], afterExtra: Initiative['extra']) => {
    const before = row(beforeExtra ? { extra: beforeExtra } : {})
    const after = { ...before, ...(afterExtra ? { extra: afterExtra } : { extra: undefined }) }
    const found = diffInitiatives([before], [after], columns).areas[0]?.changes[0]
    return found?.kind === 'changed' ? found.fields.map((f) => ({ field: f.field, before: f.before, after: f.after, nameBefore: f.column.nameBefore, nameAfter: f.column.nameAfter })) : []
  }

  it.each([
    ['a column added since, given a value', { before: [], after: [budget] }, undefined, { xbudget: 1000 }, [{ field: 'xbudget', before: '', after: '1000', nameBefore: undefined, nameAfter: 'Budget' }]],
    ['a column added since, left empty', { before: [], after: [budget] }, undefined, undefined, []],
    ['a value changed', { before: [budget], after: [budget] }, { xbudget: 1000 }, { xbudget: 1250.5 }, [{ field: 'xbudget', before: '1000', after: '1250.5', nameBefore: 'Budget', nameAfter: 'Budget' }]],
    ['a value cleared', { before: [budget], after: [budget] }, { xbudget: 1000 }, undefined, [{ field: 'xbudget', before: '1000', after: '', nameBefore: 'Budget', nameAfter: 'Budget' }]],
    ['the same value', { before: [budget], after: [budget] }, { xbudget: 1000 }, { xbudget: 1000 }, []],
    ['a column renamed, value the same', { before: [budget], after: [renamed] }, { xbudget: 1000 }, { xbudget: 1000 }, []],
    ['a column renamed, value changed', { before: [budget], after: [renamed] }, { xbudget: 1000 }, { xbudget: 2000 }, [{ field: 'xbudget', before: '1000', after: '2000', nameBefore: 'Budget', nameAfter: 'Økonomi' }]],
    ['a column deleted since (its value gone)', { before: [budget], after: [] }, { xbudget: 1000 }, undefined, [{ field: 'xbudget', before: '1000', after: '', nameBefore: 'Budget', nameAfter: undefined }]],
    ['a column deleted since, a stray value left on the row', { before: [budget], after: [] }, { xbudget: 1000 }, { xbudget: 1000 }, [{ field: 'xbudget', before: '1000', after: '', nameBefore: 'Budget', nameAfter: undefined }]],
    ['a date column', { before: [due], after: [due] }, { xdue: '2021-03-01' }, { xdue: '2021-04-01' }, [{ field: 'xdue', before: '2021-03-01', after: '2021-04-01', nameBefore: 'Tjek', nameAfter: 'Tjek' }]],
    ['a value of a column that existed at neither time', { before: [], after: [] }, { xbudget: 1000 }, { xbudget: 2000 }, []],
  ] as const)('%s', (_, columns, beforeExtra, afterExtra, expected) => {
    expect(change({ before: [...columns.before], after: [...columns.after] }, beforeExtra, afterExtra)).toEqual(expected)
  })

  it('orders the extra columns as now, then the deleted ones', () => {
    expect(diffColumns({ before: [due, budget], after: [renamed] }).slice(-2).map((c) => [c.spec.id, c.nameBefore, c.nameAfter])).toEqual([
      ['xbudget', 'Budget', 'Økonomi'],
      ['xdue', 'Tjek', undefined],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { diffInitiatives, DIFF_FIELDS } from '../../src/domain/diff'
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

  it.each(DIFF_FIELDS.map((field) => [field]))('reports a change of %s with before and after', (field) => {
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
    expect(change.fields).toEqual([{ field, before: String(before[field as keyof Initiative] ?? ''), after: changedValue[field] }])
  })

  it('shows a removed fixed deadline as a change to empty', () => {
    const before = row({ fixedDeadline: '2021-03-01' })
    const { fixedDeadline: _, ...after } = before
    const change = diffInitiatives([before], [after]).areas[0]!.changes[0]!
    expect(change.kind === 'changed' && change.fields).toEqual([{ field: 'fixedDeadline', before: '2021-03-01', after: '' }])
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

// The preview's corrections: pure plan → plan functions that leave the old plan alone.
import { describe, expect, it } from 'vitest'
import { importText, mergeWithAbove, setCategory, setExcluded, setMapping, splitRow, toDrafts } from '../../../src/io/import'
import { bilagColumns, expectedRows, seed, unwrap } from './helpers'

const fresh = () => unwrap(importText(seed))
const reference = { reference: '2021-01-20' }

describe('merge a row into the one above', () => {
  it('appends its cells to the same columns and keeps the pieces', () => {
    const plan = fresh()
    const second = plan.rows[1]!
    const merged = unwrap(mergeWithAbove(plan, second.id))
    expect(merged.rows).toHaveLength(18)
    const first = merged.rows[0]!
    expect(first.title).toBe(`${expectedRows[0]!.title} ${expectedRows[1]!.title}`)
    expect(first.deadlineText).toBe('April/maj 2021 Februar 2021')
    expect(first.pieces).toEqual([0, 1, 2])
    expect(first.category).toBe('A')
    expect(first.notes).toContain('merged-continuation')
    // The old plan is untouched.
    expect(plan.rows).toHaveLength(19)
    expect(bilagColumns(plan)).toEqual(expectedRows)
  })
})

describe('split a merged row', () => {
  it('gives each source line a row of its own, and merging back restores it', () => {
    const plan = fresh()
    const split = unwrap(splitRow(plan, plan.rows[0]!.id))
    expect(split.rows).toHaveLength(20)
    expect(split.rows[0]?.method).toBe(
      'Forvaltningen vil i samarbejde med Københavns Forældreorganisation (KFO) udarbejde en miniguide til tilsynet med inspiration til spørgsmål til forældreråd / forældrebestyrelser. Guiden bliver obligatorisk at anvende, og vil være fast tilknyttet tilsynskonceptet.',
    )
    const loose = split.rows[1]!
    expect(loose).toMatchObject({ id: 1, pieces: [1], title: '', category: null, area: expectedRows[0]!.area })
    expect(loose.method).toMatch(/^Den planlagte dialogproces/)
    expect(loose.notes).toEqual(expect.arrayContaining(['category-missing', 'title-missing', 'area-filled']))
    const back = unwrap(mergeWithAbove(split, loose.id))
    expect(bilagColumns(back)).toEqual(expectedRows)
  })

  it('splits a row merged by hand', () => {
    const plan = fresh()
    const merged = unwrap(mergeWithAbove(plan, plan.rows[2]!.id))
    const again = unwrap(splitRow(merged, merged.rows[1]!.id))
    expect(again.rows).toHaveLength(19)
    expect(bilagColumns(again)).toEqual(expectedRows)
  })
})

describe('exclude / include a row', () => {
  it('keeps the row in the preview but out of the drafts', () => {
    const plan = fresh()
    const id = plan.rows[4]!.id
    const out = unwrap(setExcluded(plan, id, true))
    expect(out.rows[4]?.excluded).toBe(true)
    const drafts = unwrap(toDrafts(out, reference))
    expect(drafts.rows).toHaveLength(18)
    expect(drafts.rows.map((i) => i.rowId)).not.toContain(id)
    const back = unwrap(setExcluded(out, id, false))
    expect(back.rows[4]?.excluded).toBe(false)
    expect(unwrap(toDrafts(back, reference)).rows).toHaveLength(19)
  })

  it('lets an excluded row with a blocking note through', () => {
    const split = unwrap(splitRow(fresh(), 0))
    expect(toDrafts(split, reference).ok).toBe(false)
    const out = unwrap(setExcluded(split, 1, true))
    expect(unwrap(toDrafts(out, reference)).rows).toHaveLength(19)
  })
})

describe('set a category', () => {
  it('fills a missing category and clears the note', () => {
    const split = unwrap(splitRow(fresh(), 0))
    const withCategory = unwrap(setCategory(split, 1, 'C'))
    expect(withCategory.rows[1]?.category).toBe('C')
    expect(withCategory.rows[1]?.notes).not.toContain('category-missing')
  })

  it('overrides a read category, for several rows at once', () => {
    const plan = fresh()
    const ids = plan.rows.slice(0, 3).map((r) => r.id)
    const out = unwrap(setCategory(plan, ids, 'B'))
    expect(out.rows.slice(0, 4).map((r) => r.category)).toEqual(['B', 'B', 'B', 'A'])
  })
})

describe('change a column mapping', () => {
  it('re-runs the repair with the new mapping', () => {
    const plan = fresh()
    const out = unwrap(setMapping(plan, 4, 'owner'))
    expect(out.mapping).toEqual(['area', 'category', 'title', 'method', 'owner'])
    expect(out.rows[0]?.owner).toBe('April/maj 2021')
    expect(out.rows[0]?.deadlineText).toBe('')
    expect(out.rows).toHaveLength(19)
  })

  it('gives a field to one column: the column that had it becomes an extra column, its text kept', () => {
    const out = unwrap(setMapping(fresh(), 3, 'title'))
    expect(out.mapping).toEqual(['area', 'category', 'extra', 'title', 'deadlineText'])
    expect(out.rows[1]?.extras[2]).toMatch(/^Når institutioner skal på faglig handlingsplan/)
    expect(out.rows[1]?.title).toMatch(/^I guiden til processen/)
  })

  it('keeps earlier corrections across a remap', () => {
    let plan = fresh()
    plan = unwrap(setExcluded(plan, plan.rows[5]!.id, true))
    plan = unwrap(setCategory(plan, plan.rows[6]!.id, 'C'))
    plan = unwrap(setMapping(plan, 3, 'ignore'))
    expect(plan.rows[5]?.excluded).toBe(true)
    expect(plan.rows[6]?.category).toBe('C')
    expect(plan.rows.every((r) => r.method === '')).toBe(true)
    plan = unwrap(setMapping(plan, 3, 'method'))
    expect(bilagColumns(plan).map((r) => r.method)).toEqual(expectedRows.map((r) => r.method))
  })

  it('without a category column the rows are read by sentence cues, and can be mapped back', () => {
    const plan = unwrap(setMapping(fresh(), 1, 'ignore'))
    expect(plan.rows.every((r) => r.category === null)).toBe(true)
    const back = unwrap(setMapping(plan, 1, 'category'))
    expect(bilagColumns(back)).toEqual(expectedRows)
  })
})

// The development set of real tables (tests/fixtures/tables, copied from shared/tables) and
// the seed Bilag, pasted as text: every row to its expected texts, with no manual fix.
import { describe, expect, it } from 'vitest'
import { importText, toDrafts, type ImportPlan } from '../../../src/io/import'
import { expectedRows, seed, unwrap } from './helpers'
import { asExpected, realTables } from './tables-helpers'

describe('real tables pasted as text', () => {
  it.each(realTables)('$name imports to its expected rows', ({ tsv, expected }) => {
    const plan = unwrap(importText(tsv))
    expect(asExpected(plan)).toEqual(expected.rows)
  })

  it.each(realTables)('$name imports without a manual fix when a row may lack a category', ({ tsv, expected }) => {
    const out = unwrap(toDrafts(unwrap(importText(tsv)), { reference: '2020-01-01', requireCategory: false }))
    expect(out.rows).toHaveLength(expected.rows.length)
    expect(out.rows.every((r) => r.category === null)).toBe(true)
  })

  it('the seed Bilag 1 still imports to its 19 rows', () => {
    const plan: ImportPlan = unwrap(importText(seed))
    expect(plan.rows.map(({ area, category, title, method, deadlineText }) => ({ area, category, title, method, deadlineText }))).toEqual(expectedRows)
  })
})

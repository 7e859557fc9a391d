// The development set of real tables (tests/fixtures/tables, copied from shared/tables) and
// the seed Bilag, pasted as text: every row to its expected texts, with no manual fix.
import { describe, expect, it } from 'vitest'
import { importFile, importText, toDrafts, type ImportPlan } from '../../../src/io/import'
import { expectedRows, seed, unwrap } from './helpers'
import { asExpected, realTables, tableFile } from './tables-helpers'

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

describe('real tables: every text kept, in its own place (paste and .docx)', () => {
  const sources = realTables.flatMap((table) => [
    { ...table, how: 'paste', read: async () => importText(table.tsv) },
    { ...table, how: '.docx', read: async () => importFile({ name: `${table.name}.docx`, data: tableFile(`${table.name}.docx`) }) },
  ])
  it.each(sources)('$name ($how): status words in the status log, nothing folded into the notes', async ({ read, expected }) => {
    const out = unwrap(toDrafts(unwrap(await read()), { reference: '2020-01-01', statusDate: '2020-02-01', requireCategory: false }))
    expect(out.rows.map((r) => r.statusLog[0]?.text ?? null)).toEqual(expected.rows.map((r) => r.status))
    expect(out.rows.every((r) => r.statusLog.every((e) => e.date === '2020-02-01'))).toBe(true)
    expect(out.rows.map((r) => r.owner || null)).toEqual(expected.rows.map((r) => r.responsible))
    expect(out.rows.every((r) => r.notes === '')).toBe(true)
    // Every source cell is somewhere: a built-in field, the status log or an extra column.
    const kept = out.rows.map((r) => [r.area, r.title, r.method, r.deadlineText, r.owner, ...r.statusLog.map((e) => e.text), ...Object.values(r.extra).map(String)].join('\n'))
    expected.rows.forEach((want, i) => {
      for (const text of [want.area, want.title, want.method, want.deadlineText, want.status, want.responsible]) if (text) expect(kept[i]).toContain(text)
    })
  })
})

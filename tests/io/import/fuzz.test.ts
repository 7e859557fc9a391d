// Property tests: whatever is pasted, the pipeline answers with data (never throws),
// and every plan and every edit of it keeps the row structure consistent.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  IMPORT_ERROR_CODES,
  importText,
  mergeWithAbove,
  setCategory,
  setExcluded,
  setMapping,
  splitRow,
  toDrafts,
  IMPORT_FIELDS,
  type ImportPlan,
  type ImportResult,
} from '../../../src/io/import'

const cell = fc.oneof(
  fc.constantFrom('', '', '', 'A', 'b', 'C', 'D', 'ABC', 'Indsats', 'Område', 'Status', 'I gang', '"', '"x"', '""', 'april 2021', 'fortsat tekst', 'Ny række.'),
  fc.string({ maxLength: 12 }),
)
const table = fc
  .tuple(fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 25 }), fc.constantFrom('\t', ';', ','), fc.constantFrom('\n', '\r\n'))
  .map(([rows, delimiter, newline]) => rows.map((r) => r.join(delimiter)).join(newline))

function expectResult<T>(r: ImportResult<T>): void {
  expect(typeof r.ok).toBe('boolean')
  if (!r.ok) expect(IMPORT_ERROR_CODES).toContain(r.code)
}

function expectConsistent(plan: ImportPlan): void {
  const seen = new Set<number>()
  for (const row of plan.rows) {
    expect(row.pieces[0]).toBe(row.id)
    let last = -1
    for (const p of row.pieces) {
      expect(p).toBeGreaterThan(last)
      expect(p).toBeLessThan(plan.lines.length)
      expect(seen.has(p)).toBe(false)
      seen.add(p)
      last = p
    }
  }
  // Every field but 'ignore' and 'extra' (one new column per source column) is held by one column.
  const single = plan.mapping.filter((f) => f !== 'ignore' && f !== 'extra')
  expect(single.length).toBe(new Set(single).size)
}

type Edit = { kind: 'merge' | 'split' | 'exclude' | 'category' | 'map'; at: number; value: number }
const edit = fc.record({
  kind: fc.constantFrom('merge', 'split', 'exclude', 'category', 'map'),
  at: fc.nat(40),
  value: fc.nat(20),
}) as fc.Arbitrary<Edit>

function apply(plan: ImportPlan, e: Edit): ImportResult<ImportPlan> {
  const row = plan.rows[e.at % Math.max(1, plan.rows.length)]
  const id = row?.id ?? e.at
  switch (e.kind) {
    case 'merge':
      return mergeWithAbove(plan, id)
    case 'split':
      return splitRow(plan, id)
    case 'exclude':
      return setExcluded(plan, id, e.value % 2 === 0)
    case 'category':
      return setCategory(plan, id, (['A', 'B', 'C'] as const)[e.value % 3]!)
    case 'map':
      return setMapping(plan, e.at % Math.max(1, plan.mapping.length), IMPORT_FIELDS[e.value % IMPORT_FIELDS.length]!)
  }
}

describe('fuzzing the text path', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expectResult(importText(text))
      }),
      { numRuns: 300 },
    )
  })

  it('keeps plans consistent through any sequence of edits, and toDrafts answers', () => {
    fc.assert(
      fc.property(table, fc.array(edit, { maxLength: 12 }), (text, edits) => {
        const read = importText(text)
        expectResult(read)
        if (!read.ok) return
        let plan = read.value
        expectConsistent(plan)
        for (const e of edits) {
          const next = apply(plan, e)
          expectResult(next)
          if (next.ok) {
            expectConsistent(next.value)
            plan = next.value
          }
        }
        expectResult(toDrafts(plan, { reference: '2021-01-20' }))
      }),
      { numRuns: 300 },
    )
  })

  it('split then merge back restores the rows', () => {
    fc.assert(
      fc.property(table, (text) => {
        const read = importText(text)
        if (!read.ok) return
        const merged = read.value.rows.find((r) => r.pieces.length === 2)
        if (!merged) return
        const split = splitRow(read.value, merged.id)
        if (!split.ok) throw new Error(split.code)
        const back = mergeWithAbove(split.value, merged.pieces[1]!)
        if (!back.ok) throw new Error(back.code)
        expect(back.value.rows.map((r) => r.pieces)).toEqual(read.value.rows.map((r) => r.pieces))
      }),
      { numRuns: 300 },
    )
  })
})

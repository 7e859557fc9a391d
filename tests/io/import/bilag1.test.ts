import { describe, expect, it } from 'vitest'
import { importClipboard, importText, toDrafts } from '../../../src/io/import'
import { bilagColumns, expected, expectedRows, seed, unwrap, withoutMatched } from './helpers'

describe('the seed (bilag1.txt) pasted as plain text', () => {
  const plan = unwrap(importText(seed))

  it('reads title, legend and header', () => {
    expect(plan.title).toBe(expected.title)
    expect(plan.legend).toEqual(expected.legend)
    expect(plan.legendFound).toBe(true)
    expect(plan.mapping).toEqual(['area', 'category', 'title', 'method', 'deadlineText'])
    expect(plan.header?.[0]).toBe('indsatsområde')
    expect(plan.source).toMatchObject({ kind: 'text', delimiter: '\t' })
  })

  it('repairs the 19 rows byte for byte, with no manual fix', () => {
    expect(bilagColumns(plan)).toEqual(expectedRows)
    expect(plan.rows.every((r) => !r.excluded && r.status === null)).toBe(true)
  })

  it('notes what it repaired, as codes', () => {
    const notes = plan.rows.map((r) => r.notes)
    expect(notes[0]).toEqual(['merged-continuation']) // "Den planlagte dialogproces …" joined
    expect(notes[1]).toEqual(['area-filled', 'cells-shifted']) // "A⇥title⇥method⇥⇥deadline"
    expect(notes[3]).toEqual(['area-filled', 'merged-continuation', 'cells-shifted'])
    expect(notes[9]).toEqual([]) // "Central understøttelse" row: nothing to repair
    expect(notes[15]).toContain('merged-continuation')
    expect(notes.flat()).not.toContain('category-missing')
  })

  it('keeps the merged source pieces so a row can be split again', () => {
    const merged = plan.rows.filter((r) => r.pieces.length > 1)
    expect(merged.map((r) => plan.rows.indexOf(r))).toEqual([0, 3, 15])
    const first = plan.rows[0]
    expect(first?.pieces).toEqual([0, 1])
    expect(plan.lines[1]?.cells[3]).toMatch(/^Den planlagte dialogproces/)
  })

  it('turns into 19 drafts with the expected deadline readings and statuses', () => {
    const out = unwrap(toDrafts(plan, { reference: expected.reference }))
    expect(out.title).toBe(expected.title)
    expect(out.legend).toEqual(expected.legend)
    expect(out.rows).toHaveLength(19)
    out.rows.forEach((row, i) => {
      const want = expected.initiatives[i]!
      const { deadline, rowId: _rowId, ...stored } = row
      expect(withoutMatched(deadline)).toEqual(want.deadline)
      expect(stored).toEqual({
        area: want.area,
        category: want.category,
        title: want.title,
        method: want.method,
        deadlineText: want.deadlineText,
        status: want.deadline['kind'] === 'done' ? 'implemented' : 'not-started',
        owner: '',
        notes: '',
        extra: {},
        statusLog: [],
      })
    })
    expect(out.rows.filter((d) => d.status === 'implemented')).toHaveLength(3)
  })

  it('reads the same with Windows line ends, and through importClipboard without HTML', () => {
    expect(bilagColumns(unwrap(importText(seed.replace(/\n/g, '\r\n'))))).toEqual(expectedRows)
    expect(bilagColumns(unwrap(importClipboard({ text: seed, html: '' })))).toEqual(expectedRows)
  })

  it('drops the header repeated at a page break of the PDF', () => {
    const lines = seed.split('\n')
    const header = lines.find((l) => l.startsWith('indsatsområde'))!
    const at = lines.findIndex((l) => l.startsWith('Central understøttelse'))
    const paged = [...lines.slice(0, at), '', header, ...lines.slice(at)].join('\n')
    expect(bilagColumns(unwrap(importText(paged)))).toEqual(expectedRows)
  })

  it('re-anchors rows with extra leading or trailing empty cells', () => {
    const lines = seed.split('\n')
    const messy = lines.map((l) => {
      if (/^\t[ABC]\t/.test(l)) return `\t${l}\t\t` // one empty cell too many on each side
      if (/^[ABC]\t/.test(l)) return `${l}\t\t\t`
      return l
    })
    const plan = unwrap(importText(messy.join('\n')))
    expect(bilagColumns(plan)).toEqual(expectedRows)
    expect(plan.rows.filter((r) => r.notes.includes('extra-cells'))).toEqual([])
  })

  it('is not fooled by the blank lines: without them the result is the same', () => {
    const compact = seed
      .split('\n')
      .filter((l) => l.trim() !== '')
      .join('\n')
    expect(bilagColumns(unwrap(importText(compact)))).toEqual(expectedRows)
  })
})

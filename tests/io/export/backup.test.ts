import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { toBackupJson } from '../../../src/io/export'
import { initiativeSchema, overviewSchema, type Overview } from '../../../src/domain/model'
import { bilagRows, overview } from './fixture'

const initiatives = bilagRows.map((r) => r.initiative)
const second: Overview = { ...overview, id: 'ov-0', title: 'Andet bilag', createdAt: '2020-12-01T08:00:00.000Z' }
const input = { overviews: [overview, second], initiatives, exportedAt: '2021-01-20T09:30:00.000Z' }

describe('toBackupJson', () => {
  const json = toBackupJson(input)
  const parsed = JSON.parse(json)

  it('writes the versioned format with everything in it', () => {
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'overviews', 'initiatives'])
    expect(parsed.format).toBe('indsatsoverblik-backup')
    expect(parsed.version).toBe(1)
    expect(parsed.exportedAt).toBe('2021-01-20T09:30:00.000Z')
    expect(parsed.overviews).toEqual([second, overview])
    expect(parsed.initiatives).toEqual(initiatives)
  })

  it('reads back as valid records', () => {
    for (const o of parsed.overviews) expect(overviewSchema.safeParse(o).success).toBe(true)
    for (const i of parsed.initiatives) expect(initiativeSchema.safeParse(i).success).toBe(true)
  })

  it('writes records in schema field order, pretty-printed with a final newline', () => {
    expect(Object.keys(parsed.overviews[0])).toEqual(Object.keys(overviewSchema.shape))
    expect(Object.keys(parsed.initiatives[0])).toEqual(Object.keys(initiativeSchema.shape).filter((k) => k !== 'fixedDeadline'))
    expect(json.startsWith('{\n  "format": "indsatsoverblik-backup",\n  "version": 1,\n')).toBe(true)
    expect(json.endsWith('}\n')).toBe(true)
  })

  it('gives byte-identical output for the same data, whatever the order of records and keys', () => {
    expect(toBackupJson(input)).toBe(json)
    fc.assert(
      fc.property(fc.shuffledSubarray(initiatives, { minLength: initiatives.length }), (shuffled) => {
        const reversedKeys = shuffled.map((i) => Object.fromEntries(Object.entries(i).reverse()) as typeof i)
        expect(toBackupJson({ ...input, overviews: [second, overview], initiatives: reversedKeys })).toBe(json)
      }),
    )
  })

  it('keeps fields it does not know, after the known ones, and leaves out undefined ones', () => {
    const extra = { ...initiatives[0]!, zeta: 1, alpha: { b: 2, a: 1 }, fixedDeadline: undefined }
    const out = JSON.parse(toBackupJson({ ...input, initiatives: [extra] }))
    const keys = Object.keys(out.initiatives[0])
    expect(keys.slice(-2)).toEqual(['alpha', 'zeta'])
    expect(keys).not.toContain('fixedDeadline')
    expect(Object.keys(out.initiatives[0].alpha)).toEqual(['a', 'b'])
  })
})

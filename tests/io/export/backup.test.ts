import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { toBackupJson } from '../../../src/io/export'
import { initiativeSchema, overviewSchema, snapshotSchema, statusEntrySchema } from '../../../src/domain/schemas'
import { EXPORTED_AT, initiatives, overviews, second, snapshots, statusLogs } from '../backup/helpers'
import { overview } from './fixture'

const input = { overviews, initiatives, statusLogs, snapshots, exportedAt: EXPORTED_AT }
const reversedKeys = <T extends object>(record: T) => Object.fromEntries(Object.entries(record).reverse()) as T

describe('toBackupJson', () => {
  const json = toBackupJson(input)
  const parsed = JSON.parse(json)

  it('writes the versioned format with everything in it', () => {
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'overviews', 'initiatives', 'statusLogs', 'snapshots'])
    expect(parsed.format).toBe('indsatsoverblik-backup')
    expect(parsed.version).toBe(3)
    expect(parsed.exportedAt).toBe('2021-01-20T09:30:00.000Z')
    expect(parsed.overviews).toEqual([second, overview])
    // By overview, then order: the second overview's row ('ov-0') first.
    expect(parsed.initiatives).toEqual([initiatives.at(-1), ...initiatives.slice(0, -1)])
    expect(parsed.statusLogs).toHaveLength(statusLogs.length)
    expect(parsed.snapshots).toEqual(snapshots.toReversed())
  })

  it('writes an empty data set as empty lists', () => {
    const empty = JSON.parse(toBackupJson({ overviews: [], initiatives: [], statusLogs: [], snapshots: [], exportedAt: EXPORTED_AT }))
    expect(empty).toEqual({ format: 'indsatsoverblik-backup', version: 3, exportedAt: EXPORTED_AT, overviews: [], initiatives: [], statusLogs: [], snapshots: [] })
  })

  it('sorts status entries by indsats, then date, then id', () => {
    const keys = parsed.statusLogs.map((e: { initiativeId: string; date: string }) => `${e.initiativeId} ${e.date}`)
    expect(keys).toEqual([...keys].sort())
    expect(parsed.statusLogs.map((e: { id: string }) => e.id)).toEqual(['st-1', 'st-2', 'st-3', 'st-4', 'st-5', 'st-6', 'st-7'])
  })

  it('reads back as valid records', () => {
    for (const o of parsed.overviews) expect(overviewSchema.safeParse(o).success).toBe(true)
    for (const i of parsed.initiatives) expect(initiativeSchema.safeParse(i).success).toBe(true)
    for (const e of parsed.statusLogs) expect(statusEntrySchema.safeParse(e).success).toBe(true)
    for (const s of parsed.snapshots) expect(snapshotSchema.safeParse(s).success).toBe(true)
  })

  it('writes records in schema field order, pretty-printed with a final newline', () => {
    // An overview's notes are optional (the text above an imported table): absent here.
    const overviewKeys = Object.keys(overviewSchema.shape).filter((k) => k !== 'notes')
    expect(Object.keys(parsed.overviews[0])).toEqual(overviewKeys)
    const withoutOptional = Object.keys(initiativeSchema.shape).filter((k) => k !== 'fixedDeadline' && k !== 'deadlineReference' && k !== 'extra')
    expect(Object.keys(parsed.initiatives[1])).toEqual(withoutOptional)
    expect(Object.keys(parsed.statusLogs[0])).toEqual(Object.keys(statusEntrySchema.shape))
    expect(Object.keys(parsed.snapshots[0])).toEqual(Object.keys(snapshotSchema.shape))
    // Inside a version, the copied records are written with their keys sorted.
    expect(Object.keys(parsed.snapshots[0].overview)).toEqual(overviewKeys.sort())
    expect(Object.keys(parsed.snapshots[0].statusLogs[0])).toEqual(Object.keys(statusEntrySchema.shape).sort())
    expect(json.startsWith('{\n  "format": "indsatsoverblik-backup",\n  "version": 3,\n')).toBe(true)
    expect(json).toContain('\n  ],\n  "statusLogs": [\n    {\n      "id": "st-1",\n')
    expect(json.endsWith('}\n')).toBe(true)
  })

  it('gives byte-identical output for the same data, whatever the order of records and keys', () => {
    expect(toBackupJson(input)).toBe(json)
    fc.assert(
      fc.property(
        fc.shuffledSubarray(initiatives, { minLength: initiatives.length }),
        fc.shuffledSubarray(statusLogs, { minLength: statusLogs.length }),
        fc.shuffledSubarray(snapshots, { minLength: snapshots.length }),
        (rows, entries, versions) => {
          const out = toBackupJson({
            ...input,
            overviews: [second, overview].map(reversedKeys),
            initiatives: rows.map(reversedKeys),
            statusLogs: entries.map(reversedKeys),
            snapshots: versions.map((v) => reversedKeys({ ...v, overview: reversedKeys(v.overview), statusLogs: v.statusLogs.map(reversedKeys) })),
          })
          expect(out).toBe(json)
        },
      ),
    )
  })

  it('keeps fields it does not know, after the known ones, and leaves out undefined ones', () => {
    const extra = { ...initiatives[0]!, zeta: 1, alpha: { b: 2, a: 1 }, fixedDeadline: undefined }
    const out = JSON.parse(toBackupJson({ ...input, initiatives: [extra] }))
    const keys = Object.keys(out.initiatives[0])
    expect(keys.slice(-2)).toEqual(['alpha', 'zeta'])
    expect(keys).not.toContain('fixedDeadline')
    expect(Object.keys(out.initiatives[0].alpha)).toEqual(['a', 'b'])
    const entry = JSON.parse(toBackupJson({ ...input, statusLogs: [{ ...statusLogs[0]!, ...{ mood: 'god' } }] })).statusLogs[0]
    expect(Object.keys(entry).at(-1)).toBe('mood')
  })
})

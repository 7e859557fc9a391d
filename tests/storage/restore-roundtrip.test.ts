/**
 * Acceptance: backup → wipe → restore (Erstat alt) → backup again gives a byte-identical
 * file, for 10,000 random indsatser across several overviews with their status entries and
 * versions for meetings, and for many smaller sets.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { toBackupJson } from '../../src/io/export/backup'
import { readBackup } from '../../src/io/backup'
import { readEverything } from '../../src/storage/backup-meta'
import { restoreBackup } from '../../src/storage/restore'
import { dataSetArb, type DataSet } from '../io/backup/arbitraries'
import { freshDb, put } from './restore-helpers'

const EXPORTED_AT = '2026-11-22T09:24:00.000Z'

async function roundTrip(data: DataSet) {
  // The data as it would be in a browser before the backup.
  const source = await freshDb()
  await put(source.db, data)
  const first = toBackupJson({ ...(await readEverything(source.db)), exportedAt: EXPORTED_AT })
  await source.drop()

  // Wiped: a new, empty database.
  const target = await freshDb()
  try {
    const read = readBackup(first)
    if (!read.ok) throw new Error(`backup refused: ${read.code} ${read.detail}`)
    const restored = await restoreBackup(target.db, read.value, 'replace')
    if (!restored.ok) throw new Error(`restore failed: ${restored.code}`)
    const second = toBackupJson({ ...(await readEverything(target.db)), exportedAt: EXPORTED_AT })
    return { first, second, counts: restored.value }
  } finally {
    await target.drop()
  }
}

describe('backup → wipe → restore → backup', () => {
  it('is byte-identical for 10,000 random indsatser across several overviews, with status logs and versions', async () => {
    let runs = 0
    await fc.assert(
      fc.asyncProperty(dataSetArb(10_000, { maxOverviews: 8, maxStatus: 4, maxVersions: 2 }), async (data) => {
        runs++
        const started = performance.now()
        const { first, second, counts } = await roundTrip(data)
        const file = JSON.parse(first)
        expect(file.version).toBe(3)
        expect(file.initiatives).toHaveLength(10_000)
        expect(file.statusLogs).toHaveLength(data.statusLogs.length)
        expect(file.snapshots).toHaveLength(data.snapshots.length)
        expect(counts).toMatchObject({ initiatives: 10_000, statusLogs: data.statusLogs.length, snapshots: data.snapshots.length })
        expect(second === first).toBe(true)
        console.info(
          `round trip ${runs}: ${data.overviews.length} overviews, 10,000 indsatser, ${data.statusLogs.length} status entries, ` +
            `${data.snapshots.length} versions (${data.snapshots.reduce((n, s) => n + s.initiatives.length, 0)} rows in them), ` +
            `${(first.length / 1e6).toFixed(1)} M characters, ${Math.round(performance.now() - started)} ms`,
        )
      }),
      { numRuns: Number(process.env.ROUNDTRIP_LARGE_RUNS) || 2, seed: 20261122, endOnFailure: true },
    )
    expect(runs).toBeGreaterThanOrEqual(1)
  }, 600_000)

  it('is byte-identical for many small random data sets', async () => {
    const numRuns = Number(process.env.ROUNDTRIP_SMALL_RUNS) || 100
    let withHistory = 0
    await fc.assert(
      fc.asyncProperty(dataSetArb(50, { maxOverviews: 4 }), async (data) => {
        const { first, second } = await roundTrip(data)
        expect(second).toBe(first)
        if (data.statusLogs.length && data.snapshots.length) withHistory++
      }),
      { numRuns, seed: 1122 },
    )
    // The generator is not degenerate: most sets have both status entries and versions.
    expect(withHistory).toBeGreaterThan(numRuns / 2)
  }, 600_000)
})

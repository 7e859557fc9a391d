/** What the Lagring panel and the backup reminder read: the last backup and the changes since. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IndsatsDb } from '../../src/storage/db'
import { backupStatus, markBackupTaken } from '../../src/storage/backup-meta'
import { restoreBackup } from '../../src/storage/restore'
import { initiatives, overviews, records } from '../io/backup/helpers'
import { freshDb } from './restore-helpers'
import { addRows } from '../../src/storage/row-writes'

let db: IndsatsDb
let drop: () => Promise<void>
beforeEach(async () => {
  ;({ db, drop } = await freshDb())
})
afterEach(() => drop())

describe('backupStatus', () => {
  it('is empty for an empty database', async () => {
    expect(await backupStatus(db)).toEqual({ lastBackupAt: null, latestChangeAt: null, oldestUnbackedChangeAt: null })
  })

  it('counts every change as not backed up before the first backup', async () => {
    await db.overviews.add({ ...overviews[0]!, updatedAt: '2021-01-19T08:00:00.000Z' })
    await addRows(db, [{ ...initiatives[0]!, updatedAt: '2021-01-10T08:00:00.000Z' }])
    expect(await backupStatus(db)).toEqual({ lastBackupAt: null, latestChangeAt: '2021-01-19T08:00:00.000Z', oldestUnbackedChangeAt: '2021-01-10T08:00:00.000Z' })
  })

  it('finds the oldest change after the last backup, over overviews and indsatser', async () => {
    await db.overviews.bulkAdd([
      { ...overviews[0]!, updatedAt: '2021-01-05T00:00:00.000Z' },
      { ...overviews[1]!, updatedAt: '2021-02-03T00:00:00.000Z' },
    ])
    await addRows(db, [
      { ...initiatives[0]!, updatedAt: '2021-01-04T00:00:00.000Z' },
      { ...initiatives[1]!, updatedAt: '2021-02-01T00:00:00.000Z' },
      { ...initiatives[2]!, updatedAt: '2021-02-09T00:00:00.000Z' },
    ])
    await markBackupTaken(db, '2021-01-20T00:00:00.000Z')
    expect(await backupStatus(db)).toEqual({
      lastBackupAt: '2021-01-20T00:00:00.000Z',
      latestChangeAt: '2021-02-09T00:00:00.000Z',
      oldestUnbackedChangeAt: '2021-02-01T00:00:00.000Z',
    })
    await markBackupTaken(db, '2021-02-10T00:00:00.000Z')
    expect((await backupStatus(db)).oldestUnbackedChangeAt).toBeNull()
  })

  it('sees a merge that brings newer rows as changes', async () => {
    await markBackupTaken(db, '2021-01-18T09:00:00.000Z')
    await restoreBackup(db, records(), 'merge')
    expect((await backupStatus(db)).oldestUnbackedChangeAt).toBe('2021-01-19T08:00:00.000Z')
  })
})

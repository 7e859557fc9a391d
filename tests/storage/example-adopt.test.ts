/**
 * A browser seeded before the example was recorded: its untouched seed is marked as the
 * example (the record the seeding writes today), and nothing else ever is.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IndsatsDb } from '../../src/storage/db'
import { seedExampleOnFirstRun } from '../../src/storage/first-run'
import { EXAMPLE_OVERVIEW_KEY, exampleRecord, onlyUntouchedExample } from '../../src/storage/example'
import { adoptSeededExample } from '../../src/storage/example-adopt'
import { EXAMPLE_KEY } from '../../src/storage/queries'
import { addInitiative, deleteInitiative, initiativesOf, restoreInitiatives, updateInitiative } from '../../src/storage/initiatives'
import { createEmptyOverview, updateOverviewHeader } from '../../src/storage/overviews'
import { addStatusEntry } from '../../src/storage/status-log'
import { saveSnapshot } from '../../src/storage/lifecycle'
import { shareKey } from '../../src/storage/share-record'
import type { ExampleOverview } from '../../src/domain/example'
import bundled from '../../src/app/example/bilag1.json'
import { dump, freshDb } from './restore-helpers'

const example = bundled as ExampleOverview
/** Lets the clock move on, so a change is never stamped with the seeding's own millisecond. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3))

let db: IndsatsDb
let drop: () => Promise<void>
let exampleId: string
let loads: number
const adopt = () => adoptSeededExample(db, async () => (loads++, example))

/** What a browser seeded before the record existed holds: the seed, `example-offered`, no example record. */
beforeEach(async () => {
  ;({ db, drop } = await freshDb())
  exampleId = (await seedExampleOnFirstRun(db, example))!
  await db.meta.delete(EXAMPLE_OVERVIEW_KEY)
  loads = 0
  await tick()
})
afterEach(() => drop())

const firstRow = async () => (await initiativesOf(db, exampleId))[0]!

describe('an unrecorded seed', () => {
  it('is marked as the example when untouched: the record the seeding writes, and then an import may replace it', async () => {
    const overview = (await db.overviews.get(exampleId))!
    expect(await onlyUntouchedExample(db)).toBeNull()
    expect(await adopt()).toBe(exampleId)
    expect(await exampleRecord(db)).toEqual({ overviewId: exampleId, seededAt: overview.createdAt, rowCount: 19 })
    expect((await db.meta.get(EXAMPLE_KEY))?.value).toBe(overview.createdAt)
    expect(await onlyUntouchedExample(db)).toBe(exampleId)
  })

  it('is marked once: with the record there, nothing is read again or written', async () => {
    await adopt()
    const before = await dump(db)
    expect(await adopt()).toBeNull()
    expect(await dump(db)).toEqual(before)
    expect(loads).toBe(1)
  })

  it('with a row deleted and put back with Fortryd is the seed again', async () => {
    const deleted = await deleteInitiative(db, (await firstRow()).id)
    expect(deleted.ok).toBe(true)
    if (deleted.ok) await restoreInitiatives(db, [deleted.value])
    expect(await adopt()).toBe(exampleId)
  })

  // Every way the only overview may not be the untouched seed: each leaves the database exactly as it was.
  it.each<[string, () => Promise<unknown>]>([
    ['the header edited', async () => updateOverviewHeader(db, exampleId, { ...example, title: 'Mit bilag' })],
    ['the header saved unchanged (its updatedAt moved)', async () => updateOverviewHeader(db, exampleId, example)],
    ['a row added', async () => addInitiative(db, exampleId, { ...example.initiatives[0]!, status: 'not-started', owner: '', notes: '' })],
    ['a row edited', async () => updateInitiative(db, (await firstRow()).id, { ...(await firstRow()), owner: 'BUF' }, 0)],
    ['a row deleted', async () => deleteInitiative(db, (await firstRow()).id)],
    ['a status entry added', async () => addStatusEntry(db, (await firstRow()).id, { date: '2021-02-01', text: 'I gang', author: '' })],
    ['a version saved', async () => saveSnapshot(db, exampleId, 'Møde', '2021-01-20')],
    ['a second overview', async () => createEmptyOverview(db, 'Min egen')],
    ['the example shared', async () => db.meta.put({ key: shareKey(exampleId), value: { overviewId: exampleId, server: 'https://x.dk', key: 'k', role: 'editor' } })],
    ['no example-offered record', async () => db.meta.delete(EXAMPLE_KEY)],
    ['example-offered from another time than the overview', async () => db.meta.put({ key: EXAMPLE_KEY, value: '2020-01-01T00:00:00.000Z' })],
    ['a row text that is not the bundled example', async () => db.rowPages.toCollection().modify((page) => void (page.rows[0]!.title = 'Ændret uden om appen'))],
    ['the rows in another order', async () => db.rowPages.toCollection().modify((page) => void page.rows.reverse().forEach((row, i) => (row.order = i + 1)))],
  ])('is left alone after %s', async (_, change) => {
    // A write that failed would test nothing.
    expect(((await change()) as { ok?: boolean } | undefined)?.ok).not.toBe(false)
    const before = await dump(db)
    expect(await adopt()).toBeNull()
    expect(await dump(db)).toEqual(before)
    expect(await exampleRecord(db)).toBeNull()
  })

  it('does not load the bundled example when the cheap part of the rule fails', async () => {
    await createEmptyOverview(db, 'Min egen')
    await adopt()
    expect(loads).toBe(0)
  })
})

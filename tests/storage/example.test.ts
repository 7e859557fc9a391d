/**
 * The example overview in storage: which one it is (recorded when it is seeded), whether
 * it is untouched, and the import and restore that may take its place while it is.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IndsatsDb } from '../../src/storage/db'
import { seedExampleOnFirstRun } from '../../src/storage/first-run'
import { EXAMPLE_OVERVIEW_KEY, exampleRecord, isUntouched, onlyUntouchedExample } from '../../src/storage/example'
import { addInitiative, deleteInitiative, initiativesOf, restoreInitiatives, updateInitiative } from '../../src/storage/initiatives'
import { createEmptyOverview, updateOverviewHeader } from '../../src/storage/overviews'
import { addStatusEntry } from '../../src/storage/status-log'
import { updateInitiativeWithLog } from '../../src/storage/initiative-with-log'
import { deleteOverview, restoreOverview, rollOverviewForward, saveSnapshot } from '../../src/storage/lifecycle'
import { appendInitiatives, importAsNewOverview, undoImport } from '../../src/storage/imports'
import { restoreBackup } from '../../src/storage/restore'
import type { InitiativeDraft } from '../../src/domain/model'
import type { ExampleOverview } from '../../src/domain/example'
import example from '../../src/app/example/bilag1.json'
import { records } from '../io/backup/helpers'
import { dump, freshDb } from './restore-helpers'

const draft = (title: string): InitiativeDraft => ({ area: 'Område', category: 'B', title, method: '', deadlineText: 'Medio 2021', status: 'not-started', owner: '', notes: '' })
/** Lets the clock move on, so a change is never stamped with the seeding's own millisecond. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3))

let db: IndsatsDb
let drop: () => Promise<void>
let exampleId: string
beforeEach(async () => {
  ;({ db, drop } = await freshDb())
  exampleId = (await seedExampleOnFirstRun(db, example as ExampleOverview))!
  await tick()
})
afterEach(() => drop())

const untouched = async () => isUntouched(db, (await exampleRecord(db))!)
const firstRow = async () => (await initiativesOf(db, exampleId))[0]!

describe('the example record', () => {
  it('is written by the seeding transaction: the id, when, and how many rows', async () => {
    const overview = await db.overviews.get(exampleId)
    expect(await db.meta.get(EXAMPLE_OVERVIEW_KEY)).toEqual({ key: EXAMPLE_OVERVIEW_KEY, value: { overviewId: exampleId, seededAt: overview!.createdAt, rowCount: 19 } })
    expect(await untouched()).toBe(true)
    expect(await onlyUntouchedExample(db)).toBe(exampleId)
  })

  it('is absent in a browser seeded before it was recorded, and then nothing counts as the example', async () => {
    await db.meta.delete(EXAMPLE_OVERVIEW_KEY)
    expect(await exampleRecord(db)).toBeNull()
    expect(await onlyUntouchedExample(db)).toBeNull()
  })
})

describe('untouched', () => {
  // Every kind of write the app makes to an overview, its rows, status logs or versions.
  it.each<[string, () => Promise<unknown>]>([
    ['the header edited', async () => updateOverviewHeader(db, exampleId, { title: 'Mit bilag', committee: '', caseNumber: '', meetingDate: '2021-01-20', legend: { A: '', B: '', C: '' } })],
    ['a row added', async () => addInitiative(db, exampleId, draft('Ny'))],
    ['a row edited', async () => updateInitiative(db, (await firstRow()).id, { ...(await firstRow()), owner: 'BUF' }, 0)],
    ['a row deleted', async () => deleteInitiative(db, (await firstRow()).id)],
    ['a status entry written', async () => addStatusEntry(db, (await firstRow()).id, { date: '2021-02-01', text: 'I gang', author: '' })],
    [
      'a status entry written and deleted again',
      async () => {
        const entry = await addStatusEntry(db, (await firstRow()).id, { date: '2021-02-01', text: 'I gang', author: '' })
        const row = await firstRow()
        if (entry.ok) await updateInitiativeWithLog(db, row.id, row, row.revision, { add: [], remove: [entry.value.id] })
      },
    ],
    ['a version saved for a meeting', async () => saveSnapshot(db, exampleId, 'Møde 20. januar 2021', '2021-01-20')],
    ['rows imported into it', async () => appendInitiatives(db, exampleId, { columns: [], rows: [draft('Importeret')] })],
  ])('is no longer so after %s', async (_change, change) => {
    await change()
    expect(await untouched()).toBe(false)
    expect(await onlyUntouchedExample(db)).toBeNull()
  })

  it('is so again when a deleted row is put back with Fortryd: it is the same record', async () => {
    const deleted = await deleteInitiative(db, (await firstRow()).id)
    expect(await untouched()).toBe(false)
    if (deleted.ok) await restoreInitiatives(db, [deleted.value])
    expect(await untouched()).toBe(true)
  })

  it('is not "only" beside another overview, a copy for the next meeting included', async () => {
    await createEmptyOverview(db, 'Min egen')
    expect(await untouched()).toBe(true)
    expect(await onlyUntouchedExample(db)).toBeNull()
    await drop()
    ;({ db, drop } = await freshDb())
    exampleId = (await seedExampleOnFirstRun(db, example as ExampleOverview))!
    await rollOverviewForward(db, exampleId, 'Næste møde', '2021-03-01')
    expect(await onlyUntouchedExample(db)).toBeNull()
  })

  it('is false once the example is deleted, and true again after Fortryd', async () => {
    const deleted = await deleteOverview(db, exampleId)
    expect(await untouched()).toBe(false)
    if (deleted.ok) await restoreOverview(db, deleted.value)
    expect(await onlyUntouchedExample(db)).toBe(exampleId)
  })
})

describe('the first import replaces the untouched example', () => {
  const header = { title: 'Bilag 3', legend: { A: 'a', B: 'b', C: 'c' }, meetingDate: '' }

  it('deletes it with the import, in one transaction, and Fortryd import brings it back exactly', async () => {
    const before = await dump(db)
    const result = await importAsNewOverview(db, header, { columns: [], rows: [draft('Første'), draft('Anden')] }, { replaceUntouchedExample: true })
    if (!result.ok) throw new Error(result.code)
    expect(result.value.replacedExample?.overview.id).toBe(exampleId)
    expect(result.value.replacedExample?.initiatives).toHaveLength(19)
    expect((await db.overviews.toArray()).map((o) => o.title)).toEqual(['Bilag 3'])
    expect((await initiativesOf(db, result.value.overviewId)).map((r) => r.title)).toEqual(['Første', 'Anden'])
    expect(await undoImport(db, result.value)).toEqual({ ok: true, value: undefined })
    expect(await dump(db)).toBe(before)
    expect(await onlyUntouchedExample(db)).toBe(exampleId)
  })

  it.each([
    ['not asked to', async () => {}, false],
    ['the example was changed', async () => addInitiative(db, exampleId, draft('Min egen række')), true],
    ['there is another overview', async () => createEmptyOverview(db, 'Min egen'), true],
  ])('keeps the example when %s', async (_case, arrange, ask) => {
    await arrange()
    const overviewsBefore = await db.overviews.count()
    const result = await importAsNewOverview(db, header, { columns: [], rows: [draft('Første')] }, { replaceUntouchedExample: ask })
    expect(result.ok).toBe(true)
    expect(result.ok && 'replacedExample' in result.value).toBe(false)
    expect(await db.overviews.get(exampleId)).toBeDefined()
    expect(await db.overviews.count()).toBe(overviewsBefore + 1)
  })

  it('writes nothing, the example kept, when a row is invalid', async () => {
    const before = await dump(db)
    const result = await importAsNewOverview(db, header, { columns: [], rows: [draft('')] }, { replaceUntouchedExample: true })
    expect(result).toMatchObject({ ok: false, code: 'invalid' })
    expect(await dump(db)).toBe(before)
  })
})

describe('a restore guarded by "only the untouched example"', () => {
  it('replaces the example', async () => {
    const result = await restoreBackup(db, records(), 'replace', 'only-untouched-example')
    expect(result).toMatchObject({ ok: true, value: { mode: 'replace', overviews: 2 } })
    expect(await db.overviews.get(exampleId)).toBeUndefined()
  })

  it('refuses, writing nothing, once anything was changed', async () => {
    await addStatusEntry(db, (await firstRow()).id, { date: '2021-02-01', text: 'I gang', author: '' })
    const before = await dump(db)
    expect(await restoreBackup(db, records(), 'replace', 'only-untouched-example')).toEqual({ ok: false, code: 'changed' })
    expect(await dump(db)).toBe(before)
  })
})

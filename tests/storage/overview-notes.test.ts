// The overview's notes (the text above an imported table): edited with the header, left out when empty.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { openDatabase, type IndsatsDb } from '../../src/storage/db'
import { createEmptyOverview, updateOverviewHeader } from '../../src/storage/overviews'

let db: IndsatsDb
let name: string
beforeEach(() => {
  name = `overview-notes-${crypto.randomUUID()}`
  db = openDatabase(name)
})
afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

describe("the overview's notes", () => {
  it.each([
    ['written', undefined, 'Opdateres hver måned.', 'Opdateres hver måned.'],
    ['kept when the header is saved without them (a rename)', 'Fra importen.', undefined, 'Fra importen.'],
    ['cleared with an empty text: the field is left out again', 'Fra importen.', '  ', undefined],
    ['never added as an empty field', undefined, '', undefined],
  ])('%s', async (_, start, saved, stored) => {
    const created = await createEmptyOverview(db, 'Oversigt')
    if (!created.ok) throw new Error('setup failed')
    if (start) await db.overviews.update(created.value.id, { notes: start })
    const header = { title: 'Oversigt', committee: '', caseNumber: '', meetingDate: '', legend: { A: '', B: '', C: '' }, ...(saved === undefined ? {} : { notes: saved }) }
    expect((await updateOverviewHeader(db, created.value.id, header)).ok).toBe(true)
    const record = (await db.overviews.get(created.value.id))!
    expect(record.notes).toBe(stored)
    expect('notes' in record).toBe(stored !== undefined)
  })

  it('refuses notes over 20,000 characters, writing nothing', async () => {
    const created = await createEmptyOverview(db, 'Oversigt')
    if (!created.ok) throw new Error('setup failed')
    const before = await db.overviews.get(created.value.id)
    const result = await updateOverviewHeader(db, created.value.id, { title: 'Oversigt', committee: '', caseNumber: '', meetingDate: '', legend: { A: '', B: '', C: '' }, notes: 'x'.repeat(20_001) })
    expect(result).toMatchObject({ ok: false, code: 'invalid' })
    expect(await db.overviews.get(created.value.id)).toEqual(before)
  })
})

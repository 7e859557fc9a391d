/** Rediger's one save: the row and its status-log changes together, or nothing at all. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IndsatsDb } from '../../src/storage/db'
import type { Initiative, InitiativeDraft, Overview, StatusEntry } from '../../src/domain/model'
import { updateInitiativeWithLog } from '../../src/storage/initiative-with-log'
import { getRow } from '../../src/storage/row-pages'
import { dump, freshDb, put } from './restore-helpers'

const T0 = '2021-01-18T08:00:00.000Z'
const overview: Overview = { id: 'ov', title: 'Bilag 1', committee: '', caseNumber: '', meetingDate: '2021-01-20', legend: { A: '', B: '', C: '' }, columns: [], createdAt: T0, updatedAt: T0 }
const row = (id: string, title: string, order: number): Initiative => ({
  id,
  overviewId: 'ov',
  area: 'Central understøttelse',
  category: 'B',
  title,
  method: '',
  deadlineText: 'Medio 2021',
  status: 'not-started',
  owner: '',
  notes: '',
  order,
  createdAt: T0,
  updatedAt: T0,
  revision: 3,
})
const entry = (id: string, initiativeId: string, date: string, text: string): StatusEntry => ({ id, initiativeId, overviewId: 'ov', date, text, author: '', createdAt: T0 })

const hr = row('hr', 'Ny HR-Enhed', 1)
const other = row('other', 'Central klageenhed', 2)
const draftOf = ({ area, category, title, method, deadlineText, status, owner, notes }: Initiative, patch: Partial<InitiativeDraft> = {}): InitiativeDraft => ({
  area,
  category,
  title,
  method,
  deadlineText,
  status,
  owner,
  notes,
  ...patch,
})
const noLog = { add: [], remove: [] }

let db: IndsatsDb
let drop: () => Promise<void>
beforeEach(async () => {
  ;({ db, drop } = await freshDb())
  await put(db, {
    overviews: [overview],
    initiatives: [hr, other],
    statusLogs: [entry('s1', 'hr', '2021-01-11', 'Afdækningsfasen er i gang.'), entry('s2', 'hr', '2021-01-19', 'Drøftet med MED.'), entry('s3', 'other', '2021-01-20', 'Udsat.')],
  })
})
afterEach(async () => {
  vi.restoreAllMocks()
  await drop()
})

const logOf = async (initiativeId: string) => (await db.statusLogs.where('initiativeId').equals(initiativeId).toArray()).map((e) => [e.date, e.text]).sort()

describe('updateInitiativeWithLog', () => {
  it('writes the fields, the new entries and the deletions together; the revision moves once', async () => {
    const result = await updateInitiativeWithLog(db, 'hr', draftOf(hr, { status: 'in-progress' }), 3, {
      add: [
        { date: '2021-02-01', text: 'Status ændret fra Ikke påbegyndt til I gang.', author: '' },
        { date: '2021-02-01', text: 'Oplægget kvalificeres i netværkene.', author: 'Åse' },
      ],
      remove: ['s1'],
    })
    expect(result).toMatchObject({ ok: true, value: { initiative: { status: 'in-progress', revision: 4 }, removed: [{ id: 's1' }] } })
    expect(result.ok && result.value.added.map((e) => [e.initiativeId, e.overviewId, e.text])).toEqual([
      ['hr', 'ov', 'Status ændret fra Ikke påbegyndt til I gang.'],
      ['hr', 'ov', 'Oplægget kvalificeres i netværkene.'],
    ])
    expect(await logOf('hr')).toEqual([
      ['2021-01-19', 'Drøftet med MED.'],
      ['2021-02-01', 'Oplægget kvalificeres i netværkene.'],
      ['2021-02-01', 'Status ændret fra Ikke påbegyndt til I gang.'],
    ])
    expect(await getRow(db, 'hr')).toMatchObject({ status: 'in-progress', revision: 4 })
    expect(await logOf('other')).toEqual([['2021-01-20', 'Udsat.']])
  })

  it('a log change alone keeps the revision (no field changed) but moves updatedAt', async () => {
    const result = await updateInitiativeWithLog(db, 'hr', draftOf(hr), 3, { add: [{ date: '2021-02-01', text: 'Ny status.', author: '' }], remove: [] })
    expect(result).toMatchObject({ ok: true, value: { initiative: { revision: 3 } } })
    const stored = await getRow(db, 'hr')
    expect(stored?.revision).toBe(3)
    expect(stored?.updatedAt).not.toBe(T0)
    expect(await logOf('hr')).toContainEqual(['2021-02-01', 'Ny status.'])
  })

  it('writes nothing when nothing changed', async () => {
    const before = await dump(db)
    expect(await updateInitiativeWithLog(db, 'hr', draftOf(hr), 3, noLog)).toMatchObject({ ok: true, value: { initiative: { revision: 3 }, added: [], removed: [] } })
    expect(await dump(db)).toBe(before)
  })

  it('deletes only entries of this row, and passes over one already deleted elsewhere', async () => {
    const result = await updateInitiativeWithLog(db, 'hr', draftOf(hr), 3, { add: [], remove: ['s2', 's3', 'gone'] })
    expect(result).toMatchObject({ ok: true, value: { removed: [{ id: 's2' }] } })
    expect(await logOf('hr')).toEqual([['2021-01-11', 'Afdækningsfasen er i gang.']])
    expect(await logOf('other')).toEqual([['2021-01-20', 'Udsat.']])
  })

  describe('leaves the database exactly as it was', () => {
    const changes = { add: [{ date: '2021-02-01', text: 'Ny status.', author: '' }], remove: ['s1'] }

    it('when the row was changed in another tab since (conflict)', async () => {
      const before = await dump(db)
      const result = await updateInitiativeWithLog(db, 'hr', draftOf(hr, { title: 'Min titel' }), 2, changes)
      expect(result).toMatchObject({ ok: false, code: 'conflict', current: { id: 'hr', revision: 3 } })
      expect(await dump(db)).toBe(before)
    })

    it('when the row was deleted meanwhile', async () => {
      const before = await dump(db)
      expect(await updateInitiativeWithLog(db, 'nobody', draftOf(hr), 3, changes)).toEqual({ ok: false, code: 'not-found' })
      expect(await dump(db)).toBe(before)
    })

    it.each([
      ['an empty text', { date: '2021-02-01', text: '   ', author: '' }, [{ field: 'statusLog.1.text', code: 'required' }]],
      ['an impossible date', { date: '2021-02-30', text: 'Tekst', author: '' }, [{ field: 'statusLog.1.date', code: 'date' }]],
      ['a half-typed date', { date: '2021-02', text: 'Tekst', author: '' }, [{ field: 'statusLog.1.date', code: 'date' }]],
      ['too long an author', { date: '2021-02-01', text: 'Tekst', author: 'x'.repeat(201) }, [{ field: 'statusLog.1.author', code: 'too-long' }]],
    ])('when an entry has %s', async (_case, bad, issues) => {
      const before = await dump(db)
      const result = await updateInitiativeWithLog(db, 'hr', draftOf(hr, { title: 'Rettet titel' }), 3, { add: [changes.add[0]!, bad], remove: ['s1'] })
      expect(result).toEqual({ ok: false, code: 'invalid', issues: expect.arrayContaining(issues) })
      // Only the bad entry is named (the schema may name one problem twice).
      expect(result.ok === false && result.code === 'invalid' && new Set(result.issues.map((i) => i.field))).toEqual(new Set(issues.map((i) => i.field)))
      expect(await dump(db)).toBe(before)
    })

    it('when a field is invalid', async () => {
      const before = await dump(db)
      const result = await updateInitiativeWithLog(db, 'hr', draftOf(hr, { title: '  ' }), 3, changes)
      expect(result).toMatchObject({ ok: false, code: 'invalid', issues: [{ field: 'title', code: 'required' }] })
      expect(await dump(db)).toBe(before)
    })

    it.each([
      ['failed', new Error('the disk went away')],
      ['quota', Object.assign(new Error('full'), { name: 'QuotaExceededError' })],
    ])('when the last write of the transaction fails (%s): the row and the new entries are rolled back', async (code, error) => {
      const before = await dump(db)
      // The deletions are written last, after the row and the new entries.
      vi.spyOn(db.statusLogs, 'bulkDelete').mockRejectedValue(error)
      const result = await updateInitiativeWithLog(db, 'hr', draftOf(hr, { title: 'Rettet titel' }), 3, changes)
      expect(result).toMatchObject({ ok: false, code })
      vi.restoreAllMocks()
      expect(await dump(db)).toBe(before)
    })
  })
})

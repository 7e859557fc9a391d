/**
 * The issue's bad input for extra columns, at the storage layer: a column name that is empty,
 * a duplicate of another column's name or over 60 characters; a value that is not a number or a
 * date in a typed column; a backup naming a column type the app does not know. Each is refused
 * with a code that has one Danish sentence, and the database is left byte for byte as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IndsatsDb } from '../../src/storage/db'
import type { Initiative, InitiativeDraft, Overview } from '../../src/domain/model'
import { addColumn, renameColumn } from '../../src/storage/columns'
import { addInitiative, updateInitiative } from '../../src/storage/initiatives'
import { restoreBackup } from '../../src/storage/restore'
import { readBackup } from '../../src/io/backup'
import { backupReadErrors } from '../../src/strings/backup'
import { columnErrors } from '../../src/strings/columns'
import { fieldErrors } from '../../src/strings'
import { dump, freshDb, put } from './restore-helpers'

const T0 = '2021-01-18T08:00:00.000Z'
const overview: Overview = {
  id: 'ov',
  title: 'Bilag 1',
  committee: '',
  caseNumber: '',
  meetingDate: '2021-01-20',
  legend: { A: '', B: '', C: '' },
  columns: [
    { id: 'xbudget', name: 'Budget', type: 'number' },
    { id: 'xdue', name: 'Tjek', type: 'date' },
  ],
  createdAt: T0,
  updatedAt: T0,
}
const row: Initiative = { id: 'r1', overviewId: 'ov', area: 'Tilsyn', category: 'A', title: 'Ny HR-Enhed', method: '', deadlineText: 'Medio 2021', status: 'not-started', owner: '', notes: '', order: 1, createdAt: T0, updatedAt: T0, revision: 0 }
const draft = (extra: Record<string, unknown>): InitiativeDraft => {
  const { id: _i, overviewId: _o, order: _r, createdAt: _c, updatedAt: _u, revision: _v, ...fields } = row
  return { ...fields, extra: extra as InitiativeDraft['extra'] }
}

let db: IndsatsDb
let drop: () => Promise<void>
let before: string
beforeEach(async () => {
  ;({ db, drop } = await freshDb())
  await put(db, { overviews: [overview], initiatives: [row] })
  before = await dump(db)
})
afterEach(() => drop())

describe('a column name', () => {
  it.each([
    ['empty', '', 'name-empty'],
    ['only spaces', '   ', 'name-empty'],
    ['over 60 characters', 'x'.repeat(61), 'name-too-long'],
    ['the name of another extra column', 'budget', 'name-taken'],
    ['the label of a built-in column', 'Ansvarlig', 'name-taken'],
  ] as const)('%s is refused by Tilføj kolonne and by Omdøb, with one sentence, nothing written', async (_, name, code) => {
    expect(await addColumn(db, 'ov', name, 'text')).toEqual({ ok: false, code })
    expect(await renameColumn(db, 'ov', 'xdue', name)).toEqual({ ok: false, code })
    expect(columnErrors[code]).toMatch(/^[A-ZÆØÅ].*\.$/)
    expect(await dump(db)).toBe(before)
  })

  it('of exactly 60 characters is taken', async () => {
    expect(await addColumn(db, 'ov', 'x'.repeat(60), 'text')).toMatchObject({ ok: true })
  })
})

describe('a value in a typed column', () => {
  it.each([
    ['a word in a number column', { xbudget: 'mange' }, 'extra-number'],
    ['an infinite number', { xbudget: Number.POSITIVE_INFINITY }, 'extra-number'],
    ['a number in a date column', { xdue: 20210120 }, 'extra-date'],
    ['an impossible date', { xdue: '2021-02-31' }, 'extra-date'],
    ['a Danish-typed date not yet read', { xdue: '20.01.2021' }, 'extra-date'],
    ['a column the overview does not have', { xgone: 'x' }, 'extra-unknown-column'],
  ])('%s is refused when adding and when editing, nothing written', async (_, extra, code) => {
    const added = await addInitiative(db, 'ov', draft(extra))
    expect(added).toMatchObject({ ok: false, code: 'invalid', issues: [{ code }] })
    const updated = await updateInitiative(db, 'r1', draft(extra), 0)
    expect(updated).toMatchObject({ ok: false, code: 'invalid', issues: [{ code }] })
    expect(await dump(db)).toBe(before)
  })

  it.each(['extra-number', 'extra-date'])('%s has one Danish sentence', (code) => {
    expect(fieldErrors[code]).toMatch(/^[A-ZÆØÅ].*\.$/)
  })
})

describe('a backup naming a column type the app does not know', () => {
  const file = {
    format: 'indsatsoverblik-backup',
    version: 3,
    exportedAt: T0,
    overviews: [{ ...overview, id: 'ov-2', columns: [{ id: 'xcur', name: 'Beløb', type: 'currency' }] }],
    initiatives: [],
    statusLogs: [],
    snapshots: [],
  }

  it('is refused on reading with its own sentence', () => {
    const read = readBackup(JSON.stringify(file))
    expect(read).toMatchObject({ ok: false, code: 'unknown-column-type' })
    expect(read.ok ? '' : backupReadErrors[read.code]).toBe('Sikkerhedskopien har en kolonne af en type, som denne version ikke kender. Intet er ændret.')
  })

  it.each(['replace', 'merge'] as const)('is refused by the restore (%s) too, nothing written', async (mode) => {
    const result = await restoreBackup(db, file as never, mode)
    expect(result).toMatchObject({ ok: false, code: 'invalid', issues: [{ code: 'unknown-column-type' }] })
    expect(await dump(db)).toBe(before)
  })
})

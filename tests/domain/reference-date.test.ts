import { describe, expect, it } from 'vitest'
import { keepsDeadlineReference, newRowReferenceDate, referenceDate, type ReferenceRow } from '../../src/domain/reference-date'
import { rollForward } from '../../src/domain/roll-forward'
import { toViewRow } from '../../src/domain/view-row'
import { parseDeadline } from '../../src/domain/deadline'
import type { Initiative, Overview } from '../../src/domain/model'

const made = '2020-11-03T09:30:00.000Z'
const plain: ReferenceRow = { deadlineText: 'ultimo marts', createdAt: made }
const rolled: ReferenceRow = { ...plain, deadlineReference: '2021-01-20' }

describe('referenceDate', () => {
  it.each([
    ['a rolled-forward row keeps the meeting it was written for', { meetingDate: '2021-05-05' }, rolled, undefined, '2021-01-20'],
    ['…also with no meeting date on the new overview', { meetingDate: '' }, rolled, undefined, '2021-01-20'],
    ['…and for the same text typed again', { meetingDate: '2021-05-05' }, rolled, 'ultimo marts', '2021-01-20'],
    ['a rewritten text of a rolled-forward row is read against the meeting', { meetingDate: '2021-05-05' }, rolled, 'ultimo april', '2021-05-05'],
    ['a rewritten text with no meeting date: the day the row was made', { meetingDate: '' }, rolled, 'ultimo april', '2020-11-03'],
    ['a row of its own overview: the meeting date', { meetingDate: '2021-05-05' }, plain, undefined, '2021-05-05'],
    ['no meeting date: the day the row was made', { meetingDate: '' }, plain, undefined, '2020-11-03'],
    ['no overview (a row on its own): the day the row was made', undefined, plain, undefined, '2020-11-03'],
    ['an empty own reference counts as none', { meetingDate: '2021-05-05' }, { ...plain, deadlineReference: '' }, undefined, '2021-05-05'],
  ])('%s', (_name, overview, row, text, expected) => {
    expect(referenceDate(overview, row, text)).toBe(expected)
  })

  it.each([
    [{ meetingDate: '2021-05-05' }, '2021-05-05'],
    [{ meetingDate: '' }, '2026-12-01'],
    [undefined, '2026-12-01'],
  ])('a new row (overview %o) is read against %s', (overview, expected) => {
    expect(newRowReferenceDate(overview, '2026-12-01')).toBe(expected)
  })

  it.each([
    [rolled, 'ultimo marts', true],
    [rolled, 'ultimo marts ', false],
    [plain, 'ultimo marts', false],
  ])('keepsDeadlineReference(%o, %j) is %s', (row, text, expected) => {
    expect(keepsDeadlineReference(row, text)).toBe(expected)
  })
})

describe('one reading per row after a roll forward', () => {
  const overview: Overview = { id: 'o1', title: 'Bilag 1', committee: '', caseNumber: '', meetingDate: '2021-01-20', legend: { A: '', B: '', C: '' }, columns: [], createdAt: made, updatedAt: made }
  const row: Initiative = { id: 'i1', overviewId: 'o1', area: 'Tilsyn', category: 'A', title: 'Indsats', method: '', deadlineText: 'ultimo marts', status: 'in-progress', owner: '', notes: '', order: 1, createdAt: made, updatedAt: made, revision: 0 }
  let n = 0
  const next = rollForward({ overview, initiatives: [row], statusLogs: [] }, { title: 'Bilag 1 – juni', meetingDate: '2021-06-02', newId: () => `n${++n}`, now: '2021-05-01T08:00:00.000Z' })
  const copy = next.initiatives[0]!

  it('the table and the form read the rolled row the same way', () => {
    const table = toViewRow(copy, next.overview, '2021-06-02').reading
    const form = parseDeadline(copy.deadlineText, { reference: referenceDate(next.overview, copy, copy.deadlineText) })
    expect(table).toMatchObject({ start: '2021-03-21', end: '2021-03-31' })
    expect(form).toEqual(table)
  })

  it('a second roll forward still keeps the first meeting', () => {
    const again = rollForward(next, { title: 'Bilag 1 – september', meetingDate: '2021-09-01', newId: () => `m${++n}`, now: '2021-08-01T08:00:00.000Z' })
    expect(again.initiatives[0]!.deadlineReference).toBe('2021-01-20')
  })
})

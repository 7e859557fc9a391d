import { describe, expect, it } from 'vitest'
import { rollForward } from '../../src/domain/roll-forward'
import { referenceDate, toViewRow } from '../../src/domain/view-row'
import type { Initiative, Overview, StatusEntry } from '../../src/domain/model'

const overview: Overview = { id: 'o1', title: 'Bilag 1', committee: 'BUU', caseNumber: '2021-1', meetingDate: '2021-01-20', legend: { A: 'a', B: 'b', C: 'c' }, columns: [], createdAt: '2021-01-01T00:00:00.000Z', updatedAt: '2021-01-01T00:00:00.000Z' }
const rows: Initiative[] = [2, 1].map((order) => ({
  id: `i${order}`,
  overviewId: 'o1',
  area: 'Tilsyn',
  category: 'A',
  title: `Indsats ${order}`,
  method: '',
  deadlineText: order === 1 ? 'ultimo marts' : 'Medio 2021',
  status: order === 1 ? 'in-progress' : 'implemented',
  owner: 'BUF',
  notes: '',
  order,
  createdAt: '2021-01-01T00:00:00.000Z',
  updatedAt: '2021-01-05T00:00:00.000Z',
  revision: 4,
}))
const logs: StatusEntry[] = [{ id: 's1', initiativeId: 'i1', overviewId: 'o1', date: '2021-01-15', text: 'Status – januar 2021: i gang', author: 'AB', createdAt: '2021-01-15T09:00:00.000Z' }]

let n = 0
const rolled = rollForward({ overview, initiatives: rows, statusLogs: logs }, { title: 'Bilag 1 – marts', meetingDate: '2021-05-05', newId: () => `new${++n}`, now: '2021-03-01T08:00:00.000Z' })

describe('rollForward', () => {
  it('makes a new overview with the new title and meeting date, keeping header and legend', () => {
    expect(rolled.overview).toMatchObject({ title: 'Bilag 1 – marts', meetingDate: '2021-05-05', committee: 'BUU', caseNumber: '2021-1', legend: overview.legend })
    expect(rolled.overview.id).not.toBe('o1')
  })

  it('keeps every row in order with its content and status, under new ids', () => {
    expect(rolled.initiatives.map((r) => [r.title, r.order, r.status, r.overviewId === rolled.overview.id, r.revision])).toEqual([
      ['Indsats 1', 1, 'in-progress', true, 0],
      ['Indsats 2', 2, 'implemented', true, 0],
    ])
    expect(rolled.initiatives.some((r) => r.id.startsWith('i'))).toBe(false)
  })

  it('keeps the status history, pointing at the new rows', () => {
    expect(rolled.statusLogs).toHaveLength(1)
    expect(rolled.statusLogs[0]).toMatchObject({ text: logs[0]!.text, initiativeId: rolled.initiatives[0]!.id, overviewId: rolled.overview.id })
  })

  it('keeps what a yearless deadline meant when it was written', () => {
    const row = rolled.initiatives[0]!
    expect(referenceDate(rolled.overview, row)).toBe('2021-01-20')
    expect(toViewRow(row, rolled.overview, '2021-05-05').deadline).toMatchObject({ start: '2021-03-21', end: '2021-03-31' })
  })

  it('leaves the source untouched', () => {
    expect(rows.map((r) => r.id)).toEqual(['i2', 'i1'])
    expect(overview.title).toBe('Bilag 1')
  })
})

/** createViewRowCache: an unchanged indsats keeps its derived row (and its built search text); a changed context derives again. */
import { describe, expect, it } from 'vitest'
import { createDeadlineReader, createViewRowCache, toViewRows } from '../../src/domain/view-row'
import type { Initiative, StatusEntry } from '../../src/domain/model'

const row = (id: string, deadlineText: string): Initiative => ({
  id, overviewId: 'o', area: 'Tilsyn', category: 'A', title: `Indsats ${id}`, method: '', deadlineText, status: 'in-progress', owner: '', notes: '',
  order: 1, createdAt: '2021-01-01T00:00:00.000Z', updatedAt: '2021-01-01T00:00:00.000Z', revision: 0,
})
const overview = { meetingDate: '2021-01-20' }

describe('createViewRowCache', () => {
  it('gives the same derived row for the same indsats and context, and derives a changed one anew', () => {
    const derive = createViewRowCache()
    const read = createDeadlineReader()
    const rows = [row('1', 'Marts 2021'), row('2', 'Ultimo 2021')]
    const first = derive(rows, overview, '2021-04-01', read)
    expect(first).toEqual(toViewRows(rows, overview, '2021-04-01', read))
    void first[0]!.searchText
    const edited = { ...rows[1]!, deadlineText: 'Februar 2021' }
    const second = derive([rows[0]!, edited], overview, '2021-04-01', read)
    expect(second[0]).toBe(first[0])
    expect(second[1]).not.toBe(first[1])
    expect(second[1]!.flag).toBe('overdue')
  })

  it('derives every row again when the as-of date, the meeting date or the latest statuses change', () => {
    const derive = createViewRowCache()
    const read = createDeadlineReader()
    const rows = [row('1', 'Marts 2021')]
    const base = derive(rows, overview, '2021-02-01', read)
    expect(base[0]!.flag).not.toBe('overdue')
    const later = derive(rows, overview, '2021-05-01', read)
    expect(later[0]).not.toBe(base[0])
    expect(later[0]!.flag).toBe('overdue')
    // A text without a year is read in the meeting's year.
    const yearless = [row('3', 'Marts')]
    expect(derive(yearless, overview, '2021-05-01', read)[0]!.deadlineEnd).toBe('2021-03-31')
    expect(derive(yearless, { meetingDate: '2022-01-20' }, '2021-05-01', read)[0]!.deadlineEnd).toBe('2022-03-31')
    const latest = new Map<string, StatusEntry>([['1', { id: 's', initiativeId: '1', overviewId: 'o', date: '2021-03-01', text: 'Udbud sendt', author: '', createdAt: '' }]])
    expect(derive(rows, { meetingDate: '2022-01-20' }, '2021-05-01', read, latest)[0]!.latestStatus?.text).toBe('Udbud sendt')
  })
})

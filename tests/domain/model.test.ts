import { describe, expect, it } from 'vitest'
import { initiativeSchema, overviewSchema } from '../../src/domain/schemas'

const initiative = {
  id: 'i1',
  overviewId: 'o1',
  area: 'Central understøttelse',
  category: 'A',
  title: 'Ny HR-Enhed',
  method: '',
  deadlineText: 'Medio 2021',
  status: 'not-started',
  owner: '',
  notes: '',
  order: 1,
  createdAt: '2021-01-20T10:00:00.000Z',
  updatedAt: '2021-01-20T10:00:00.000Z',
  revision: 0,
}

const codes = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? []

describe('initiative schema', () => {
  it('accepts a complete row and an optional fixed deadline', () => {
    expect(initiativeSchema.safeParse(initiative).success).toBe(true)
    expect(initiativeSchema.safeParse({ ...initiative, fixedDeadline: '2024-02-29' }).success).toBe(true)
  })

  it.each([
    [{ title: '  ' }, 'title:required'],
    [{ category: 'D' }, 'category:category'],
    [{ status: 'done' }, 'status:status'],
    [{ fixedDeadline: '2021-02-29' }, 'fixedDeadline:date'],
    [{ fixedDeadline: '20.01.2021' }, 'fixedDeadline:date'],
    [{ revision: -1 }, 'revision:'],
    [{ deadlineText: 'x'.repeat(2001) }, 'deadlineText:too-long'],
  ])('rejects %j with a field code', (patch, expected) => {
    const result = initiativeSchema.safeParse({ ...initiative, ...patch })
    expect(result.success).toBe(false)
    expect(codes(result).some((c) => c.startsWith(expected))).toBe(true)
  })

  it('keeps the deadline text exactly as written', () => {
    const text = '  Godkendelse med denne indstilling – implementeres i løbet af foråret 2021  '
    const parsed = initiativeSchema.parse({ ...initiative, deadlineText: text })
    expect(parsed.deadlineText).toBe(text)
  })
})

describe('overview schema', () => {
  const overview = { id: 'o1', title: 'Bilag 1', committee: 'BUU', caseNumber: '', meetingDate: '', legend: { A: '', B: '', C: '' }, columns: [], createdAt: initiative.createdAt, updatedAt: initiative.updatedAt }
  it('allows no meeting date, but not a false one', () => {
    expect(overviewSchema.safeParse(overview).success).toBe(true)
    expect(overviewSchema.safeParse({ ...overview, meetingDate: '2021-01-20' }).success).toBe(true)
    expect(overviewSchema.safeParse({ ...overview, meetingDate: '2021-13-20' }).success).toBe(false)
    expect(codes(overviewSchema.safeParse({ ...overview, title: '' }))).toEqual(['title:required'])
  })
})

import { builtInColumn } from '../../src/domain/columns'
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { renderHook, waitFor } from '@testing-library/react'
import { toViewRows } from '../../src/domain/view-row'
import { columnNeeds } from '../../src/domain/column-widths'
import type { Initiative } from '../../src/domain/model'
import { screenColumnContents } from '../../src/features/table/column-contents'
import { useColumnNeeds } from '../../src/features/table/use-column-needs'

const COLUMNS = ['area', 'category', 'title', 'method', 'deadlineText', 'deadline', 'status', 'owner'].map((id) => builtInColumn(id)!)

function rows(count: number, longWordAt: number) {
  const initiatives: Initiative[] = Array.from({ length: count }, (_, i) => ({
    id: `r${i}`, overviewId: 'o', area: `Område ${i % 7}`, category: 'B', notes: '', order: i, revision: 0,
    title: i === longWordAt ? 'Dagtilbudsledelsesuddannelsesforløb' : `Indsats nummer ${i}`,
    method: 'Forvaltningen udarbejder en procedure', deadlineText: 'April/maj 2021', status: 'not-started', owner: 'BUF',
    createdAt: '2021-01-01T00:00:00.000Z', updatedAt: '2021-01-01T00:00:00.000Z',
  }))
  return toViewRows(initiatives, { meetingDate: '2021-01-20' }, '2021-03-01')
}

const exact = (data: ReturnType<typeof rows>) => columnNeeds(screenColumnContents(data, COLUMNS, false))

describe('useColumnNeeds', () => {
  it('reads a Bilag-sized overview at once', () => {
    const data = rows(300, 250)
    const { result } = renderHook(() => useColumnNeeds(data, COLUMNS, false))
    expect(result.current).toEqual(exact(data))
  })

  it('reads a large overview in the background and ends with the needs of every row', async () => {
    // The long word sits where the first pass (the first rows and a sample) does not look.
    const data = rows(5000, 4002)
    const { result } = renderHook(() => useColumnNeeds(data, COLUMNS, false))
    expect(result.current[2]!.minEm).toBeLessThan(exact(data)[2]!.minEm)
    await waitFor(() => expect(result.current).toEqual(exact(data)))
  })

  it('keeps the old widths while the rows of an edit are read, so no column narrows and widens again', async () => {
    const data = rows(5000, 4002)
    const { result, rerender } = renderHook(({ rows: r }) => useColumnNeeds(r, COLUMNS, false), { initialProps: { rows: data } })
    await waitFor(() => expect(result.current).toEqual(exact(data)))
    const edited = [...data]
    rerender({ rows: edited })
    expect(result.current[2]!.minEm).toBe(exact(data)[2]!.minEm)
    await waitFor(() => expect(result.current).toEqual(exact(edited)))
  })
})

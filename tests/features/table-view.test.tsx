// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within, fireEvent } from '@testing-library/react'
import { useState } from 'react'
import { TableView } from '../../src/features/table/TableView'
import { toViewRows } from '../../src/domain/view-row'
import { defaultView, type ViewState } from '../../src/domain/view-state'
import type { Initiative } from '../../src/domain/model'
import expected from '../fixtures/bilag1.expected.json'

const initiatives: Initiative[] = expected.initiatives.map((row, index) => ({
  id: `r${index + 1}`,
  overviewId: 'o',
  area: row.area,
  category: row.category as Initiative['category'],
  title: row.title,
  method: row.method,
  deadlineText: row.deadlineText,
  status: row.deadline.kind === 'done' ? 'implemented' : 'not-started',
  owner: index % 2 ? 'Åse' : 'Zenia',
  notes: '',
  order: index + 1,
  createdAt: '2021-01-01T00:00:00.000Z',
  updatedAt: '2021-01-01T00:00:00.000Z',
  revision: 0,
}))
const overview = { meetingDate: '2021-01-20' }

function Harness({ initial, asOf = '2021-03-01' }: { initial: Partial<ViewState>; asOf?: string }) {
  const [view, setView] = useState<ViewState>({ ...defaultView, ...initial })
  const [visibility, setVisibility] = useState<Record<string, boolean>>({})
  const rows = toViewRows(initiatives, overview, asOf)
  return (
    <TableView
      rows={rows}
      view={view}
      onViewChange={setView}
      asOf={asOf}
      meetingDate="2021-01-20"
      columnVisibility={visibility}
      onColumnVisibilityChange={setVisibility}
      onEdit={() => {}}
      onDelete={() => {}}
    />
  )
}

const titles = () =>
  within(screen.getByRole('table', { name: 'Indsatser' }))
    .getAllByRole('row')
    .filter((r) => r.classList.contains('leaf-row'))
    .map((r) => r.querySelector('td.col-title')?.textContent)

afterEach(cleanup)

describe('the table', () => {
  it('has the Bilag column headers in order, then Frist, Status, Ansvarlig', () => {
    render(<Harness initial={{}} />)
    const headers = within(screen.getByRole('table', { name: 'Indsatser' })).getAllByRole('columnheader')
    expect(headers.map((h) => h.textContent?.replace(/[▲▼↕\d]/g, '').trim())).toEqual([
      'Indsatsområde',
      'ABC',
      'Indsats',
      'Hvordan implementeres det',
      'Hvornår forventes det implementeret',
      'Frist',
      'Status',
      'Ansvarlig',
      'Handlinger',
    ])
  })

  it('sorts Frist by the interpreted end date with undated rows last, and Danish text after z', () => {
    render(<Harness initial={{ grouped: false, sorting: [{ id: 'deadline', desc: false }] }} />)
    const order = titles()
    expect(order[0]).toBe('Ny HR-Enhed') // done 1 January 2021
    expect(order[1]).toBe('Dagtilbudsledelsesuddannelse') // 20 January 2021
    expect(order.slice(-4)).toEqual(
      expect.arrayContaining(['Budgetnotat med skemalagt tid til personalet til arbejdet med handleplaner', 'Central klageenhed på dagtilbuds- og skoleområdet']),
    )
    cleanup()
    render(<Harness initial={{ grouped: false, sorting: [{ id: 'owner', desc: false }, { id: 'title', desc: false }] }} />)
    const owners = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => r.querySelector('td.col-owner')?.textContent)
    expect(owners.indexOf('Åse')).toBeGreaterThan(owners.lastIndexOf('Zenia'))
  })

  it('toggles a sort from the header and says so with aria-sort', () => {
    render(<Harness initial={{ grouped: false }} />)
    const header = screen.getByRole('columnheader', { name: /^Indsats\b/ })
    fireEvent.click(within(header).getByRole('button'))
    expect(header.getAttribute('aria-sort')).toBe('ascending')
    fireEvent.click(within(header).getByRole('button'))
    expect(header.getAttribute('aria-sort')).toBe('descending')
  })

  it('filters to Kategori C with counts, and shows the summary line', () => {
    render(<Harness initial={{}} />)
    fireEvent.click(screen.getByRole('button', { name: 'Kategori C (4)' }))
    expect(titles()).toHaveLength(4)
    expect(screen.getByText('19 indsatser · 4 vist · 2 overskredne')).toBeTruthy()
  })

  it('says when nothing matches and clears the filters on request', () => {
    render(<Harness initial={{ filters: { ...defaultView.filters, search: 'findes ikke' } }} />)
    expect(screen.getByText('Ingen indsatser passer til filtrene.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Ryd filtre' }))
    expect(titles()).toHaveLength(19)
  })

  it('hides a column from the column chooser', () => {
    render(<Harness initial={{}} />)
    fireEvent.click(screen.getByLabelText('Hvordan implementeres det'))
    expect(screen.queryByRole('columnheader', { name: /Hvordan implementeres det/ })).toBeNull()
  })
})

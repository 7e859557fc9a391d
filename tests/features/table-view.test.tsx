// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within, fireEvent, waitFor } from '@testing-library/react'
import { useMemo, useState } from 'react'
import { TableView } from '../../src/features/table/TableView'
import { toViewRows } from '../../src/domain/view-row'
import { defaultView, type ViewState } from '../../src/domain/view-state'
import type { Initiative } from '../../src/domain/model'
import type { ViewRow } from '../../src/domain/view-row'
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

interface HarnessProps {
  initial: Partial<ViewState>
  asOf?: string
  data?: Initiative[]
  readOnly?: boolean
  onEdit?: (row: ViewRow) => void
  onRowsInView?: (rows: () => ViewRow[]) => void
}

function Harness({ initial, asOf = '2021-03-01', data = initiatives, readOnly, onEdit = () => {}, onRowsInView }: HarnessProps) {
  const [view, setView] = useState<ViewState>({ ...defaultView, ...initial })
  const [visibility, setVisibility] = useState<Record<string, boolean>>({})
  // As the app does: the same rows array while the data and the as-of date are unchanged.
  const [rows] = useState(() => toViewRows(data, overview, asOf))
  return (
    <TableView
      rows={rows}
      overview={{ columns: [] }}
      view={view}
      onViewChange={setView}
      asOf={asOf}
      meetingDate="2021-01-20"
      columnVisibility={visibility}
      onColumnVisibilityChange={setVisibility}
      {...(readOnly ? {} : { onEdit: (row: ViewRow) => onEdit(row), onDelete: () => {} })}
      renderToolbar={(rowsInView) => {
        onRowsInView?.(rowsInView)
        return null
      }}
    />
  )
}

const table = () => screen.getByRole('table', { name: 'Indsatser' })
const groups = () => [...table().querySelectorAll('tr.group-row')].map((r) => r.textContent)
const search = (text: string) => fireEvent.change(screen.getByLabelText('Søg'), { target: { value: text } })
const summary = () => document.querySelector('.table-summary')?.textContent
const counts = () => screen.getAllByRole('button', { name: /^Kategori / }).map((b) => b.textContent)

const titles = () =>
  within(screen.getByRole('table', { name: 'Indsatser' }))
    .getAllByRole('row')
    .filter((r) => r.classList.contains('leaf-row'))
    .map((r) => r.querySelector('td.col-title')?.textContent)

afterEach(() => {
  cleanup()
  delete (HTMLTableRowElement.prototype as { offsetHeight?: number }).offsetHeight
})

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

  it('groups by area in the overview order, with counts, the area cell for screen readers only', () => {
    render(<Harness initial={{}} />)
    expect(groups()).toEqual([
      'Tilsyn, forældreinddragelse og børn med særlige behov (9 indsatser)',
      'Central understøttelse (8 indsatser)',
      'Styrket administrativ praksis (2 indsatser)',
    ])
    const header = table().querySelector('tr.group-row th')
    expect(header?.getAttribute('scope')).toBe('rowgroup')
    expect(header?.getAttribute('colspan')).toBe('9')
    const area = table().querySelector('tr.leaf-row td.col-area')
    expect(area?.querySelector('.sr-only')?.textContent).toBe('Tilsyn, forældreinddragelse og børn med særlige behov')
    // Ungrouped, the area is shown.
    fireEvent.click(screen.getByLabelText('Gruppér efter indsatsområde'))
    expect(groups()).toEqual([])
    expect(table().querySelector('tr.leaf-row td.col-area .sr-only')).toBeNull()
    expect(titles()).toHaveLength(19)
  })

  it('orders the groups by their first row in the sort: by Frist, the earliest deadline comes first', () => {
    render(<Harness initial={{ grouped: false, sorting: [{ id: 'deadline', desc: false }] }} />)
    const flat = titles()
    cleanup()
    render(<Harness initial={{ sorting: [{ id: 'deadline', desc: false }] }} />)
    // The earliest deadline of the whole table ("Ny HR-Enhed", done 1 January 2021) opens the first group.
    expect(titles()[0]).toBe(flat[0])
    expect(titles()[0]).toBe('Ny HR-Enhed')
    expect(groups()?.[0]).toMatch(/^Central/)
    cleanup()
    render(<Harness initial={{ sorting: [{ id: 'area', desc: false }] }} />)
    expect(groups().map((g) => g?.split(' ')[0])).toEqual(['Central', 'Styrket', 'Tilsyn,'])
  })

  it('narrows as Søg is typed and widens again on Backspace, with the counts and summary from the same rows', () => {
    render(<Harness initial={{}} />)
    expect(counts()).toEqual(['Kategori A (11)', 'Kategori B (4)', 'Kategori C (4)'])
    const typed = ['d', 'da', 'dag', 'dagt', 'dagti', 'dagtil', 'dagtilb', 'dagtilbud']
    const shown: number[] = []
    for (const text of [...typed, ...typed.slice(0, -1).reverse(), '']) {
      search(text)
      shown.push(titles().length)
      const n = titles().length
      const categoryTotal = counts()
        .map((c) => Number(c?.match(/\((\d+)\)/)?.[1]))
        .reduce((a, b) => a + b, 0)
      expect(categoryTotal).toBe(n)
      expect(summary()).toMatch(new RegExp(`^19 indsatser · ${n} vist · \\d+ overskredne$`))
    }
    // Typing only narrows; Backspace gives the same rows back.
    for (let i = 1; i < typed.length; i++) expect(shown[i]).toBeLessThanOrEqual(shown[i - 1]!)
    expect(shown.slice(typed.length - 1)).toEqual(shown.slice(0, typed.length).reverse().concat(19))
    search('dagtilbud')
    fireEvent.click(screen.getByRole('button', { name: /^Kategori C/ }))
    const leaves = [...table().querySelectorAll('tr.leaf-row')]
    expect(leaves.length).toBeGreaterThan(0)
    expect(leaves.map((r) => r.querySelector('td.col-category')?.textContent)).toEqual(leaves.map(() => 'C'))
    expect(screen.getByRole('button', { name: /^Kategori C/ }).textContent).toBe(`Kategori C (${leaves.length})`)
    const overdue = leaves.filter((r) => r.classList.contains('leaf-row--overdue')).length
    expect(summary()).toBe(`19 indsatser · ${leaves.length} vist · ${overdue} overskredne`)
  })

  it('sorts by several columns with Shift+click, every column ascending first', () => {
    render(<Harness initial={{ grouped: false }} />)
    const owner = screen.getByRole('columnheader', { name: /^Ansvarlig/ })
    const frist = screen.getByRole('columnheader', { name: /^Frist/ })
    fireEvent.click(within(owner).getByRole('button'))
    fireEvent.click(within(frist).getByRole('button'), { shiftKey: true })
    expect(owner.getAttribute('aria-sort')).toBe('ascending')
    expect(frist.getAttribute('aria-sort')).toBe('ascending')
    expect(frist.textContent).toContain('▲2')
    // Zenia before Åse (æ, ø, å after z), each by Frist with undated rows last, ties in overview order.
    const viewRows = toViewRows(initiatives, overview, '2021-03-01')
    const byOwnerThenFrist = viewRows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => {
        const owner = (a.row.initiative.owner === 'Zenia' ? 0 : 1) - (b.row.initiative.owner === 'Zenia' ? 0 : 1)
        if (owner) return owner
        const [x, y] = [a.row.deadlineEnd, b.row.deadlineEnd]
        if (x !== y) return x === undefined ? 1 : y === undefined ? -1 : x < y ? -1 : 1
        return a.index - b.index
      })
      .map(({ row }) => row.initiative.title)
    expect(titles()).toEqual(byOwnerThenFrist)
    // A plain click replaces the sort; a third click on a column removes it.
    fireEvent.click(within(frist).getByRole('button'))
    expect(owner.getAttribute('aria-sort')).toBe('none')
    expect(frist.getAttribute('aria-sort')).toBe('descending')
    fireEvent.click(within(frist).getByRole('button'))
    expect(frist.getAttribute('aria-sort')).toBe('none')
    expect(titles()).toEqual(initiatives.map((i) => i.title))
  })

  it('gives the toolbar the rows as shown, in display order', () => {
    let rowsInView: () => ViewRow[] = () => []
    render(<Harness initial={{ sorting: [{ id: 'deadline', desc: true }] }} onRowsInView={(get) => (rowsInView = get)} />)
    expect(rowsInView().map((r) => r.initiative.title)).toEqual(titles())
    fireEvent.click(screen.getByRole('button', { name: /^Kategori C/ }))
    expect(rowsInView().map((r) => r.initiative.title)).toEqual(titles())
    expect(rowsInView()).toHaveLength(4)
  })

  it('calls the latest onEdit with the row, and has no actions when read-only', () => {
    const edited: string[] = []
    render(<Harness initial={{}} onEdit={(row) => edited.push(row.initiative.title)} />)
    fireEvent.click(within(screen.getAllByRole('row').find((r) => r.textContent?.includes('Ny HR-Enhed'))!).getByRole('button', { name: 'Rediger' }))
    expect(edited).toEqual(['Ny HR-Enhed'])
    cleanup()
    render(<Harness initial={{}} readOnly />)
    expect(screen.queryByRole('button', { name: 'Rediger' })).toBeNull()
    expect(screen.queryByRole('columnheader', { name: 'Handlinger' })).toBeNull()
    expect(table().querySelector('tr.group-row th')?.getAttribute('colspan')).toBe('8')
  })

  it('renders only the rows in view of a large table, with aria-rowcount and aria-rowindex for the whole', async () => {
    // jsdom has no layout: give every row the height a browser would (removed again in afterEach).
    Object.defineProperty(HTMLTableRowElement.prototype, 'offsetHeight', { configurable: true, get: () => 96 })
    const many: Initiative[] = Array.from({ length: 300 }, (_, i) => ({ ...initiatives[i % initiatives.length]!, id: `m${i}`, title: `Indsats ${i + 1}` }))
    render(<Harness initial={{ grouped: false, sorting: [{ id: 'title', desc: true }] }} data={many} />)
    expect(table().getAttribute('aria-rowcount')).toBe('301')
    // The virtualiser loads on first use (until then the first screenful is shown).
    await waitFor(() => expect(table().querySelectorAll('tbody tr.leaf-row').length).toBeLessThan(60))
    const rendered = [...table().querySelectorAll('tbody tr.leaf-row')]
    expect(rendered.length).toBeGreaterThan(0)
    expect(rendered[0]?.getAttribute('aria-rowindex')).toBe('2')
    expect(rendered[0]?.querySelector('td.col-title')?.textContent).toBe('Indsats 300')
    expect(summary()).toMatch(/^300 indsatser · 300 vist · \d+ overskredne$/)
    // Filtered to a few (every word: "indsats" and "29"), every row is rendered again.
    search('indsats 29')
    const expected = ['Indsats 299', 'Indsats 298', 'Indsats 297', 'Indsats 296', 'Indsats 295', 'Indsats 294', 'Indsats 293', 'Indsats 292', 'Indsats 291', 'Indsats 290', 'Indsats 229', 'Indsats 129', 'Indsats 29']
    expect(titles()).toEqual(expected)
    expect(table().getAttribute('aria-rowcount')).toBe(String(expected.length + 1))
    expect([...table().querySelectorAll('tbody tr.leaf-row')].map((r) => r.getAttribute('aria-rowindex'))).toEqual(expected.map((_, i) => String(i + 2)))
  })
})

describe('a large overview while the rest of its rows are read', () => {
  const first = initiatives.slice(0, 5)
  function Loading({ data, loading, search = '' }: { data: Initiative[]; loading: boolean; search?: string }) {
    const [view, setView] = useState<ViewState>({ ...defaultView, filters: { ...defaultView.filters, search } })
    const rows = useMemo(() => toViewRows(data, overview, '2021-03-01'), [data])
    return (
      <TableView
        rows={rows}
        overview={{ columns: [] }}
        loading={loading}
        view={view}
        onViewChange={setView}
        asOf="2021-03-01"
        meetingDate="2021-01-20"
        columnVisibility={{}}
        onColumnVisibilityChange={() => {}}
        renderToolbar={() => <button type="button">Eksportér</button>}
      />
    )
  }

  it('shows the first rows, says the rest is coming, and shows no count or action that is not final', () => {
    const { rerender } = render(<Loading data={first} loading />)
    expect(titles()).toHaveLength(5)
    expect(summary()).toBe('De første indsatser vises · henter resten …')
    expect(counts()).toEqual(['Kategori A', 'Kategori B', 'Kategori C'])
    expect((screen.getByRole('button', { name: 'Eksportér' }) as HTMLButtonElement).matches(':disabled')).toBe(true)
    rerender(<Loading data={initiatives} loading={false} />)
    expect(titles()).toHaveLength(19)
    expect(summary()).toMatch(/^19 indsatser · 19 vist · \d+ overskredne$/)
    expect(counts()).toEqual(['Kategori A (11)', 'Kategori B (4)', 'Kategori C (4)'])
    expect((screen.getByRole('button', { name: 'Eksportér' }) as HTMLButtonElement).matches(':disabled')).toBe(false)
  })

  it('applies a filter typed meanwhile to every row once they are in, and says "no match" only then', () => {
    const last = initiatives[18]!.title
    const { rerender } = render(<Loading data={first} loading search={last} />)
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.queryByText('Ingen indsatser passer til filtrene.')).toBeNull()
    expect(screen.getByText('Indlæser …')).toBeTruthy()
    rerender(<Loading data={initiatives} loading={false} search={last} />)
    expect(titles()).toEqual([last])
    search('findes ikke')
    expect(screen.getByText('Ingen indsatser passer til filtrene.')).toBeTruthy()
  })
})

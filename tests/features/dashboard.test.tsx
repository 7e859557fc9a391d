// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { Dashboard } from '../../src/features/dashboard/Dashboard'
import { axisTicks } from '../../src/features/dashboard/chart-layout'
import { toViewRows, type ViewRow } from '../../src/domain/view-row'
import { initialStatus } from '../../src/domain/initial-status'
import { noFilters, rowPredicate } from '../../src/domain/filters'
import type { DashboardFilter } from '../../src/domain/dashboard'
import type { Initiative } from '../../src/domain/model'
import expected from '../fixtures/bilag1.expected.json'

const AS_OF = '2021-03-01'

const initiatives: Initiative[] = expected.initiatives.map((row, index) => ({
  id: `r${index + 1}`,
  overviewId: 'o',
  area: row.area,
  category: row.category as Initiative['category'],
  title: row.title,
  method: row.method,
  deadlineText: row.deadlineText,
  // As the app opens Bilag 1: rows that read as done start as Implementeret.
  status: initialStatus(row.deadlineText, expected.reference),
  owner: '',
  notes: '',
  order: index + 1,
  createdAt: '2021-01-01T00:00:00.000Z',
  updatedAt: '2021-01-01T00:00:00.000Z',
  revision: 0,
}))
const bilag1 = toViewRows(initiatives, { meetingDate: expected.reference }, AS_OF)

function renderDashboard(rows: ViewRow[] = bilag1, asOf = AS_OF) {
  const onFilter = vi.fn<(filters: DashboardFilter) => void>()
  render(<Dashboard rows={rows} asOf={asOf} onFilter={onFilter} />)
  return onFilter
}

/** The text of each cell after the row header, row by row. */
const bodyNumbers = (table: HTMLElement, section: 'tbody' | 'tfoot' = 'tbody') =>
  [...table.querySelectorAll(`${section} tr`)].map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)))

/** How many rows the table would show for a filter: the table's own predicate. */
const shownBy = (filter: DashboardFilter) => bilag1.filter(rowPredicate({ ...noFilters, ...filter })).length

afterEach(cleanup)

describe('the dashboard on Bilag 1 as of 1 March 2021', () => {
  it('says what date it counts for', () => {
    renderDashboard()
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Overblik pr. 1. marts 2021')
    expect(screen.getByRole('region', { name: 'Overblik pr. 1. marts 2021' })).toBeTruthy()
  })

  it('counts category × status with totals: A 11, B 4, C 4, the done rows under Implementeret', () => {
    renderDashboard()
    const table = screen.getByRole('table', { name: 'Indsatser pr. kategori og status' })
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual(['Kategori', 'Ikke påbegyndt', 'I gang', 'Implementeret', 'Sat i bero', 'Udgået', 'I alt'])
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Kategori A', 'Kategori B', 'Kategori C', 'Uden kategori', 'I alt'])
    expect(bodyNumbers(table)).toEqual([
      [8, 0, 3, 0, 0, 11],
      [4, 0, 0, 0, 0, 4],
      [4, 0, 0, 0, 0, 4],
      [0, 0, 0, 0, 0, 0],
    ])
    expect(bodyNumbers(table, 'tfoot')).toEqual([[16, 0, 3, 0, 0, 19]])
  })

  it('filters the table from a cell, named for what it shows', () => {
    const onFilter = renderDashboard()
    fireEvent.click(screen.getByRole('button', { name: 'Vis 4 indsatser i kategori C med status Ikke påbegyndt' }))
    expect(onFilter).toHaveBeenLastCalledWith({ categories: ['C'], statuses: ['not-started'], areas: [], overdueOnly: false })
    fireEvent.click(screen.getByRole('button', { name: 'Vis 3 indsatser i kategori A med status Implementeret' }))
    expect(onFilter).toHaveBeenLastCalledWith({ categories: ['A'], statuses: ['implemented'], areas: [], overdueOnly: false })
    fireEvent.click(screen.getByRole('button', { name: 'Vis alle 11 indsatser i kategori A' }))
    expect(onFilter).toHaveBeenLastCalledWith({ categories: ['A'], statuses: [], areas: [], overdueOnly: false })
    fireEvent.click(screen.getByRole('button', { name: 'Vis alle 3 indsatser med status Implementeret' }))
    expect(onFilter).toHaveBeenLastCalledWith({ categories: [], statuses: ['implemented'], areas: [], overdueOnly: false })
  })

  it('has a button for every non-zero count, and each shows exactly that many rows', () => {
    const onFilter = renderDashboard()
    const table = screen.getByRole('table', { name: 'Indsatser pr. kategori og status' })
    const buttons = within(table).getAllByRole('button')
    // 4 cells, 3 category totals, 2 status totals (Ikke påbegyndt, Implementeret) and the grand total.
    expect(buttons).toHaveLength(10)
    for (const button of buttons) {
      fireEvent.click(button)
      const filter = onFilter.mock.lastCall?.[0]
      expect(filter, button.getAttribute('aria-label') ?? '').toBeDefined()
      if (filter) expect(shownBy(filter)).toBe(Number(button.textContent))
    }
    // Zero is plain text: no button leads to an empty table.
    expect(table.querySelectorAll('td:not(:has(button))')).toHaveLength(30 - 10)
  })

  it('lists overdue per area, worst first, and filters area + overdue', () => {
    const onFilter = renderDashboard()
    const table = screen.getByRole('table', { name: 'Overskredne frister pr. 1. marts 2021 fordelt på indsatsområde' })
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Central understøttelse',
      'Tilsyn, forældreinddragelse og børn med særlige behov',
      'Styrket administrativ praksis',
    ])
    expect(bodyNumbers(table)).toEqual([
      [4, 8],
      [1, 9],
      [0, 2],
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Vis 4 overskredne indsatser i Central understøttelse' }))
    expect(onFilter).toHaveBeenLastCalledWith({ categories: [], statuses: [], areas: ['Central understøttelse'], overdueOnly: true })
    expect(shownBy(onFilter.mock.lastCall![0])).toBe(4)
    fireEvent.click(screen.getByRole('button', { name: 'Vis alle 2 indsatser i Styrket administrativ praksis' }))
    expect(onFilter).toHaveBeenLastCalledWith({ categories: [], statuses: [], areas: ['Styrket administrativ praksis'], overdueOnly: false })
  })

  it('draws deadlines per month from January to September 2021, with the as-of marker', () => {
    renderDashboard()
    const chart = screen.getByRole('img', { name: /^Søjlediagram over frister pr\. måned fra januar 2021 til september 2021/ })
    expect(chart.getAttribute('aria-label')).toContain('15 indsatser')
    const labels = [...chart.querySelectorAll('.dashboard-chart__label')].map((l) => l.textContent)
    expect(labels).toEqual(['jan. 21', 'feb. 21', 'mar. 21', 'apr. 21', 'maj 21', 'jun. 21', 'jul. 21', 'aug. 21', 'sep. 21'])
    expect(chart.querySelector('.dashboard-chart__asof')?.textContent).toBe('Opgjort pr.')
    // Colour is not the only cue: each category has its own fill pattern, and a legend in words.
    const fills = new Set([...chart.querySelectorAll('rect[data-category]')].map((r) => `${r.getAttribute('data-category')} ${r.getAttribute('fill')}`))
    expect(new Set([...fills].map((f) => f.split(' ')[1])).size).toBe(3)
    expect(screen.getByText('Kategori B', { selector: '.dashboard-legend li' })).toBeTruthy()
    expect(screen.getByText('Uden dato: 4 indsatser.')).toBeTruthy()
  })

  it('has a table alternative with the same numbers as the bars', () => {
    renderDashboard()
    const chart = screen.getByRole('img', { name: /^Søjlediagram/ })
    const table = screen.getByRole('table', { name: 'Frister pr. måned fordelt på kategori' })
    const fromTable = [...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.getAttribute('data-month'),
      ...['A', 'B', 'C', 'total'].map((c) => Number(tr.querySelector(`td[data-category="${c}"]`)?.textContent)),
    ])
    const fromChart = [...chart.querySelectorAll('g.dashboard-chart__month')].map((g) => {
      const count = (c: string) => Number(g.querySelector(`rect[data-category="${c}"]`)?.getAttribute('data-count') ?? 0)
      return [g.getAttribute('data-month'), count('A'), count('B'), count('C'), Number(g.querySelector('.dashboard-chart__total')?.textContent ?? 0)]
    })
    expect(fromTable).toEqual(fromChart)
    expect(fromTable).toEqual([
      ['2021-01', 1, 0, 1, 2],
      ['2021-02', 2, 1, 1, 4],
      ['2021-03', 0, 1, 0, 1],
      ['2021-04', 1, 0, 0, 1],
      ['2021-05', 3, 1, 0, 4],
      ['2021-06', 0, 0, 0, 0],
      ['2021-07', 0, 0, 0, 0],
      ['2021-08', 1, 1, 0, 2],
      ['2021-09', 1, 0, 0, 1],
    ])
    expect(within(table).getByRole('rowheader', { name: 'marts 2021 (opgjort pr. 1. marts 2021)' })).toBeTruthy()
    expect(bodyNumbers(table, 'tfoot')).toEqual([[9, 4, 2, 15]])
  })

  it('keeps the table for screen readers and shows it on "Vis som tabel"', () => {
    renderDashboard()
    const toggle = screen.getByRole('button', { name: 'Vis som tabel' })
    const wrapper = screen.getByRole('table', { name: 'Frister pr. måned fordelt på kategori' }).parentElement!
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    expect(wrapper.className).toBe('sr-only')
    expect(toggle.getAttribute('aria-controls')).toBe(wrapper.id)
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(wrapper.className).not.toContain('sr-only')
  })
})

describe('the dashboard at the edges', () => {
  it('says so when there are no rows', () => {
    renderDashboard([])
    expect(screen.getByText('Oversigten har endnu ingen indsatser, så der er intet at tælle.')).toBeTruthy()
    expect(screen.queryAllByRole('table')).toHaveLength(0)
  })

  it('has no chart when no row has a date, and says why', () => {
    renderDashboard(bilag1.filter((r) => r.deadlineEnd === undefined))
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Vis som tabel' })).toBeNull()
    expect(screen.getByText('Ingen indsatser har en frist med dato.')).toBeTruthy()
    expect(screen.getByText('Ingen indsatser har overskredet fristen pr. 1. marts 2021.')).toBeTruthy()
  })

  it('leaves the marker out when the as-of month is outside the chart', () => {
    const rows = toViewRows(initiatives, { meetingDate: expected.reference }, '2023-01-10')
    renderDashboard(rows, '2023-01-10')
    expect(screen.getByRole('img').querySelector('.dashboard-chart__asof')).toBeNull()
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Overblik pr. 10. januar 2023')
  })
})

describe('the chart axis', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [4, [0, 1, 2, 3, 4]],
    [5, [0, 1, 2, 3, 4, 5]],
    [7, [0, 2, 4, 6, 8]],
    [23, [0, 5, 10, 15, 20, 25]],
    [60, [0, 20, 40, 60]],
    [1234, [0, 500, 1000, 1500]],
  ])('for a peak of %i ticks %j', (peak, ticks) => {
    expect(axisTicks(peak)).toEqual(ticks)
  })
})

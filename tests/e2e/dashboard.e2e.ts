/**
 * The dashboard ("Overblik") in real Chromium: every number on it is a way into the
 * table, so each count must equal the rows the table shows after clicking it.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { CATEGORIES, STATUSES } from '../../src/domain/model'

const table = (page: Page) => page.getByRole('table', { name: 'Indsatser' })
const leafRows = (page: Page) => table(page).locator('tbody tr.leaf-row')
const dashboard = (page: Page) => page.getByRole('region', { name: /^Overblik pr\./ })
const matrix = (page: Page) => page.getByRole('table', { name: 'Indsatser pr. kategori og status' })
const areaTable = (page: Page) => page.getByRole('table', { name: /^Overskredne frister pr\./ })

/** Opens the dashboard by its button or tab "Overblik", unless it is already on screen. */
async function showDashboard(page: Page) {
  if (await dashboard(page).isVisible()) return
  await page.getByRole('tab', { name: 'Overblik' }).or(page.getByRole('button', { name: 'Overblik', exact: true })).first().click()
  await expect.poll(() => dashboard(page).isVisible()).toBe(true)
}

describe.skipIf(!hasBrowser)('the dashboard in the browser', () => {
  const open = sessionPerTest(openApp)

  it('shows Bilag 1 as of 1 March 2021, and every category × status count equals the rows a click shows', async () => {
    const session = await open('/?pr=2021-03-01')
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await showDashboard(page)
    expect(await dashboard(page).getByRole('heading', { level: 2 }).textContent()).toBe('Overblik pr. 1. marts 2021')
    expect(await axeViolations(page)).toEqual([])

    const totals = await matrix(page).locator('tbody td[data-status="total"]').allTextContents()
    expect(totals.map(Number)).toEqual([11, 4, 4, 0])

    for (const category of CATEGORIES) {
      for (const status of STATUSES) {
        await showDashboard(page)
        const cell = matrix(page).locator(`tbody tr[data-category="${category}"] td[data-status="${status}"]`)
        const count = Number(await cell.textContent())
        const button = cell.getByRole('button')
        if (count === 0) {
          // Zero is plain text: nothing to click.
          expect(await button.count(), `${category} ${status}`).toBe(0)
          continue
        }
        await button.click()
        await expect.poll(() => leafRows(page).count(), { message: `${category} ${status}` }).toBe(count)
        expect(new Set(await leafRows(page).locator('td.col-category').allTextContents())).toEqual(new Set([category]))
      }
    }
  })

  it('filters area + Kun overskredne from the overdue table', async () => {
    const session = await open('/?pr=2021-03-01')
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await showDashboard(page)
    const areas = await areaTable(page).locator('tbody th[scope="row"]').allTextContents()
    expect(areas[0]).toBe('Central understøttelse')
    for (const [index, area] of areas.entries()) {
      await showDashboard(page)
      const cell = areaTable(page).locator('tbody tr').nth(index).locator('td').first()
      const count = Number(await cell.textContent())
      if (count === 0) continue
      await cell.getByRole('button').click()
      await expect.poll(() => leafRows(page).count(), { message: area }).toBe(count)
      expect(await page.getByLabel('Kun overskredne').isChecked()).toBe(true)
      expect(await leafRows(page).filter({ hasText: 'Overskredet' }).count()).toBe(count)
    }
  })

  it('has the chart numbers as a table ("Vis som tabel"), and stays axe clean with it shown', async () => {
    const session = await open('/?pr=2021-03-01')
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await showDashboard(page)
    const chart = dashboard(page).getByRole('img', { name: /^Søjlediagram over frister pr\. måned fra januar 2021 til september 2021/ })
    expect(await chart.count()).toBe(1)
    const toggle = dashboard(page).getByRole('button', { name: 'Vis som tabel' })
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    const months = page.getByRole('table', { name: 'Frister pr. måned fordelt på kategori' })
    expect(await months.isVisible()).toBe(true)
    // The bars and the table give the same numbers, month by month.
    const fromTable = await months.locator('tbody tr').evaluateAll((rows) =>
      rows.map((tr) => ['A', 'B', 'C'].map((c) => Number(tr.querySelector(`td[data-category="${c}"]`)?.textContent))),
    )
    const fromChart = await chart.locator('g.dashboard-chart__month').evaluateAll((groups) =>
      groups.map((g) => ['A', 'B', 'C'].map((c) => Number(g.querySelector(`rect[data-category="${c}"]`)?.getAttribute('data-count') ?? 0))),
    )
    expect(fromTable).toEqual(fromChart)
    expect(fromTable.flat().reduce((a, b) => a + b, 0)).toBe(15)
    expect(await axeViolations(page)).toEqual([])
  })
})

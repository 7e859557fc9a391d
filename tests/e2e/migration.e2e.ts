/**
 * A database written by an earlier version of the app, in real Chromium: version 2 kept
 * one IndexedDB record per indsats; version 3 keeps them in pages (src/storage/row-pages.ts).
 * The app opens the old database, moves every row, and shows them all, in their order.
 * Version 4 gave overviews (and the overview inside every saved version) their own extra
 * columns: a version 3 database with rows, versions and status logs opens with all of them.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { readStores, SCHEMA_V2, SCHEMA_V3, writeOldDatabase } from './stored'
import expected from '../fixtures/bilag1.expected.json'

const OVERVIEW = 'ov-bilag1'
const overview = { id: OVERVIEW, title: expected.title, committee: 'BUU', caseNumber: '2020-0781234', meetingDate: expected.reference, legend: expected.legend, createdAt: '2021-01-18T08:00:00.000Z', updatedAt: '2021-01-19T08:00:00.000Z' }
const initiatives = expected.initiatives.map((row, index) => ({
  id: `in-${index + 1}`,
  overviewId: OVERVIEW,
  area: row.area,
  category: row.category,
  title: row.title,
  method: row.method,
  deadlineText: row.deadlineText,
  status: row.deadline.kind === 'done' ? 'implemented' : 'not-started',
  owner: '',
  notes: '',
  order: index + 1,
  createdAt: '2021-01-18T08:00:00.000Z',
  updatedAt: '2021-01-18T08:00:00.000Z',
  revision: 0,
}))

describe.skipIf(!hasBrowser)('an older database', () => {
  const open = sessionPerTest(openApp)

  it('opens a version 2 database (one record per indsats) with every row, in order', async () => {
    // Any page of the app's origin that does not run the app: the old database is made first.
    const session = await open('/favicon.svg')
    const { page } = session
    // Stored out of order, as years of edits leave them: the order field decides.
    await writeOldDatabase(page, SCHEMA_V2, { overviews: [overview], initiatives: [...initiatives].reverse(), meta: [{ key: 'example-offered', value: overview.createdAt }] })

    // Chromium asks the setup page for a /favicon.ico that does not exist: not the app's error.
    session.consoleErrors.length = 0
    await page.goto(new URL(`/?o=${OVERVIEW}`, page.url()).toString())
    const table = page.getByRole('table', { name: 'Indsatser' })
    await expect.poll(() => page.locator('.table-summary').textContent()).toMatch(/^19 indsatser/)
    await page.getByLabel('Gruppér efter indsatsområde').uncheck()
    expect(await table.locator('tbody td.col-title').allTextContents()).toEqual(initiatives.map((r) => r.title))

    // The old table is gone and the rows live in pages, unchanged.
    const stores = await readStores(page)
    const stored = { stores: Object.keys(stores), rows: (stores.rowPages as { rows: unknown[] }[]).flatMap((p) => p.rows) }
    expect(stored.stores).not.toContain('initiatives')
    expect(stored.rows).toEqual(initiatives)
  })

  it('opens a version 3 database (rows in pages, versions, status logs) with every row, version and log entry', async () => {
    const session = await open('/favicon.svg')
    const { page } = session
    const rows = initiatives.map((row, index) => ({ ...row, status: index === 3 ? 'in-progress' : row.status, owner: index % 4 ? '' : 'Søren Ærø', revision: index % 3 }))
    const statusLogs = [
      { id: 'log-1', initiativeId: rows[3]!.id, overviewId: OVERVIEW, date: '2021-01-05', text: 'Afdækningsfasen er i gang.', author: 'Åse', createdAt: '2021-01-05T09:00:00.000Z' },
      { id: 'log-2', initiativeId: rows[3]!.id, overviewId: OVERVIEW, date: '2021-01-15', text: 'Status ændret fra Ikke påbegyndt til I gang.', author: '', createdAt: '2021-01-15T09:00:00.000Z' },
      { id: 'log-3', initiativeId: rows[0]!.id, overviewId: OVERVIEW, date: '2021-01-10', text: 'Vejledningen er sendt ud.', author: '', createdAt: '2021-01-10T09:00:00.000Z' },
    ]
    const version = {
      id: 'snap-1',
      overviewId: OVERVIEW,
      label: 'BUU 20. januar 2021',
      meetingDate: '2021-01-20',
      createdAt: '2021-01-19T12:00:00.000Z',
      overview,
      // As it was at the meeting: one row fewer and one category different.
      initiatives: rows.slice(0, -1).map((row, index) => (index === 1 ? { ...row, category: row.category === 'C' ? 'A' : 'C' } : row)),
      statusLogs: statusLogs.slice(0, 1),
    }
    const pageRecord = { id: `${OVERVIEW}/00000001`, overviewId: OVERVIEW, rows, rowIds: rows.map((r) => r.id), minUpdatedAt: rows[0]!.updatedAt, maxUpdatedAt: rows[0]!.updatedAt, maxOrder: rows.length }
    await writeOldDatabase(page, SCHEMA_V3, { overviews: [overview], rowPages: [pageRecord], statusLogs, snapshots: [version], meta: [{ key: 'example-offered', value: overview.createdAt }] })

    session.consoleErrors.length = 0
    await page.goto(new URL(`/?o=${OVERVIEW}`, page.url()).toString())
    await expect.poll(() => page.locator('.table-summary').textContent()).toMatch(/^19 indsatser/)
    await page.getByLabel('Gruppér efter indsatsområde').uncheck()
    const titles = () => page.getByRole('table', { name: 'Indsatser' }).locator('tbody td.col-title').allTextContents()
    expect(await titles()).toEqual(rows.map((r) => r.title))

    // The status log, newest first, in Rediger.
    await openLog(page, rows[3]!.title, ['Status ændret fra Ikke påbegyndt til I gang.', 'Afdækningsfasen er i gang.'])
    await openLog(page, rows[0]!.title, ['Vejledningen er sendt ud.'])

    // Every record is there, unchanged; the overview and its version gained an empty column list.
    const stored = await readStores(page)
    expect((stored.rowPages as { rows: unknown[] }[]).flatMap((p) => p.rows)).toEqual(rows)
    expect(stored.statusLogs).toEqual(statusLogs)
    expect(stored.overviews).toEqual([{ ...overview, columns: [] }])
    expect(stored.snapshots).toEqual([{ ...version, overview: { ...overview, columns: [] } }])

    // The version opens with its own rows, and what changed since reads from them.
    await page.getByRole('button', { name: 'Versioner (1)' }).click()
    await page.getByRole('dialog', { name: 'Versioner' }).getByRole('button', { name: 'Ændringer siden mødet 20. januar 2021' }).click()
    await expect.poll(() => page.getByText('1 ændret · 1 tilføjet · 0 fjernede').count()).toBe(1)
    await page.getByRole('button', { name: 'Tilbage til den aktuelle oversigt' }).click()
    await page.getByRole('button', { name: 'Versioner (1)' }).click()
    await page.getByRole('dialog', { name: 'Versioner' }).getByRole('button', { name: 'Vis BUU 20. januar 2021' }).click()
    await expect.poll(() => page.locator('.table-summary').textContent()).toMatch(/^18 indsatser/)
    expect(await axeViolations(page)).toEqual([])
  })
})

async function openLog(page: Page, title: string, texts: string[]) {
  await page.locator('tr.leaf-row').filter({ hasText: title }).first().getByRole('button', { name: 'Rediger' }).click()
  const form = page.getByRole('dialog', { name: 'Rediger' })
  await expect.poll(() => form.locator('.status-log__entry').allTextContents().then((items) => texts.every((text, i) => items[i]?.includes(text)))).toBe(true)
  await form.getByRole('button', { name: 'Annullér' }).click()
  await expect.poll(() => form.count()).toBe(0)
}

/**
 * A browser seeded before the app recorded which overview is the example (a version 2
 * database: one record per indsats, `example-offered`, no example record), in real
 * Chromium: its untouched seed gets the example's banner, and Slet eksemplet works on it.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { SCHEMA_V2, writeOldDatabase } from './stored'
import bilag1 from '../../src/app/example/bilag1.json'

/** One millisecond for every record, as the seeding transaction stamped them. */
const SEEDED_AT = '2021-01-18T08:00:00.000Z'
const OVERVIEW = 'ov-seeded'
// What the seed wrote then: the overview had no extra columns yet (schema version 4 adds them).
const overview = { id: OVERVIEW, title: bilag1.title, committee: bilag1.committee, caseNumber: bilag1.caseNumber, meetingDate: bilag1.meetingDate, legend: bilag1.legend, createdAt: SEEDED_AT, updatedAt: SEEDED_AT }
const initiatives = bilag1.initiatives.map((row, index) => ({
  ...row,
  id: `in-${index + 1}`,
  overviewId: OVERVIEW,
  status: 'not-started',
  owner: '',
  notes: '',
  order: index + 1,
  createdAt: SEEDED_AT,
  updatedAt: SEEDED_AT,
  revision: 0,
}))
const banner = (page: Page) => page.getByRole('region', { name: 'Eksempel' })
const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')

/** Writes the version 2 database the seed left, with the raw IndexedDB API. */
const seededBeforeTheRecord = (page: Page) =>
  writeOldDatabase(page, SCHEMA_V2, { overviews: [overview], initiatives, meta: [{ key: 'example-offered', value: SEEDED_AT }] })

describe.skipIf(!hasBrowser)('an example seeded before it was recorded', () => {
  const open = sessionPerTest(openApp)

  it('gets the example banner while untouched, and Slet eksemplet deletes it with Fortryd', async () => {
    // Any page of the app's origin that does not run the app: the old database is made first.
    const session = await open('/favicon.svg')
    const { page } = session
    await seededBeforeTheRecord(page)
    // Chromium asks the setup page for a /favicon.ico that does not exist: not the app's error.
    session.consoleErrors.length = 0

    await page.goto(new URL('/', page.url()).toString())
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await expect.poll(() => banner(page).count()).toBe(1)
    expect(await banner(page).textContent()).toContain('Dette er et eksempel: Bilag 1 fra mødet i Børne- og Ungdomsudvalget den 20. januar 2021.')
    expect(await axeViolations(page, '.example-banner')).toEqual([])

    await banner(page).getByRole('button', { name: 'Slet eksemplet' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Eksemplet er slettet.' }).count()).toBe(1)
    expect(await banner(page).count()).toBe(0)
    await page.getByRole('button', { name: 'Fortryd' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await expect.poll(() => banner(page).count()).toBe(1)
  })
})

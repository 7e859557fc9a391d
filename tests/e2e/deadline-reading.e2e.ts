/** One reading of a deadline per row: the table and the Rediger form agree, also after a roll forward. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'

const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')
const row = (page: Page, text: string) => leafRows(page).filter({ hasText: text })
/** The reading the Frist cell shows, without its hover text and flag. */
const tableReading = (page: Page, title: string) => row(page, title).locator('td.col-deadline .deadline-cell > span').first().evaluate((el) => el.firstChild?.textContent ?? '')
const TITLE = 'Fælles koncept for fratrædelsessamtaler'

async function setDeadlineText(page: Page, text: string) {
  await row(page, TITLE).getByRole('button', { name: 'Rediger' }).click()
  const form = page.getByRole('dialog', { name: 'Rediger' })
  await form.getByLabel('Hvornår forventes det implementeret').fill(text)
  await form.getByRole('button', { name: 'Gem' }).click()
  await expect.poll(() => form.count()).toBe(0)
}

describe.skipIf(!hasBrowser)('one deadline reading per row', () => {
  const open = sessionPerTest(openApp)

  it('reads a yearless text the same way in the table and in Rediger after the overview is rolled forward', async () => {
    const { page } = await open('/?pr=2021-01-20')
    await expect.poll(() => leafRows(page).count()).toBe(19)
    // Written for the meeting of 20 January 2021: "ultimo marts" is March 2021.
    await setDeadlineText(page, 'ultimo marts')
    await expect.poll(() => tableReading(page, TITLE)).toBe('ultimo marts 2021')

    await page.getByRole('button', { name: 'Oversigter (1)' }).click()
    const list = page.getByRole('dialog', { name: 'Oversigter' })
    await list.getByRole('button', { name: 'Rul frem til næste møde' }).click()
    await list.getByLabel('Titel på den nye oversigt').fill('Bilag 1 – status til BUU 2. juni 2021')
    await list.getByLabel('Næste mødedato').fill('02.06.2021')
    await list.getByRole('button', { name: 'Rul frem til næste møde' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bilag 1 – status til BUU 2. juni 2021')
    await expect.poll(() => leafRows(page).count()).toBe(19)

    // The copy for June still means the March it was written for, in the table and in the form.
    await expect.poll(() => tableReading(page, TITLE)).toBe('ultimo marts 2021')
    await row(page, TITLE).getByRole('button', { name: 'Rediger' }).click()
    const form = page.getByRole('dialog', { name: 'Rediger' })
    const preview = form.locator('.deadline-preview')
    expect(await preview.textContent()).toBe('Læses som: ultimo marts 2021 (21.–31. marts 2021)')
    expect(await axeViolations(page, 'dialog')).toEqual([])

    // A rewritten text is written for the new meeting: the form says so before Gem, and the table after.
    await form.getByLabel('Hvornår forventes det implementeret').fill('ultimo april')
    await expect.poll(() => preview.textContent()).toBe('Læses som: ultimo april 2022 (21.–30. april 2022)')
    await form.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => form.count()).toBe(0)
    await expect.poll(() => tableReading(page, TITLE)).toBe('ultimo april 2022')
  })

  it('says how far off a deadline is from the Opgjort pr. date, beside the flag and in the Frist tooltip', async () => {
    const { page } = await open('/?pr=2021-03-19')
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const soon = row(page, 'Konfliktmægling lokalt')
    const late = row(page, 'Når institutioner skal på faglig handlingsplan')
    // "Forventes implementeret marts 2021" ends 31 March: Snart, in 12 days.
    await expect.poll(() => soon.locator('.flag').textContent()).toBe('◷ Snart')
    expect(await soon.locator('.flag-when').textContent()).toBe('om 12 dage')
    // "Februar 2021" ended 28 February: Overskredet, 19 days ago.
    expect(await late.locator('.flag').textContent()).toBe('! Overskredet')
    expect(await late.locator('.flag-when').textContent()).toBe('for 19 dage siden')

    await page.getByLabel('Opgjort pr.').fill('01.06.2021')
    await expect.poll(() => late.locator('.flag-when').textContent()).toBe('for 3 måneder siden')
    expect(await late.locator('.flag').textContent()).toBe('! Overskredet')
    // The tooltip, shown on keyboard focus: the exact period and the relative wording.
    const tip = late.locator('.deadline-tip')
    await tip.focus()
    const tooltip = late.getByRole('tooltip')
    await expect.poll(() => tooltip.isVisible()).toBe(true)
    expect(await tooltip.locator('.deadline-tip__line').allTextContents()).toEqual(['1.–28. februar 2021', 'overskredet for 3 måneder siden'])
    expect(await tip.getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'))
    expect(await axeViolations(page)).toEqual([])
  })
})

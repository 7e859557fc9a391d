/**
 * The shell on day one, in real Chromium: a link to an overview this browser does not
 * have, the skip link, the Kolonner menu, and messages (toasts) that are never out of reach.
 */
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'

const table = (page: Page) => page.getByRole('table', { name: 'Indsatser' })
const leafRows = (page: Page) => table(page).locator('tbody tr.leaf-row')
const toast = (page: Page) => page.locator('.app-toast')
const isFocused = (element: Locator) => element.evaluate((el) => el === document.activeElement)

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox()
  if (!found) throw new Error('no box: the element is not shown')
  return found
}

const scrollToEnd = (page: Page) => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))

describe.skipIf(!hasBrowser)('the shell', () => {
  const open = sessionPerTest(openApp)

  it('says so when a link names an overview this browser does not have, keeps the URL, and offers the overviews that are here', async () => {
    const path = '/?o=3f2c9a8e-oversigt-fra-en-anden-computer&kat=C&q=tilsyn'
    const { page } = await open(path)
    const alert = page.getByRole('alert').filter({ hasText: 'Oversigten findes ikke i denne browser' })
    await expect.poll(() => alert.count()).toBe(1)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Oversigten findes ikke i denne browser')
    expect(await page.getByText(/Den kan være lavet i en anden browser eller på en anden computer\./).count()).toBe(1)
    expect(await page.getByText(/^Hent den med en sikkerhedskopi/).count()).toBe(1)
    // The example is seeded meanwhile and offered; nothing is opened in the link's place.
    const openExample = page.getByRole('button', { name: 'Åbn "Bilag 1 – overblik over indsatser"' })
    await expect.poll(() => openExample.count()).toBe(1)
    expect(await table(page).count()).toBe(0)
    expect(page.url()).toBe(new URL(path, page.url()).toString())
    expect(await axeViolations(page)).toEqual([])

    // Opening what is here starts without the link's filters (they were meant for the other one).
    await openExample.click()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const url = new URL(page.url())
    expect([url.searchParams.get('kat'), url.searchParams.get('q')]).toEqual([null, null])
    expect(url.searchParams.get('o')).not.toBe('3f2c9a8e-oversigt-fra-en-anden-computer')
  })

  it('the skip link, the first thing Tab reaches, puts focus on the table itself', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Gå til tabellen' })
    expect(await isFocused(skip)).toBe(true)
    expect(await axeViolations(page, '.skip-link')).toEqual([])
    await page.keyboard.press('Enter')
    await expect.poll(() => isFocused(table(page))).toBe(true)
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.getAttribute('aria-label')])).toEqual(['TABLE', 'Indsatser'])
    // The next Tab goes on inside the table (its first sort button), not back to the filters.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('table')?.getAttribute('aria-label'))).toBe('Indsatser')
  })

  it('Kolonner closes on Escape, with focus back on its button, and on a click outside', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const menu = page.locator('details.column-chooser')
    const button = menu.locator('summary')
    const choice = page.getByRole('checkbox', { name: 'Ansvarlig' })

    // The keyboard: open it, go into it, Escape.
    await button.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => choice.isVisible()).toBe(true)
    await page.keyboard.press('Tab')
    expect(await menu.evaluate((details) => details.contains(document.activeElement) && document.activeElement?.tagName)).toBe('INPUT')
    await choice.uncheck()
    await expect.poll(() => table(page).getByRole('columnheader', { name: /^Ansvarlig/ }).count()).toBe(0)
    expect(await axeViolations(page, '.column-chooser')).toEqual([])
    await choice.focus()
    await page.keyboard.press('Escape')
    await expect.poll(() => choice.isVisible()).toBe(false)
    expect(await isFocused(button)).toBe(true)

    // The mouse: open it, click somewhere else on the page.
    await button.click()
    await expect.poll(() => choice.isVisible()).toBe(true)
    await page.getByRole('heading', { level: 1 }).click()
    await expect.poll(() => choice.isVisible()).toBe(false)
    expect(await menu.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false)
  })

  it("keeps room for a message at the end of the page: scrolled to the bottom, nothing is under it, the last row's Rediger and Slet included", async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await scrollToEnd(page)
    // The last row deleted at the bottom of the page: the message comes where the rows end.
    await leafRows(page).last().getByRole('button', { name: 'Slet' }).click()
    await expect.poll(() => toast(page).count()).toBe(1)
    await expect.poll(() => leafRows(page).count()).toBe(18)
    const message = toast(page)
    for (const scrolled of [false, true]) {
      if (scrolled) await scrollToEnd(page)
      await expect.poll(async () => overlaps(await box(leafRows(page).last().getByRole('button', { name: 'Slet' })), await box(message))).toBe(false)
      expect(overlaps(await box(leafRows(page).last().getByRole('button', { name: 'Rediger' })), await box(message))).toBe(false)
      // Nothing of the page, down to the end of its footer, is under the message.
      expect((await box(page.locator('footer.app-footer'))).y + (await box(page.locator('footer.app-footer'))).height).toBeLessThanOrEqual((await box(message)).y + 1)
    }
    expect(await axeViolations(page, '.app-toast-region')).toEqual([])
    await message.getByRole('button', { name: 'Fortryd' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(19)
  })

  it('shows a message above an open dialog, and its Fortryd can be clicked there', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await leafRows(page).first().getByRole('button', { name: 'Slet' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(18)
    await page.getByRole('button', { name: 'Eksportér' }).click()
    const dialog = page.getByRole('dialog', { name: 'Eksportér' })
    await dialog.waitFor()

    const undo = page.getByRole('button', { name: 'Fortryd' })
    await expect.poll(() => undo.count()).toBe(1)
    // Whatever is on top where Fortryd is drawn is Fortryd itself, not the backdrop.
    const at = await box(undo)
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, { x: at.x + at.width / 2, y: at.y + at.height / 2 })
    expect(hit).toBe('Fortryd')
    // Still the polite status, now inside the dialog (outside it, the page is inert).
    expect(await dialog.getByRole('status').filter({ hasText: 'er slettet.' }).count()).toBe(1)
    expect(await axeViolations(page, 'dialog')).toEqual([])
    // Playwright's click fails when another element would receive it.
    await undo.click({ timeout: 5000 })
    await expect.poll(() => leafRows(page).count()).toBe(19)
    expect(await dialog.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
  })

  it('a message that comes while a dialog is open appears in it, announced, with a Fortryd that works', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await page.getByRole('button', { name: /^Oversigter/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Oversigter' })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Slet oversigt' }).click()
    const message = dialog.getByRole('status').filter({ hasText: 'Oversigten "Bilag 1 – overblik over indsatser" er slettet.' })
    await expect.poll(() => message.count()).toBe(1)
    await dialog.getByRole('button', { name: 'Fortryd' }).click({ timeout: 5000 })
    await expect.poll(() => page.getByRole('button', { name: 'Oversigter (1)' }).count()).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => leafRows(page).count()).toBe(19)
  })
})

/**
 * Every dialog of the app closes the three ways a user tries — its visible Luk button,
 * Escape, a click on the backdrop — and gives focus back to the button that opened it;
 * and Importér asks before closing loses a table that was typed or pasted.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { hasBrowser, openApp, sessionPerTest } from './browser'

const seed = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/bilag1.txt'), 'utf8')
const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')
const isFocused = (element: Locator) => element.evaluate((el) => el === document.activeElement)
const QUESTION = 'Du har skrevet noget, som ikke er gemt. Vil du lukke uden at gemme?'

/** Each dialog: the button that opens it and the dialog's accessible name. */
const DIALOGS: { opener: (page: Page) => Locator; title: string }[] = [
  { opener: (page) => page.getByRole('button', { name: 'Ny indsats' }), title: 'Ny indsats' },
  { opener: (page) => leafRows(page).nth(2).getByRole('button', { name: 'Rediger' }), title: 'Rediger' },
  { opener: (page) => page.getByRole('button', { name: 'Rediger oversigtens oplysninger' }), title: 'Rediger oversigtens oplysninger' },
  { opener: (page) => page.getByRole('button', { name: 'Importér', exact: true }), title: 'Importér' },
  { opener: (page) => page.getByRole('button', { name: 'Eksportér' }), title: 'Eksportér' },
  { opener: (page) => page.getByRole('button', { name: /^Versioner/ }), title: 'Versioner' },
  { opener: (page) => page.getByRole('button', { name: 'Gem version til møde' }), title: 'Gem version til møde' },
  { opener: (page) => page.getByRole('button', { name: /^Oversigter/ }), title: 'Oversigter' },
  { opener: (page) => page.locator('.app-topbar').getByRole('button', { name: 'Gendan sikkerhedskopi' }), title: 'Gendan sikkerhedskopi' },
]

const WAYS: { name: string; close: (page: Page, dialog: Locator) => Promise<void> }[] = [
  { name: 'its Luk button', close: (_page, dialog) => dialog.getByRole('button', { name: 'Luk', exact: true }).click() },
  { name: 'Escape', close: (page) => page.keyboard.press('Escape') },
  // The backdrop: the window's top left corner is outside every dialog's box.
  { name: 'a click on the backdrop', close: (page) => page.mouse.click(4, 4) },
]

async function openDialog(page: Page, opener: Locator, title: string): Promise<Locator> {
  await opener.click()
  const dialog = page.getByRole('dialog', { name: title })
  await dialog.waitFor()
  return dialog
}

describe.skipIf(!hasBrowser)('dialogs', () => {
  const open = sessionPerTest(openApp)

  it('every dialog closes by Luk, by Escape and by a backdrop click, and focus goes back to its button', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    for (const { opener, title } of DIALOGS) {
      for (const way of WAYS) {
        const button = opener(page)
        const dialog = await openDialog(page, button, title)
        await way.close(page, dialog)
        await expect.poll(() => page.getByRole('dialog').count(), { message: `${title} closed by ${way.name}` }).toBe(0)
        expect(await page.getByText(QUESTION).count(), `${title} asked before closing by ${way.name}`).toBe(0)
        await expect.poll(() => isFocused(button), { message: `focus back on the button of ${title} after ${way.name}` }).toBe(true)
      }
    }
  })

  it('Importér asks before closing once a table is typed or pasted, and keeps it when the user goes on', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const importer = page.getByRole('button', { name: 'Importér', exact: true })
    const dialog = await openDialog(page, importer, 'Importér')
    const area = dialog.getByLabel('Indsæt tabel')

    // Typed, not read yet: Escape asks, inside the dialog; "Fortsæt med at skrive" keeps it all.
    await area.click()
    await page.keyboard.type('Indsatsområde\tABC\tIndsats')
    await page.keyboard.press('Escape')
    const question = dialog.getByRole('alert').filter({ hasText: QUESTION })
    await expect.poll(() => question.count()).toBe(1)
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: 'Fortsæt med at skrive' }))).toBe(true)
    await dialog.getByRole('button', { name: 'Fortsæt med at skrive' }).click()
    await expect.poll(() => question.count()).toBe(0)
    expect(await area.inputValue()).toBe('Indsatsområde\tABC\tIndsats')

    // Pasted and read (a preview): a backdrop click and Luk ask too; "Luk uden at gemme" closes.
    await area.fill('')
    await area.evaluate((element, text) => {
      const clipboard = new DataTransfer()
      clipboard.setData('text/plain', text)
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }))
    }, seed)
    await expect.poll(() => dialog.getByRole('button', { name: 'Importér 19 indsatser' }).count()).toBe(1)
    await page.mouse.click(4, 4)
    await expect.poll(() => question.count()).toBe(1)
    await dialog.getByRole('button', { name: 'Fortsæt med at skrive' }).click()
    await dialog.getByRole('button', { name: 'Luk', exact: true }).click()
    await expect.poll(() => question.count()).toBe(1)
    await dialog.getByRole('button', { name: 'Luk uden at gemme' }).click()
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    await expect.poll(() => isFocused(importer)).toBe(true)
    expect(await leafRows(page).count()).toBe(19)
  })
})

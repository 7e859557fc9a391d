/** The Importér dialog as the import tests drive it. */
import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'

export const mainTable = (page: Page) => page.getByRole('table', { name: 'Indsatser' })
export const leafRows = (page: Page) => mainTable(page).locator('tbody tr.leaf-row')
export const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Importér' })
export const previewRows = (dialog: Locator) => dialog.getByRole('table', { name: 'Rækker, som importeres' }).locator('tbody tr')

/** Opens Importér from the toolbar, once the table has rows (`waitForRows: false` on the empty start page). */
export async function openImport(page: Page, { waitForRows = true } = {}): Promise<Locator> {
  if (waitForRows) await expect.poll(() => leafRows(page).count(), { timeout: 20_000 }).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Importér', exact: true }).click()
  const dialog = importDialog(page)
  await dialog.waitFor()
  return dialog
}

/** A real paste event, as the browser fires it for Ctrl+V, with the clipboard's flavours (a string: plain text). */
export async function pasteInto(dialog: Locator, data: string | { text?: string; html?: string }) {
  await dialog.getByLabel('Indsæt tabel').evaluate((area, { text, html }) => {
    const clipboard = new DataTransfer()
    if (html !== undefined) clipboard.setData('text/html', html)
    if (text !== undefined) clipboard.setData('text/plain', text)
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }))
  }, typeof data === 'string' ? { text: data } : data)
}

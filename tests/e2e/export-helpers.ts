/** Exporting and printing from the built app, as a user does it: the Eksportér dialog, read back from the files. */
import { expect } from 'vitest'
import { readFile, mkdtemp, writeFile } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

export type Scope = 'view' | 'all'

async function openDialog(page: Page, scope: Scope) {
  await page.getByRole('button', { name: 'Eksportér' }).click()
  const dialog = page.getByRole('dialog', { name: 'Eksportér' })
  await dialog.getByRole('radio', { name: scope === 'view' ? /^Den aktuelle visning/ : /^Hele oversigten/ }).check()
  return dialog
}

/** Downloads one format; the file's suggested name and bytes. */
export async function exportAs(page: Page, name: string, scope: Scope = 'view') {
  const dialog = await openDialog(page, scope)
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name, exact: true }).click()])
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain('er hentet')
  const file = { name: download.suggestedFilename(), bytes: await readFile(await download.path()) }
  await page.keyboard.press('Escape')
  return file
}

/** The text of a PDF as `pdftotext -layout` reads it: pages separated by form feeds. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'print-'))
  await writeFile(join(dir, 'bilag.pdf'), pdf)
  return execFileSync('pdftotext', ['-layout', join(dir, 'bilag.pdf'), '-'], { encoding: 'utf8' })
}

/** "Udskriv / PDF", printed by Chromium once the print layout is in the page (the print dialog itself is skipped). */
export async function printToPdf(page: Page, scope: Scope = 'view'): Promise<string> {
  await page.evaluate(() => {
    window.print = () => {}
  })
  const dialog = await openDialog(page, scope)
  await dialog.getByRole('button', { name: 'Udskriv / PDF' }).click()
  await page.locator('.print-root').waitFor({ state: 'attached' })
  return pdfText(await page.pdf({ preferCSSPageSize: true }))
}

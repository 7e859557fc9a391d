/**
 * The README's "Eksport" pictures, made from the built app as a user would:
 * the Bilag 1 example exported to Word (rendered by LibreOffice) and printed to PDF
 * (Chromium), first pages turned into PNG by pdftoppm.
 *   npm run build && npx tsx scripts/export-screenshots.ts
 * Needs LibreOffice and poppler-utils (Debian: libreoffice-writer, poppler-utils).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview } from 'vite'
import { chromium } from 'playwright-core'

const work = mkdtempSync(join(tmpdir(), 'export-shots-'))
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1400, height: 900 } })
  await page.goto(`${server.resolvedUrls?.local[0]}?pr=2021-03-01`)
  await page.locator('tr.leaf-row').first().waitFor()
  await page.evaluate(() => {
    window.print = () => {}
  })

  await page.getByRole('button', { name: 'Eksportér' }).click()
  const dialog = page.getByRole('dialog', { name: 'Eksportér' })
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Word (.docx)' }).click()])
  const docx = join(work, 'bilag.docx')
  await download.saveAs(docx)
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' })
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', join(work, 'bilag.pdf'), join(work, 'word')])
  copyFileSync(join(work, 'word.png'), 'docs/eksport-word.png')

  await dialog.getByRole('button', { name: 'Udskriv / PDF' }).click()
  await page.locator('.print-root tr.print-row').first().waitFor({ state: 'attached' })
  writeFileSync(join(work, 'print.pdf'), await page.pdf({ preferCSSPageSize: true }))
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', join(work, 'print.pdf'), join(work, 'print')])
  copyFileSync(join(work, 'print.png'), 'docs/eksport-pdf.png')
  console.log('wrote docs/eksport-word.png and docs/eksport-pdf.png')
} finally {
  await browser.close()
  await server.close()
}

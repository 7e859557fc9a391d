/**
 * The README's picture of the import preview's column mapping (docs/import-mapping.png): a
 * real-shaped table pasted into Importér — a title with the year, a note above the table, a
 * department, a period, an amount and status words — and how the preview says each column is
 * read. `npx tsx scripts/import-screenshot.ts` after `npm run build`. Not part of the tests.
 */
import { preview } from 'vite'
import { chromium } from 'playwright-core'

const table = [
  'Sager på vej i 2025',
  'Listen opdateres hver måned af sekretariatet og sendes til udvalget.',
  'Sag\tAfd.\tForventet fremsendt\tPeriode\tBudget\tStatus',
  'Ny skolestruktur\tBørn og Unge\tSeptember\tEfterår\t12.500\tI afsluttende proces',
  'Ny busplan\tTeknik og Miljø\tOktober\t2026\t3.000\tudskudt',
  'Ny cykelsti langs Ringvejen\tTeknik og Miljø\tNovember\tHele året\t750\tGodkendt',
].join('\n')

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' })
const url = server.resolvedUrls?.local[0] ?? ''
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'da-DK' })
  await page.goto(url)
  await page.getByRole('table', { name: 'Indsatser' }).locator('tr.leaf-row').first().waitFor()
  await page.getByRole('button', { name: 'Importér', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Importér' })
  await dialog.getByLabel('Indsæt tabel').evaluate((area, text) => {
    const clipboard = new DataTransfer()
    clipboard.setData('text/plain', text)
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }))
  }, table)
  const decisions = dialog.locator('.import-decisions')
  await decisions.waitFor()
  await decisions.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const box = await decisions.boundingBox()
  if (!box) throw new Error('the column mapping is not on screen')
  // The list is narrow: the picture keeps to the text, not the dialog's empty right half.
  await page.screenshot({ path: 'docs/import-mapping.png', clip: { x: box.x - 12, y: box.y - 12, width: 720, height: box.height + 20 } })
  console.log('wrote docs/import-mapping.png')
  if (process.env.FULL) {
    await dialog.locator('.import-set').scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/import-dialog.png', fullPage: false })
  }
} finally {
  await browser.close()
  await server.close()
}

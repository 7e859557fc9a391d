/**
 * Takes the README screenshots from the built app in Chromium: `npx tsx scripts/screenshot.ts`
 * (after `npm run build`). Not part of the tests.
 */
import { preview } from 'vite'
import { chromium } from 'playwright-core'

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' })
const url = server.resolvedUrls?.local[0] ?? ''
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'da-DK' })
  await page.goto(`${url}?pr=2021-03-01`)
  await page.getByRole('table', { name: 'Indsatser' }).locator('tr.leaf-row').first().waitFor()
  await page.screenshot({ path: 'docs/screenshot.png' })
  console.log('wrote docs/screenshot.png')
} finally {
  await browser.close()
  await server.close()
}

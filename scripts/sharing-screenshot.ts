/**
 * The README's picture of a shared overview in two windows (docs/samarbejde.png):
 * `npm run build && npx tsx scripts/sharing-screenshot.ts`. Starts the sync server on
 * loopback with a temporary data folder, shares the example in one browser, opens it with
 * a reader's key in another, changes a row in the first, and puts both windows side by side.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'

const ROOT = resolve(import.meta.dirname, '..')
const data = mkdtempSync(join(tmpdir(), 'indsats-screenshot-'))
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], { cwd: ROOT, env: { ...process.env, SYNC_DATA: data } }).toString().trimEnd().split('\n').at(-1)!
const editorKey = cli('user', 'add', 'Mette Holm', '--role', 'editor')
const readerKey = cli('user', 'add', 'Lars Juul', '--role', 'reader')
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: { ...process.env, SYNC_PORT: '0', SYNC_DATA: data, SYNC_APP: join(ROOT, 'dist') } })
const url = await new Promise<string>((done) => {
  let output = ''
  server.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    const match = /listening on (http:\/\/\S+)/.exec(output)
    if (match) done(match[1]!)
  })
})
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const openWindow = async () => (await browser.newContext({ viewport: { width: 960, height: 760 }, locale: 'da-DK' })).newPage()
const rows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tr.leaf-row')
try {
  const [a, b] = [await openWindow(), await openWindow()]
  await a.goto(`${url}?pr=2021-03-01`)
  await rows(a).first().waitFor()
  await a.getByRole('button', { name: 'Del oversigt' }).click()
  const share = a.getByRole('dialog', { name: 'Del oversigt' })
  await share.getByLabel('Adgangsnøgle').fill(editorKey)
  await share.getByRole('button', { name: 'Del', exact: true }).click()
  const link = await share.getByLabel('Link til oversigten').inputValue()
  await share.getByRole('button', { name: 'Luk' }).click()
  await b.goto(link)
  await b.getByRole('button', { name: 'Åbn delt oversigt' }).click()
  const join = b.getByRole('dialog', { name: 'Åbn delt oversigt' })
  await join.getByLabel('Adgangsnøgle').fill(readerKey)
  await join.getByRole('button', { name: 'Åbn', exact: true }).click()
  await b.getByText('Kun læseadgang').waitFor()
  await rows(a).filter({ hasText: 'Dagtilbudsledelsesuddannelse' }).getByRole('button', { name: 'Rediger' }).click()
  const form = a.getByRole('dialog', { name: 'Rediger' })
  await form.getByLabel('Ansvarlig', { exact: true }).fill('Mette Holm')
  await form.getByRole('button', { name: 'Gem', exact: true }).click()
  await rows(b).filter({ hasText: 'Mette Holm' }).first().waitFor()
  const shots = await Promise.all([a, b].map(async (page) => (await page.screenshot()).toString('base64')))
  const sheet = await (await browser.newContext({ viewport: { width: 1940, height: 800 } })).newPage()
  await sheet.setContent(
    `<body style="margin:0;background:#5a5a5a;display:flex;gap:20px;padding:20px 0 20px 0;justify-content:center">${shots.map((s) => `<img src="data:image/png;base64,${s}" style="width:940px;border:1px solid #000">`).join('')}</body>`,
  )
  await sheet.screenshot({ path: 'docs/samarbejde.png', fullPage: true })
  console.log('wrote docs/samarbejde.png')
} finally {
  await browser.close()
  server.kill('SIGTERM')
  setTimeout(() => rmSync(data, { recursive: true, force: true }), 500)
}

/**
 * After the first visit the app opens and works with the network off: the service
 * worker precaches the whole build (lazy export/import chunks and fonts included),
 * and the data is in IndexedDB. The web app manifest makes it installable.
 */
import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { hasBrowser, openApp, sessionPerTest } from './browser'

const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')
const rowWith = (page: Page, text: string) => leafRows(page).filter({ hasText: text })

/** Waits until the service worker is active (precache done) and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 15_000 }).toBe('activated')
}

async function exportAs(page: Page, name: string) {
  await page.getByRole('button', { name: 'Eksportér' }).click()
  const dialog = page.getByRole('dialog', { name: 'Eksportér' })
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name, exact: true }).click()])
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain('er hentet')
  const bytes = await readFile(await download.path())
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
  return { name: download.suggestedFilename(), bytes }
}

describe.skipIf(!hasBrowser)('offline after the first visit', () => {
  // The network comes back before the check, so a closing page logs nothing about it.
  const open = sessionPerTest(openApp, (session) => session.context.setOffline(false))

  it('opens, edits, keeps the edit across reloads and exports, all with the network off', async () => {
    const session = await open()
    const { page, context } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await waitForServiceWorker(page)

    await context.setOffline(true)
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
    // From here on, everything must come from the service worker (not the HTTP cache).
    const served: { url: string; fromServiceWorker: boolean }[] = []
    page.on('response', (r) => {
      if (r.url().startsWith('http')) served.push({ url: new URL(r.url()).pathname, fromServiceWorker: r.fromServiceWorker() })
    })

    const response = await page.reload()
    expect(response?.fromServiceWorker()).toBe(true)
    await expect.poll(() => leafRows(page).count()).toBe(19)

    const row = rowWith(page, 'Dagtilbudsledelsesuddannelse')
    await row.getByRole('button', { name: 'Rediger' }).click()
    const edit = page.getByRole('dialog', { name: 'Rediger' })
    await edit.getByLabel('Ansvarlig').fill('Sekretariatet offline')
    await edit.getByRole('button', { name: 'Gem' }).click()
    await edit.waitFor({ state: 'detached' })
    await expect.poll(() => row.textContent()).toContain('Sekretariatet offline')

    await page.reload()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await expect.poll(() => rowWith(page, 'Dagtilbudsledelsesuddannelse').textContent()).toContain('Sekretariatet offline')

    // The writers are lazy chunks: they come from the precache too.
    const csv = await exportAs(page, 'CSV')
    expect(csv.name.endsWith('.csv')).toBe(true)
    expect(csv.bytes.toString('utf8')).toContain('Sekretariatet offline')
    const xlsx = await exportAs(page, 'Excel (.xlsx)')
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK')
    const docx = await exportAs(page, 'Word (.docx)')
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK')

    // So is the import dialog.
    await page.getByRole('button', { name: 'Importér', exact: true }).click()
    await page.getByRole('dialog', { name: 'Importér' }).getByLabel('Indsæt tabel').waitFor()
    await page.keyboard.press('Escape')

    expect(served.filter((r) => !r.fromServiceWorker)).toEqual([])
    for (const chunk of [/\/assets\/index-.*\.js$/, /\/assets\/exceljs.*\.js$/, /\/assets\/ImportDialog-.*\.js$/, /\.woff2?$/]) {
      expect(served.some((r) => chunk.test(r.url)), String(chunk)).toBe(true)
    }

    // The DKFDS faces the page uses came from the cache (a failed one would also be a console error).
    const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('IBM Plex Sans') && f.status !== 'unloaded').map((f) => `${f.weight}:${f.status}`))
    expect(faces.length).toBeGreaterThan(0)
    expect(faces.every((f) => f.endsWith(':loaded')), faces.join(', ')).toBe(true)
  })

  it('links a manifest in Danish with 192 and 512 icons that load, and is installable', async () => {
    const session = await open()
    const { page, context } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(href).toBeTruthy()
    const manifestUrl = new URL(href!, page.url())
    const response = await context.request.get(manifestUrl.toString())
    expect(response.ok()).toBe(true)
    const manifest = JSON.parse(await response.text())
    expect(manifest).toMatchObject({ name: 'Indsatsoverblik', lang: 'da', display: 'standalone' })
    expect(manifest.short_name.length).toBeLessThanOrEqual(12)
    expect(manifest.description).toMatch(/indsatser/)
    // start_url and scope are relative, so the app works from any folder.
    expect(manifest.start_url).toBe('./')
    expect(manifest.scope).toBe('./')
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)

    const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons
    for (const size of ['192x192', '512x512']) expect(icons.some((i) => i.sizes === size && i.type === 'image/png' && (i.purpose ?? 'any').includes('any'))).toBe(true)
    expect(icons.some((i) => i.purpose?.includes('maskable'))).toBe(true)
    for (const icon of icons.filter((i) => i.type === 'image/png')) {
      const url = new URL(icon.src, manifestUrl).toString()
      const [width, height] = icon.sizes.split('x').map(Number)
      const loaded = await page.evaluate(async (src) => {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob())
        return [bitmap.width, bitmap.height]
      }, url)
      expect(loaded, icon.src).toEqual([width, height])
    }

    await waitForServiceWorker(page)
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    // A fresh test context is an incognito-like profile, where Chromium never offers to install.
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([])
  })
})

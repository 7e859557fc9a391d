/**
 * The built app's Content-Security-Policy, and that nothing leaves the machine: a
 * whole working session (load, search, add, export every format, print, import by
 * paste, by clipboard HTML and by .xlsx file) runs under the policy with no
 * `securitypolicyviolation`, and every request the page, its workers and its service
 * worker make goes to the app's own origin.
 */
import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import type { BrowserContext, Page } from 'playwright-core'
import ExcelJS from 'exceljs'
import { baseUrl, hasBrowser, launch, sessionPerTest, watch } from './browser'

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'"

interface Guarded {
  context: BrowserContext
  page: Page
  consoleErrors: string[]
  violations: string[]
  foreign: string[]
  close: () => Promise<void>
}

/** A fresh profile whose every page reports CSP violations and whose every request is checked for its origin. */
async function openGuarded(): Promise<Guarded> {
  const context = await (await launch()).newContext({ acceptDownloads: true, locale: 'da-DK', viewport: { width: 1400, height: 900 } })
  const origin = new URL(baseUrl).origin
  const violations: string[] = []
  const foreign: string[] = []
  await context.exposeFunction('__reportCspViolation', (text: string) => violations.push(text))
  // Runs before any of the app's code on every page load, reloads included.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`)
    })
  })
  // context-level: includes requests from the service worker and any worker.
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.origin !== origin) foreign.push(`${request.method()} ${request.url()}`)
  })
  const consoleErrors: string[] = []
  const page = await context.newPage()
  watch(page, consoleErrors)
  page.on('websocket', (socket) => foreign.push(`websocket ${socket.url()}`))
  await page.goto(baseUrl)
  return { context, page, consoleErrors, violations, foreign, close: () => context.close() }
}

const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')

async function exportAs(page: Page, name: string) {
  await page.getByRole('button', { name: 'Eksportér' }).click()
  const dialog = page.getByRole('dialog', { name: 'Eksportér' })
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name, exact: true }).click()])
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain('er hentet')
  const bytes = await readFile(await download.path())
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
  return bytes
}

const IMPORT_HEADER = ['Indsatsområde', 'ABC', 'Indsats', 'Hvordan implementeres det', 'Hvornår forventes det implementeret', 'Ansvarlig']

/** Opens Importér, lets `provide` hand it a table, then imports into the open overview. */
async function importInto(page: Page, provide: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, rows: number) {
  const before = await leafRows(page).count()
  await page.getByRole('button', { name: 'Importér', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Importér' })
  await dialog.waitFor()
  await provide(dialog)
  const commit = dialog.getByRole('button', { name: new RegExp(`^Importér ${rows} indsats`) })
  await commit.waitFor()
  await dialog.getByLabel('Tilføj til denne oversigt').check()
  await commit.click()
  await dialog.waitFor({ state: 'detached' })
  await expect.poll(() => leafRows(page).count()).toBe(before + rows)
}

describe('the built index.html', () => {
  it('carries exactly the Content-Security-Policy, first in <head>, and no inline script or style', async () => {
    const html = await readFile(new URL('../../dist/index.html', import.meta.url), 'utf8')
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)]
    expect(metas).toHaveLength(1)
    expect(metas[0]![1]).toBe(EXPECTED_CSP)
    // Before every script, stylesheet and link it governs.
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'))
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.search(/<(script|link|style)\b/))
    expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/)
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">')
  })
})

describe.skipIf(!hasBrowser)('the app under its Content-Security-Policy', () => {
  const open = sessionPerTest(openGuarded)

  it('runs a whole session — search, add, export Word/Excel/CSV, print, import paste/HTML/xlsx — with no violation and no other origin', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)

    await page.getByLabel('Søg').fill('klageenhed')
    await expect.poll(() => leafRows(page).count()).toBe(1)
    await page.getByLabel('Søg').fill('')
    await expect.poll(() => leafRows(page).count()).toBe(19)

    await page.getByRole('button', { name: 'Ny indsats' }).click()
    const form = page.getByRole('dialog', { name: 'Ny indsats' })
    await form.getByLabel('Indsatsområde').fill('Styrket administrativ praksis')
    await form.getByLabel('Kategori').selectOption('B')
    await form.getByLabel('Indsats', { exact: true }).fill('Ny procedure for aktindsigt')
    await form.getByLabel('Hvornår forventes det implementeret').fill('Implementeres i 3. kvartal 2021')
    await form.getByLabel('Ansvarlig').fill('Jura')
    await form.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(20)

    // Each loads its writer (docx, exceljs, papaparse) on first use.
    const docx = await exportAs(page, 'Word (.docx)')
    const xlsx = await exportAs(page, 'Excel (.xlsx)')
    const csv = await exportAs(page, 'CSV')
    for (const file of [docx, xlsx]) expect(file.subarray(0, 2).toString()).toBe('PK')
    expect(csv.toString('utf8')).toContain('Ny procedure for aktindsigt')

    // Typed (or plain-text pasted) tab-separated table.
    const tsv = [IMPORT_HEADER, ['Tilsyn', 'A', 'Importeret fra tekst', 'Forvaltningen', 'Inden udgangen af 2021', 'Jura']].map((r) => r.join('\t')).join('\n')
    await importInto(
      page,
      async (dialog) => {
        await dialog.getByLabel('Indsæt tabel').fill(tsv)
        await dialog.getByRole('button', { name: 'Læs tabellen' }).click()
      },
      1,
    )
    await expect.poll(() => leafRows(page).filter({ hasText: 'Importeret fra tekst' }).count()).toBe(1)

    // A paste from Word/Excel: the clipboard's HTML is parsed (DOMParser, inert).
    const html = `<table><tr>${IMPORT_HEADER.map((h) => `<td>${h}</td>`).join('')}</tr><tr><td>Tilsyn</td><td>B</td><td>Importeret fra HTML</td><td>Forvaltningen</td><td>1. kvartal 2022</td><td>HR</td></tr></table>`
    const text = [IMPORT_HEADER, ['Tilsyn', 'B', 'Importeret fra HTML', 'Forvaltningen', '1. kvartal 2022', 'HR']].map((r) => r.join('\t')).join('\n')
    await importInto(
      page,
      async (dialog) => {
        await dialog.getByLabel('Indsæt tabel').evaluate(
          (box, data) => {
            const clipboard = new DataTransfer()
            clipboard.setData('text/html', data.html)
            clipboard.setData('text/plain', data.text)
            box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }))
          },
          { html, text },
        )
      },
      1,
    )
    await expect.poll(() => leafRows(page).filter({ hasText: 'Importeret fra HTML' }).count()).toBe(1)

    // An .xlsx file: read with exceljs in the page.
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Indsatser')
    sheet.addRow(IMPORT_HEADER)
    sheet.addRow(['Tilsyn', 'C', 'Importeret fra Excel', 'Forvaltningen', 'Foråret 2022', 'Økonomi'])
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer())
    await importInto(
      page,
      async (dialog) => {
        await dialog.getByLabel('Vælg fil').setInputFiles({ name: 'indsatser.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer })
      },
      1,
    )
    await expect.poll(() => leafRows(page).filter({ hasText: 'Importeret fra Excel' }).count()).toBe(1)

    // Print view: its stylesheet is a lazily loaded file (style-src 'self').
    await page.evaluate(() => {
      window.print = () => {}
    })
    await page.getByRole('button', { name: 'Eksportér' }).click()
    await page.getByRole('dialog', { name: 'Eksportér' }).getByRole('button', { name: 'Udskriv / PDF' }).click()
    await page.locator('.print-root').waitFor({ state: 'attached' })

    // And across a reload (the service worker now serves the app).
    await page.reload()
    await expect.poll(() => leafRows(page).count()).toBe(23)

    expect(session.violations).toEqual([])
    expect(session.foreign).toEqual([])
  })

  it('is really enforced: an injected inline script is blocked and reported', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.head.append(script)
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
    })
    expect(ran).toBe(false)
    await expect.poll(() => session!.violations.length).toBe(1)
    expect(session.violations[0]).toMatch(/^script-src-elem blocked inline/)
    // Chromium also logs the refusal; that one is expected here.
    expect(session.consoleErrors.every((e) => e.includes('Content Security Policy'))).toBe(true)
    session.consoleErrors.length = 0
    expect(session.foreign).toEqual([])
  })
})

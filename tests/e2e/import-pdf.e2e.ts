/**
 * PDFs through Vælg fil in real Chromium: pdf.js loads on demand and parses in its worker
 * under the app's Content-Security-Policy (any violation or console error fails the test).
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { importDialog, leafRows, mainTable, openImport, previewRows } from './import-helpers'
import { importErrorMessages } from '../../src/strings/import-dialog'

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures')
const expected = JSON.parse(readFileSync(resolve(fixtures, 'bilag1.expected.json'), 'utf8')) as {
  title: string
  initiatives: { title: string; deadlineText: string }[]
}

const eventually = <T>(read: () => Promise<T> | T, timeout = 20_000) => expect.poll(read, { timeout })
const commitButton = (dialog: Locator) => dialog.getByRole('button', { name: /^Importér/ })


describe.skipIf(!hasBrowser)('Importér a PDF in the browser', () => {
  const open = sessionPerTest(openApp)

  it('reads the seed as .pdf from Vælg fil and imports its 19 rows into the open overview', async () => {
    const { page } = await open()
    const requests: string[] = []
    const workers: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname))
    await eventually(() => leafRows(page).count()).toBe(19)
    // pdf.js is not part of the first load: nothing of it is fetched before a PDF is chosen.
    expect(requests.filter((path) => /pdf/i.test(path))).toEqual([])
    const dialog = await openImport(page)
    await dialog.getByLabel('Vælg fil').setInputFiles(resolve(fixtures, 'import/bilag1.pdf'))
    await eventually(() => previewRows(dialog).count()).toBe(19)
    // …and then its worker is, from the app's own origin, running as a real Worker (not
    // pdf.js's fallback on the main thread).
    expect(requests.some((path) => /^\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/.test(path))).toBe(true)
    expect(workers).toContainEqual(expect.stringMatching(/^\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/))
    expect(await dialog.getByText(/bilag1\.pdf/).count()).toBeGreaterThan(0)
    expect(await previewRows(dialog).locator('td:nth-child(4)').allTextContents()).toEqual(expected.initiatives.map((r) => r.title))
    expect(await dialog.getByLabel('Titel på ny oversigt').inputValue()).toBe(expected.title)
    expect(await commitButton(dialog).textContent()).toBe('Importér 19 indsatser')
    expect(await axeViolations(page)).toEqual([])

    await dialog.getByLabel('Tilføj til denne oversigt').check()
    await commitButton(dialog).click()
    await eventually(() => importDialog(page).count()).toBe(0)
    await eventually(() => leafRows(page).count()).toBe(38)
    const titles = await mainTable(page).locator('tbody td.col-title').allTextContents()
    for (const row of expected.initiatives) expect(titles.filter((t) => t === row.title)).toHaveLength(2)
    const deadlines = await mainTable(page).locator('tbody td.col-deadlineText').allTextContents()
    for (const row of expected.initiatives) expect(deadlines).toContain(row.deadlineText)
  })

  it('shows a real table as .pdf with its column mapping, and a scan with one sentence', async () => {
    const { page } = await open()
    const dialog = await openImport(page)
    const file = dialog.getByLabel('Vælg fil')
    await file.setInputFiles(resolve(fixtures, 'tables/table-naturstyrelsen-rosborg.pdf'))
    await eventually(() => previewRows(dialog).count()).toBe(12)
    expect(await dialog.getByText('Milepæle → Indsats').count()).toBe(1)
    expect(await dialog.getByText('Slutdato → Hvornår forventes det implementeret').count()).toBe(1)
    expect(await commitButton(dialog).textContent()).toBe('Importér 12 indsatser')
    expect(await axeViolations(page)).toEqual([])

    await file.setInputFiles(resolve(fixtures, 'import/bilag1-scanned.pdf'))
    await eventually(() => dialog.getByRole('alert').textContent()).toBe(importErrorMessages['no-text-layer'])
    expect(await previewRows(dialog).count()).toBe(0)
    expect(await commitButton(dialog).isDisabled()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
  })
})

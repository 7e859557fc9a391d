/**
 * The example overview a new browser opens on, in real Chromium: it says it is an example,
 * it can be deleted (with Fortryd), and the user's first import or restored backup takes
 * its place instead of landing beside it.
 */
import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { dumpDatabase } from './stored'

const seed = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/bilag1.txt'), 'utf8')
const EXAMPLE_TITLE = 'Bilag 1 – overblik over indsatser'
const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')
const banner = (page: Page) => page.getByRole('region', { name: 'Eksempel' })
const heading = (page: Page) => page.getByRole('heading', { level: 1 })
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text })

const dump = dumpDatabase

describe.skipIf(!hasBrowser)('the example overview', () => {
  const open = sessionPerTest(openApp)

  it('says it is an example, and Slet eksemplet deletes it with Fortryd', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    expect(await banner(page).textContent()).toContain(
      'Dette er et eksempel: Bilag 1 fra mødet i Børne- og Ungdomsudvalget den 20. januar 2021. Importér din egen tabel, eller start en tom oversigt.',
    )
    expect(await axeViolations(page, '.example-banner')).toEqual([])

    await banner(page).getByRole('button', { name: 'Slet eksemplet' }).click()
    await expect.poll(() => status(page, 'Eksemplet er slettet.').count()).toBe(1)
    await expect.poll(() => heading(page).textContent()).toBe('Indsatsoverblik')
    expect(await page.getByRole('button', { name: 'Oversigter (0)' }).count()).toBe(1)
    expect(await banner(page).count()).toBe(0)

    await page.getByRole('button', { name: 'Fortryd' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    expect(await heading(page).textContent()).toBe(EXAMPLE_TITLE)
    await expect.poll(() => banner(page).count()).toBe(1)
  })

  it('the first import takes the untouched example’s place, says so before and after, and Fortryd import brings it back exactly', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const before = await dump(page)

    await banner(page).getByRole('button', { name: 'Importér din egen tabel' }).click()
    const dialog = page.getByRole('dialog', { name: 'Importér' })
    await dialog.waitFor()
    const notice = 'Importerer du til en ny oversigt, erstatter den eksemplet, som du ikke har ændret i.'
    await expect.poll(() => dialog.getByText(notice, { exact: false }).count()).toBe(1)
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByLabel('Indsæt tabel').fill(seed)
    await dialog.getByRole('button', { name: 'Læs tabellen' }).click()
    await dialog.getByLabel('Titel på ny oversigt').fill('Bilag 1 – vores egen')
    await dialog.getByRole('button', { name: 'Importér 19 indsatser' }).click()

    await expect.poll(() => status(page, '19 indsatser er importeret. Eksemplet er fjernet.').count()).toBe(1)
    await expect.poll(() => heading(page).textContent()).toBe('Bilag 1 – vores egen')
    expect(await page.getByRole('button', { name: 'Oversigter (1)' }).count()).toBe(1)
    expect(await banner(page).count()).toBe(0)

    await page.getByRole('button', { name: 'Fortryd import' }).click()
    await expect.poll(() => status(page, 'Importen er fortrudt.').count()).toBe(1)
    await expect.poll(() => heading(page).textContent()).toBe(EXAMPLE_TITLE)
    await expect.poll(() => banner(page).count()).toBe(1)
    expect(await dump(page)).toBe(before)
  })

  it('keeps the example once it has been changed: an import then goes beside it', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await leafRows(page).first().getByRole('button', { name: 'Slet' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(18)
    await page.getByRole('button', { name: 'Importér', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Importér' })
    await dialog.getByLabel('Indsæt tabel').fill(seed)
    await dialog.getByRole('button', { name: 'Læs tabellen' }).click()
    await expect.poll(() => dialog.getByRole('button', { name: 'Importér 19 indsatser' }).count()).toBe(1)
    expect(await dialog.getByText(/erstatter den eksemplet/).count()).toBe(0)
    await dialog.getByRole('button', { name: 'Importér 19 indsatser' }).click()
    await expect.poll(() => status(page, '19 indsatser er importeret.').count()).toBe(1)
    expect(await status(page, 'Eksemplet er fjernet.').count()).toBe(0)
    await expect.poll(() => page.getByRole('button', { name: 'Oversigter (2)' }).count()).toBe(1)
  })

  it('a link from another computer: Gendan sikkerhedskopi replaces the untouched example without a safety copy and opens the linked overview', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    // A backup "from another computer": this browser's, with its own overview id and title.
    await page.getByRole('button', { name: 'Eksportér' }).click()
    const exporter = page.getByRole('dialog', { name: 'Eksportér' })
    const [download] = await Promise.all([page.waitForEvent('download'), exporter.getByRole('button', { name: 'Sikkerhedskopi (JSON)' }).click()])
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as { overviews: { id: string; title: string }[]; initiatives: { overviewId: string }[] }
    const theirs = crypto.randomUUID()
    for (const overview of file.overviews) Object.assign(overview, { id: theirs, title: 'Bilag 1 – fra den anden computer' })
    for (const row of file.initiatives) row.overviewId = theirs
    await page.keyboard.press('Escape')

    const link = `/?o=${theirs}&kat=C`
    await page.goto(new URL(link, page.url()).toString())
    await expect.poll(() => page.getByRole('heading', { name: 'Oversigten findes ikke i denne browser' }).count()).toBe(1)
    const downloads: string[] = []
    page.on('download', (d) => downloads.push(d.suggestedFilename()))
    await page.locator('.missing-overview').getByRole('button', { name: 'Gendan sikkerhedskopi' }).click()
    const dialog = page.getByRole('dialog', { name: 'Gendan sikkerhedskopi' })
    await dialog.getByLabel('Vælg sikkerhedskopi').setInputFiles({ name: 'fra den anden computer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })
    await expect.poll(() => dialog.getByLabel('Erstat alt').isChecked()).toBe(true)
    expect(await dialog.getByText(/Eksemplet i denne browser erstattes af sikkerhedskopien/).count()).toBe(1)
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByRole('button', { name: 'Gendan', exact: true }).click()

    const result = dialog.locator('.backup-result')
    await expect.poll(() => result.textContent()).toContain('Gendannet: 1 oversigt og 19 indsatser.')
    expect(await result.textContent()).toContain('Eksemplet er fjernet.')
    // Behind the dialog, the linked overview is open, with the link's own filter.
    await expect.poll(() => heading(page).textContent()).toBe('Bilag 1 – fra den anden computer')
    await dialog.getByRole('button', { name: 'Luk', exact: true }).click()
    await expect.poll(() => leafRows(page).count()).toBe(4)
    expect(page.url()).toBe(new URL(link, page.url()).toString())
    expect(await page.getByRole('button', { name: 'Oversigter (1)' }).count()).toBe(1)
    expect(await banner(page).count()).toBe(0)
    expect(downloads).toEqual([])
  })
})

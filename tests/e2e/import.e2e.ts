/** Importér in real Chromium: pastes (plain and Word HTML), files, the keyboard alone, undo, and a big paste. */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { importDialog, leafRows, mainTable, openImport, pasteInto, previewRows } from './import-helpers'
import { readStores } from './stored'
import { importErrorMessages } from '../../src/strings/import-dialog'

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures')
const seed = readFileSync(resolve(fixtures, 'bilag1.txt'), 'utf8')
const wordHtml = readFileSync(resolve(fixtures, 'import/bilag1-word-clipboard.html'), 'utf8')
const expected = JSON.parse(readFileSync(resolve(fixtures, 'bilag1.expected.json'), 'utf8')) as {
  title: string
  initiatives: { title: string; deadlineText: string }[]
}

/** expect.poll with room for a busy machine (the default gives up after one second). */
const eventually = <T>(read: () => Promise<T> | T, timeout = 10_000) => expect.poll(read, { timeout })

const groupRows = (page: Page) => mainTable(page).locator('tbody tr.group-row')
const commitButton = (dialog: Locator) => dialog.getByRole('button', { name: /^Importér/ })



/** Every record of the app's two stores, read with the raw IndexedDB API. */
async function snapshot(page: Page) {
  const { overviews, rowPages } = await readStores(page)
  const pages = rowPages as { rows: unknown[] }[]
  return { overviews: overviews ?? [], rowPages: pages, initiatives: pages.flatMap((p) => p.rows) }
}

/** The focused element's accessible name, roughly as a screen reader says it. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return ''
    const labelled = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent
    return (labelled ?? el.textContent ?? '').trim()
  })

/** Presses Tab (or Shift+Tab) until the focused element has this name. */
async function tabTo(page: Page, name: string | RegExp, { back = false, max = 150 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const current = await focusedName(page)
    if (typeof name === 'string' ? current === name : name.test(current)) return
  }
  throw new Error(`never reached ${String(name)} with the keyboard`)
}

describe.skipIf(!hasBrowser)('Importér in the browser', () => {
  const open = sessionPerTest(openApp)

  it('pastes Bilag 1 as plain text (typed and as a paste event) and imports it as a new overview', async () => {
    const session = await open()
    const { page } = session
    const dialog = await openImport(page)
    const openBefore = new URL(page.url()).searchParams.get('o')

    await dialog.getByLabel('Indsæt tabel').fill(seed)
    await dialog.getByRole('button', { name: 'Læs tabellen' }).click()
    await eventually(() => previewRows(dialog).count()).toBe(19)
    expect(await dialog.getByText('19 rækker fundet. Ingen skal rettes.').count()).toBe(1)
    expect(await dialog.getByText(/^Skal rettes:/).count()).toBe(0)
    expect(await commitButton(dialog).textContent()).toBe('Importér 19 indsatser')

    // The same text as a real paste event replaces it and reads the same.
    await dialog.getByLabel('Indsæt tabel').fill('')
    await pasteInto(dialog, { text: seed })
    await eventually(() => previewRows(dialog).count()).toBe(19)
    expect(await dialog.getByLabel('Indsæt tabel').inputValue()).toBe(seed)
    expect(await commitButton(dialog).textContent()).toBe('Importér 19 indsatser')
    expect(await dialog.getByLabel('Titel på ny oversigt').inputValue()).toBe(expected.title)

    await dialog.getByLabel('Ny oversigt', { exact: true }).check()
    await commitButton(dialog).click()
    await eventually(() => importDialog(page).count()).toBe(0)
    // The browser held only the untouched example: the import takes its place (tests/e2e/example.e2e.ts).
    await eventually(() => page.getByRole('status').filter({ hasText: '19 indsatser er importeret. Eksemplet er fjernet.' }).count()).toBe(1)
    // The new overview is open: its id is in the URL, and it holds the 19 rows in the database.
    await eventually(() => new URL(page.url()).searchParams.get('o')).not.toBe(openBefore)
    const openNow = new URL(page.url()).searchParams.get('o')
    const stored = await snapshot(page)
    expect(stored.overviews).toHaveLength(1)
    expect(stored.overviews.find((o) => (o as { id: string }).id === openNow)).toMatchObject({ title: expected.title, meetingDate: '' })
    expect(stored.initiatives.filter((i) => (i as { overviewId: string }).overviewId === openNow)).toHaveLength(19)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(expected.title)
    await eventually(() => leafRows(page).count()).toBe(19)
    expect(await groupRows(page).count()).toBe(3)
    expect(await mainTable(page).locator('tbody td.col-title').allTextContents()).toEqual(expected.initiatives.map((r) => r.title))
    expect(await mainTable(page).locator('tbody td.col-deadlineText').allTextContents()).toEqual(expected.initiatives.map((r) => r.deadlineText))
    expect(await page.locator('.table-summary').textContent()).toMatch(/^19 indsatser/)
  })

  it("pastes Word's clipboard HTML", async () => {
    const session = await open()
    const { page } = session
    const dialog = await openImport(page)
    await pasteInto(dialog, { html: wordHtml })
    await eventually(() => previewRows(dialog).count()).toBe(19)
    expect(await dialog.getByText('Indsat tabel fra Word, Excel eller en webside').count()).toBe(1)
    expect(await commitButton(dialog).textContent()).toBe('Importér 19 indsatser')
    expect(await previewRows(dialog).locator('td:nth-child(4)').allTextContents()).toEqual(expected.initiatives.map((r) => r.title))
  })

  it('reads a Word document (.docx) from Vælg fil, and a real table as .docx with its column mapping', async () => {
    const session = await open()
    const { page } = session
    const dialog = await openImport(page)
    const file = dialog.getByLabel('Vælg fil')
    await file.setInputFiles(resolve(fixtures, 'import/bilag1.docx'))
    await eventually(() => previewRows(dialog).count()).toBe(19)
    expect(await previewRows(dialog).locator('td:nth-child(4)').allTextContents()).toEqual(expected.initiatives.map((r) => r.title))
    expect(await commitButton(dialog).textContent()).toBe('Importér 19 indsatser')

    await file.setInputFiles(resolve(fixtures, 'tables/table-naturstyrelsen-rosborg.docx'))
    await eventually(() => previewRows(dialog).count()).toBe(12)
    expect(await dialog.getByText('Milepæle → Indsats').count()).toBe(1)
    expect(await dialog.getByText('Slutdato → Hvornår forventes det implementeret').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
  })

  it('reads the .xlsx (choosing its sheet) and the Windows-1252 CSV from Vælg fil', async () => {
    const session = await open()
    const { page } = session
    const dialog = await openImport(page)
    const file = dialog.getByLabel('Vælg fil')

    await file.setInputFiles(resolve(fixtures, 'import/bilag1.xlsx'))
    await eventually(() => previewRows(dialog).count()).toBe(19)
    const sheet = dialog.getByLabel('Ark', { exact: true })
    expect(await sheet.locator('option').allTextContents()).toEqual(['Noter', 'Bilag 1'])
    expect(await sheet.inputValue()).toBe('Bilag 1')
    // The notes sheet has no table: one sentence, and the chooser stays to pick another.
    await sheet.selectOption('Noter')
    await eventually(() => dialog.getByRole('alert').textContent()).toContain('Der blev ikke fundet en tabel')
    expect(await previewRows(dialog).count()).toBe(0)
    await sheet.selectOption('Bilag 1')
    await eventually(() => previewRows(dialog).count()).toBe(19)
    expect(await commitButton(dialog).textContent()).toBe('Importér 19 indsatser')

    await file.setInputFiles(resolve(fixtures, 'import/bilag1-cp1252-semicolon.csv'))
    await eventually(() => dialog.getByText(/bilag1-cp1252-semicolon\.csv/).count()).toBe(1)
    await eventually(() => previewRows(dialog).count()).toBe(19)
    expect(await dialog.getByText(/tegnsæt windows-1252/).count()).toBe(1)
    expect(await dialog.getByLabel('Ark', { exact: true }).count()).toBe(0)
    expect(await previewRows(dialog).locator('td:nth-child(4)').allTextContents()).toEqual(expected.initiatives.map((r) => r.title))
    expect(await commitButton(dialog).textContent()).toBe('Importér 19 indsatser')
  })

  it('works with the keyboard alone, and the dialog with a preview passes axe', async () => {
    const session = await open()
    const { page } = session
    await eventually(() => leafRows(page).count()).toBe(19)
    await tabTo(page, 'Importér')
    await page.keyboard.press('Enter')
    const dialog = importDialog(page)
    await dialog.waitFor()
    // Escape closes and gives focus back to the button; Enter opens again.
    await eventually(() => focusedName(page)).toBe('Indsæt tabel')
    await page.keyboard.press('Escape')
    await eventually(() => importDialog(page).count()).toBe(0)
    expect(await focusedName(page)).toBe('Importér')
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await eventually(() => focusedName(page)).toBe('Indsæt tabel')

    await page.keyboard.insertText(seed)
    await page.keyboard.press('Tab')
    expect(await focusedName(page)).toBe('Læs tabellen')
    await page.keyboard.press('Enter')
    await eventually(() => previewRows(dialog).count()).toBe(19)

    // Target: arrow keys move within the radio group.
    await tabTo(page, 'Ny oversigt')
    await page.keyboard.press('ArrowDown')
    expect(await dialog.getByLabel('Tilføj til denne oversigt').isChecked()).toBe(true)
    expect(await dialog.getByLabel('Titel på ny oversigt').count()).toBe(0)
    await page.keyboard.press('ArrowUp')
    expect(await dialog.getByLabel('Ny oversigt', { exact: true }).isChecked()).toBe(true)
    await page.keyboard.press('Tab')
    expect(await focusedName(page)).toBe('Titel på ny oversigt')
    await page.keyboard.press('End')
    await page.keyboard.type(' (tastatur)')

    // Row edits keep focus on the row: exclude and include row 2, split row 1 and merge it back.
    await tabTo(page, 'Udelad række 2')
    await page.keyboard.press('Space')
    await eventually(() => focusedName(page)).toBe('Medtag række 2')
    expect(await commitButton(dialog).textContent()).toBe('Importér 18 indsatser')
    await page.keyboard.press('Enter')
    await eventually(() => focusedName(page)).toBe('Udelad række 2')
    await tabTo(page, 'Del række 1', { back: true })
    await page.keyboard.press('Enter')
    await eventually(() => previewRows(dialog).count()).toBe(20)
    expect(await focusedName(page)).toBe('Flet række 2 med rækken ovenfor')
    expect(await commitButton(dialog).isDisabled()).toBe(true)
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await page.keyboard.press('Enter')
    await eventually(() => previewRows(dialog).count()).toBe(19)
    expect(await focusedName(page)).toBe('Del række 1')

    // A column remapped with the arrow keys, and back.
    await tabTo(page, 'Hvornår forventes det implementeret', { back: true })
    await page.keyboard.press('ArrowDown')
    await eventually(() => previewRows(dialog).first().textContent()).not.toContain('april–maj 2021')
    await page.keyboard.press('ArrowUp')
    await eventually(() => previewRows(dialog).first().textContent()).toContain('april–maj 2021')

    expect(await axeViolations(page, 'dialog')).toEqual([])
    await tabTo(page, 'Importér 19 indsatser', { back: true })
    await page.keyboard.press('Enter')
    await eventually(() => importDialog(page).count()).toBe(0)
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`${expected.title} (tastatur)`)
    await eventually(() => leafRows(page).count()).toBe(19)
  })

  it('leaves the database as it was after a refused import, and after Fortryd import', async () => {
    const session = await open()
    const { page } = session
    await eventually(() => leafRows(page).count()).toBe(19)
    const before = await snapshot(page)
    expect(before.initiatives).toHaveLength(19)
    const dialog = await openImport(page)

    await pasteInto(dialog, { text: '', html: '' })
    await eventually(() => dialog.getByRole('alert').textContent()).toBe('Der er ikke indsat noget. Kopiér tabellen fra Word, Excel eller PDF og indsæt den her.')
    expect(await commitButton(dialog).isDisabled()).toBe(true)
    expect(await snapshot(page)).toEqual(before)

    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))
    await dialog.getByLabel('Vælg fil').setInputFiles({ name: 'bilag.xlsx', mimeType: 'application/octet-stream', buffer: noise })
    await eventually(() => dialog.getByRole('alert').textContent()).toBe(importErrorMessages.unreadable)
    expect(await commitButton(dialog).isDisabled()).toBe(true)
    expect(await snapshot(page)).toEqual(before)

    await pasteInto(dialog, { text: seed })
    await eventually(() => previewRows(dialog).count()).toBe(19)
    await dialog.getByLabel('Tilføj til denne oversigt').check()
    await commitButton(dialog).click()
    await eventually(() => importDialog(page).count()).toBe(0)
    await eventually(() => leafRows(page).count()).toBe(38)
    expect((await snapshot(page)).initiatives).toHaveLength(38)
    await page.getByRole('button', { name: 'Fortryd import' }).click()
    await eventually(() => leafRows(page).count()).toBe(19)
    await eventually(() => page.getByRole('status').filter({ hasText: 'Importen er fortrudt.' }).count()).toBe(1)
    expect(await snapshot(page)).toEqual(before)
  })

  it('previews and imports a 5,000-row paste', async () => {
    const session = await open()
    const { page } = session
    const lines = ['Bilag 7 – stor oversigt', '', 'Indsatsområde\tABC\tIndsats\tHvordan implementeres det\tHvornår forventes det implementeret']
    for (let i = 0; i < 5000; i++) {
      lines.push(`Område ${Math.floor(i / 100)}\t${'ABC'[i % 3]}\tIndsats nummer ${i + 1} om forældreinddragelse\tForvaltningen følger op, trin ${i}.\t${['April/maj 2021', 'Medio 2021', 'Er implementeret'][i % 3]}`)
    }
    const dialog = await openImport(page)
    const started = Date.now()
    await pasteInto(dialog, { text: lines.join('\r\n') })
    await eventually(() => commitButton(dialog).textContent()).toBe('Importér 5.000 indsatser')
    expect(await previewRows(dialog).count()).toBe(200)
    // Too long to lay out in the box without freezing the tab: read, kept, not shown.
    expect(await dialog.getByLabel('Indsæt tabel').inputValue()).toBe('')
    expect(await dialog.getByText('Den indsatte tekst har 5.003 linjer. Den er læst, men vises ikke her — se rækkerne nedenfor.').count()).toBe(1)
    expect(await dialog.getByText('… og 4.800 rækker mere, som også kommer med i importen.').count()).toBe(1)
    await dialog.getByLabel('Tilføj til denne oversigt').check()
    await commitButton(dialog).click()
    await eventually(() => page.locator('.table-summary').textContent(), 30_000).toMatch(/^5\.019 indsatser/)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(await page.getByRole('status').filter({ hasText: '5.000 indsatser er importeret.' }).count()).toBe(1)
  })
})

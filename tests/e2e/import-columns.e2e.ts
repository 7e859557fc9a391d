/**
 * What an import writes, in real Chromium: real extra columns, the status words as each row's
 * first status-log entry, the text above the table in the overview's notes, the file's date
 * as the document's, "Sæt for alle viste rækker" in the preview, Importér on the empty start
 * page, the real tables and the seed (pasted and as .docx) with every text kept, and bad
 * input or Fortryd import leaving the database byte for byte as it was.
 */
import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { importDialog, leafRows, openImport, pasteInto, previewRows } from './import-helpers'
import { readStores } from './stored'
import { importErrorMessages } from '../../src/strings/import-dialog'

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures')
const seed = readFileSync(resolve(fixtures, 'bilag1.txt'), 'utf8')
const bilag = JSON.parse(readFileSync(resolve(fixtures, 'bilag1.expected.json'), 'utf8')) as { initiatives: { area: string; title: string; deadlineText: string }[] }
interface ExpectedRow {
  area: string | null
  title: string
  deadlineText: string | null
  status: string | null
}
const table = (name: string) => ({
  paste: readFileSync(resolve(fixtures, `tables/${name}.tsv`), 'utf8'),
  docx: resolve(fixtures, `tables/${name}.docx`),
  rows: (JSON.parse(readFileSync(resolve(fixtures, `tables/${name}.expected.json`), 'utf8')) as { rows: ExpectedRow[] }).rows,
})

const eventually = <T>(read: () => Promise<T> | T, timeout = 15_000) => expect.poll(read, { timeout })
const commitButton = (dialog: Locator) => dialog.getByRole('button', { name: /^Importér \d/ })

const withAbove = [
  'Sager på vej i 2025',
  'Listen opdateres hver måned af sekretariatet og sendes til udvalget.',
  'Sag\tAfd.\tForventet fremsendt\tPeriode\tBudget\tStatus',
  'Ny skolestruktur\tBUF\tSeptember\tEfterår\t12.500\tI afsluttende proces',
  'Ny busplan\tTEK\tOktober\t2026\t3.000\tudskudt',
  'Ny cykelsti\tTEK\tNovember\tHele året\t750\tGodkendt',
].join('\n')

interface Dump {
  overviews: { id: string; title: string; notes?: string; columns: { id: string; name: string; type: string }[] }[]
  rows: { id: string; overviewId: string; area: string; title: string; deadlineText: string; owner: string; category: string | null; status: string; extra?: Record<string, string | number> }[]
  statusLogs: { initiativeId: string; date: string; text: string }[]
  raw: string
}

/** Every store, read with the raw IndexedDB API; `raw` for byte-for-byte comparisons. */
async function dump(page: Page): Promise<Dump> {
  const stores = await readStores(page)
  const pages = stores.rowPages as { rows: Dump['rows'] }[]
  return { overviews: stores.overviews as Dump['overviews'], rows: pages.flatMap((p) => p.rows), statusLogs: stores.statusLogs as Dump['statusLogs'], raw: JSON.stringify(stores) }
}



/** The open overview's id, from the URL. */
const openId = (page: Page) => new URL(page.url()).searchParams.get('o')

describe.skipIf(!hasBrowser)('what an import writes', () => {
  const open = sessionPerTest(openApp)

  it('from the empty start page: real extra columns, status words in the status log, the text above in the notes, a field set for all shown rows', async () => {
    const { page } = await open()
    await eventually(() => leafRows(page).count()).toBe(19)
    await page.getByRole('region', { name: 'Eksempel' }).getByRole('button', { name: 'Slet eksemplet' }).click()
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Indsatsoverblik')
    expect(await page.getByRole('button', { name: 'Ny tom oversigt' }).count()).toBe(1)
    expect(await axeViolations(page, '.empty-start')).toEqual([])

    const dialog = await openImport(page, { waitForRows: false })
    // No overview is open: only a new one can be made.
    expect(await dialog.getByLabel('Tilføj til denne oversigt').count()).toBe(0)
    await pasteInto(dialog, withAbove)
    await eventually(() => previewRows(dialog).count()).toBe(3)
    const decisions = await dialog.locator('.import-decisions').textContent()
    expect(decisions).toContain('Periode → ny kolonne Periode')
    expect(decisions).toContain('Budget → ny kolonne Budget')
    expect(decisions).toContain('Status → Status')
    expect(decisions).toContain('Årstal uden år læses som 2025 (teksten over tabellen).')
    expect(decisions).toContain('Gemmes i den nye oversigts noter')
    expect(decisions).toContain('Listen opdateres hver måned af sekretariatet og sendes til udvalget.')

    // Sæt for alle viste rækker, with the keyboard: Felt, Værdi, the button.
    await dialog.getByLabel('Felt').focus()
    await dialog.getByLabel('Felt').selectOption('category')
    await page.keyboard.press('Tab')
    await page.keyboard.press('End') // the last category: C
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await eventually(() => previewRows(dialog).locator('select.import-category').evaluateAll((all) => all.map((s) => (s as HTMLSelectElement).value))).toEqual(['C', 'C', 'C'])
    expect(await dialog.getByText('Kategori er sat til C for 3 rækker.').count()).toBe(1)
    // A ticked row (Space on its checkbox) narrows it: Status → Udgået for row 2 alone.
    await dialog.getByRole('checkbox', { name: 'Vælg række 2' }).focus()
    await page.keyboard.press('Space')
    await eventually(() => dialog.getByText('Sæt for de valgte rækker (1)').count()).toBe(1)
    await dialog.getByLabel('Felt').selectOption('status')
    await dialog.getByLabel('Værdi').selectOption('dropped')
    await dialog.getByRole('button', { name: 'Sæt for 1 række' }).click()
    await eventually(() => previewRows(dialog).nth(1).textContent()).toContain('Udgået')
    expect(await previewRows(dialog).nth(0).textContent()).not.toContain('Udgået')
    expect(await axeViolations(page, 'dialog')).toEqual([])

    await commitButton(dialog).click()
    await eventually(() => importDialog(page).count()).toBe(0)
    await eventually(() => leafRows(page).count()).toBe(3)
    expect(await page.getByRole('columnheader', { name: /^Periode/ }).count()).toBe(1)
    expect(await page.getByRole('columnheader', { name: /^Budget/ }).count()).toBe(1)
    expect(await page.locator('.overview-header__notes').textContent()).toBe('Listen opdateres hver måned af sekretariatet og sendes til udvalget.')

    const stored = await dump(page)
    const overview = stored.overviews.find((o) => o.id === openId(page))!
    expect(overview.columns.map(({ name, type }) => ({ name, type }))).toEqual([
      { name: 'Periode', type: 'text' },
      { name: 'Budget', type: 'number' },
    ])
    const [periode, budget] = overview.columns.map((c) => c.id)
    expect(stored.rows.map((r) => [r.title, r.owner, r.category, r.status, r.extra])).toEqual([
      ['Ny skolestruktur', 'BUF', 'C', 'in-progress', { [periode!]: 'Efterår', [budget!]: 12500 }],
      ['Ny busplan', 'TEK', 'C', 'dropped', { [periode!]: '2026', [budget!]: 3000 }],
      ['Ny cykelsti', 'TEK', 'C', 'implemented', { [periode!]: 'Hele året', [budget!]: 750 }],
    ])
    expect(stored.rows.every((r) => !('notes' in r) || (r as { notes: string }).notes === '')).toBe(true)
    expect(stored.statusLogs.map((e) => [stored.rows.find((r) => r.id === e.initiativeId)?.title, e.text]).sort()).toEqual([
      ['Ny busplan', 'udskudt'],
      ['Ny cykelsti', 'Godkendt'],
      ['Ny skolestruktur', 'I afsluttende proces'],
    ])

    // Rediger shows the entry in the row's status log.
    await leafRows(page).filter({ hasText: 'Ny busplan' }).getByRole('button', { name: 'Rediger' }).click()
    const form = page.getByRole('dialog', { name: 'Rediger' })
    await eventually(() => form.getByText('udskudt', { exact: true }).count()).toBe(1)
  })

  it('a table with no ABC column imports at once: every row Uden kategori, counted by its toggle', async () => {
    const { page } = await open()
    await eventually(() => leafRows(page).count()).toBe(19)
    const dialog = await openImport(page)
    await pasteInto(dialog, ['Aktivitet\tDeadline\tAnsvarlig', 'Udbud af rengøring\tMarts 2027\tIndkøb', 'Ny skolestruktur\tJuni 2027\tBUF', 'Helhedsplan for Vestbyen\t2. halvår 2027\tTEK'].join('\n'))
    await eventually(() => previewRows(dialog).count()).toBe(3)
    // Nothing to choose row by row: the import is ready as it is.
    expect(await dialog.locator('.import-commit__reason').count()).toBe(0)
    expect(await commitButton(dialog).isDisabled()).toBe(false)
    await dialog.getByLabel('Ny oversigt', { exact: true }).check()
    await dialog.getByLabel('Titel på ny oversigt').fill('Aktiviteter uden ABC')
    await commitButton(dialog).click()
    await eventually(() => importDialog(page).count()).toBe(0)
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Aktiviteter uden ABC')
    await eventually(() => leafRows(page).count()).toBe(3)
    expect(await leafRows(page).locator('td.col-category').allTextContents()).toEqual(['–Uden kategori', '–Uden kategori', '–Uden kategori'])
    const toggle = page.getByRole('button', { name: /^Uden kategori/ })
    expect(await toggle.textContent()).toBe('Uden kategori (3)')
    expect(await page.getByRole('button', { name: /^Kategori A/ }).textContent()).toBe('Kategori A (0)')
    const stored = await dump(page)
    expect(stored.rows.filter((r) => r.overviewId === openId(page)).map((r) => (r as { category?: unknown }).category ?? null)).toEqual([null, null, null])
  })

  it('the seed and both real tables, pasted and as .docx: every row, every text in its place', async () => {
    const { page } = await open()
    await eventually(() => leafRows(page).count()).toBe(19)
    const sources: { name: string; paste: string; docx: string; rows: ExpectedRow[] }[] = [
      { name: 'Bilag 1', paste: seed, docx: resolve(fixtures, 'import/bilag1.docx'), rows: bilag.initiatives.map((r) => ({ ...r, status: null })) },
      { name: 'Rosborg', ...table('table-naturstyrelsen-rosborg') },
      { name: 'Naturpakken', ...table('table-naturstyrelsen-naturpakken') },
    ]
    for (const source of sources) {
      for (const how of ['paste', 'docx'] as const) {
        const dialog = await openImport(page)
        if (how === 'paste') await pasteInto(dialog, source.paste)
        else await dialog.getByLabel('Vælg fil').setInputFiles(source.docx)
        await eventually(() => previewRows(dialog).count()).toBe(source.rows.length)
        expect(await dialog.locator('.import-commit__reason').count()).toBe(0)
        await dialog.getByLabel('Ny oversigt', { exact: true }).check()
        await dialog.getByLabel('Titel på ny oversigt').fill(`${source.name} (${how})`)
        await commitButton(dialog).click()
        await eventually(() => importDialog(page).count()).toBe(0)
        await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`${source.name} (${how})`)
        const stored = await dump(page)
        const rows = stored.rows.filter((r) => r.overviewId === openId(page))
        const label = `${source.name} (${how})`
        expect(rows.map((r) => [r.area || null, r.title, r.deadlineText || null]), label).toEqual(source.rows.map((r) => [r.area, r.title, r.deadlineText]))
        const logs = rows.map((r) => stored.statusLogs.find((e) => e.initiativeId === r.id)?.text ?? null)
        expect(logs, label).toEqual(source.rows.map((r) => r.status))
        await eventually(() => leafRows(page).count()).toBe(source.rows.length)
      }
    }
  })

  it('bad input leaves the database byte for byte as it was, and so does Fortryd import of new columns and status logs', async () => {
    const { page } = await open()
    await eventually(() => leafRows(page).count()).toBe(19)
    const before = (await dump(page)).raw
    const dialog = await openImport(page)
    const alert = dialog.getByRole('alert')

    await dialog.getByLabel('Vælg fil').setInputFiles({ name: 'Bilag.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]) })
    await eventually(() => alert.textContent()).toBe(importErrorMessages.unreadable)
    await dialog.getByLabel('Vælg fil').setInputFiles({ name: 'Bilag.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) })
    await eventually(() => alert.textContent()).toBe(importErrorMessages.encrypted)
    await pasteInto(dialog, 'Et\nTo\nTre\nFire')
    await eventually(() => alert.textContent()).toBe(importErrorMessages['one-column'])
    expect(await commitButton(dialog).count()).toBe(0)
    expect((await dump(page)).raw).toBe(before)

    // A file whose text has no date: its own date is the document's.
    const dir = mkdtempSync(join(tmpdir(), 'import-'))
    const csv = join(dir, 'sager.csv')
    writeFileSync(csv, 'Sag;Forventet fremsendt;Periode;Status\nNy skolestruktur;September;Efterår;I afsluttende proces\nNy busplan;Oktober;2026;udskudt\n')
    utimesSync(csv, new Date(2025, 4, 2, 12), new Date(2025, 4, 2, 12))
    await dialog.getByLabel('Vælg fil').setInputFiles(csv)
    await eventually(() => previewRows(dialog).count()).toBe(2)
    expect(await dialog.locator('.import-decisions').textContent()).toContain('Årstal uden år læses som 2025 (filens dato).')
    await dialog.getByLabel('Tilføj til denne oversigt').check()
    await commitButton(dialog).click()
    await eventually(() => importDialog(page).count()).toBe(0)
    await eventually(() => leafRows(page).count()).toBe(21)
    const after = await dump(page)
    expect(after.overviews[0]!.columns.map((c) => c.name)).toEqual(['Periode'])
    expect(after.statusLogs.map((e) => [e.date, e.text]).sort()).toEqual([
      ['2025-05-02', 'I afsluttende proces'],
      ['2025-05-02', 'udskudt'],
    ])
    expect(await page.getByRole('columnheader', { name: /^Periode/ }).count()).toBe(1)

    await page.getByRole('button', { name: 'Fortryd import' }).click()
    await eventually(() => leafRows(page).count()).toBe(19)
    await eventually(async () => (await dump(page)).raw).toBe(before)
    expect(await page.getByRole('columnheader', { name: /^Periode/ }).count()).toBe(0)
  })
})

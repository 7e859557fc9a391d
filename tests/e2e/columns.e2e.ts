/**
 * Extra columns and rows without a category, in Chromium on the Bilag 1 example: Kolonner →
 * Tilføj kolonne "Budget" (Tal), two rows given a value in Rediger, sorted by it, written by
 * CSV, Excel (as a number), Word and the print, renamed, then deleted and brought back with Fortryd.
 */
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { exportAs, printToPdf } from './export-helpers'

const csvRows = (bytes: Buffer) => Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ';' }).data.filter((r) => r.some(Boolean))

async function setBudget(page: Page, row: number, value: string) {
  await page.locator('tr.leaf-row').nth(row).getByRole('button', { name: 'Rediger' }).click()
  const form = page.getByRole('dialog', { name: 'Rediger' })
  await form.getByLabel('Budget', { exact: true }).fill(value)
  await form.getByRole('button', { name: 'Gem', exact: true }).click()
  await form.waitFor({ state: 'detached' })
}

const budgetCells = (page: Page) => page.locator('tr.leaf-row td.kind-number').allTextContents()

describe.skipIf(!hasBrowser)('extra columns', () => {
  const open = sessionPerTest(() => openApp('/', { acceptDownloads: true }))

  it('adds Budget (Tal), fills, sorts, exports to all four formats, deletes and brings it back with Fortryd', async () => {
    const { page } = await open()
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    await page.getByText('Kolonner', { exact: true }).click()
    await page.getByRole('button', { name: 'Tilføj kolonne' }).click()
    const dialog = page.getByRole('dialog', { name: 'Tilføj kolonne' })
    // A name that is taken is refused with one sentence, and nothing is added.
    await dialog.getByLabel('Navn').fill('Status')
    await dialog.getByRole('button', { name: 'Tilføj', exact: true }).click()
    await expect.poll(() => dialog.getByText('Der er allerede en kolonne med det navn. Vælg et andet.').count()).toBe(1)
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByLabel('Navn').fill('Budget')
    await dialog.getByLabel('Tal').check()
    await dialog.getByRole('button', { name: 'Tilføj', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByRole('columnheader', { name: /Budget/ }).count()).toBe(1)
    await page.getByText('Kolonner', { exact: true }).click()

    // A value that is not a number is pointed out in Danish and nothing is saved.
    await page.locator('tr.leaf-row').nth(0).getByRole('button', { name: 'Rediger' }).click()
    const form = page.getByRole('dialog', { name: 'Rediger' })
    await form.getByLabel('Budget', { exact: true }).fill('mange')
    await form.getByRole('button', { name: 'Gem', exact: true }).click()
    await expect.poll(() => form.getByText('Skriv et tal, fx 12.500 eller 3,5.').count()).toBe(1)
    await form.getByLabel('Budget', { exact: true }).fill('12.500')
    await form.getByRole('button', { name: 'Gem', exact: true }).click()
    await form.waitFor({ state: 'detached' })
    await setBudget(page, 3, '3,5')
    await expect.poll(() => budgetCells(page).then((c) => c.filter(Boolean))).toEqual(['12.500', '3,5'])

    // Sorted by Budget, the smaller number comes first and empty cells last.
    await page.getByLabel('Gruppér efter indsatsområde').uncheck()
    await page.getByRole('button', { name: /^Budget/ }).click()
    await expect.poll(async () => (await budgetCells(page)).slice(0, 3)).toEqual(['3,5', '12.500', ''])

    const csv = await exportAs(page, 'CSV', 'all')
    const [header = [], ...data] = csvRows(csv.bytes)
    expect(data.map((r) => r[header.indexOf('Budget')]).filter(Boolean)).toEqual(['12500', '3,5'])

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await exportAs(page, 'Excel (.xlsx)', 'all')).bytes as unknown as ArrayBuffer)
    const sheet = wb.worksheets[0]!
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Budget')
    const values: unknown[] = []
    sheet.eachRow((row, n) => n > 1 && values.push(row.getCell(column).value))
    expect(values.filter((v) => v !== null)).toEqual([12500, 3.5])

    const word = await (await JSZip.loadAsync((await exportAs(page, 'Word (.docx)', 'all')).bytes)).file('word/document.xml')!.async('string')
    expect(word).toContain('>Budget<')
    expect(word).toContain('>12.500<')
    const pdf = await printToPdf(page, 'all')
    expect(pdf).toContain('Budget')
    expect(pdf).toContain('12.500')

    // Omdøb: a name another column has is refused with one sentence; a new one keeps every value.
    await page.getByText('Kolonner', { exact: true }).click()
    await page.getByRole('button', { name: 'Omdøb Budget' }).click()
    const rename = page.getByRole('dialog', { name: 'Omdøb kolonnen "Budget"' })
    await rename.getByLabel('Navn').fill('Ansvarlig')
    await rename.getByRole('button', { name: 'Omdøb', exact: true }).click()
    await expect.poll(() => rename.locator('.form-error-message').textContent()).toBe('Der er allerede en kolonne med det navn. Vælg et andet.')
    expect(await page.getByRole('columnheader', { name: /Budget/ }).count()).toBe(1)
    await rename.getByLabel('Navn').fill('Budget 2027')
    await rename.getByRole('button', { name: 'Omdøb', exact: true }).click()
    await rename.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByRole('columnheader', { name: /^Budget 2027/ }).count()).toBe(1)
    expect(await budgetCells(page).then((c) => c.filter(Boolean).sort())).toEqual(['12.500', '3,5'])
    const renamedCsv = await exportAs(page, 'CSV', 'all')
    const [renamedHeader = [], ...renamedData] = csvRows(renamedCsv.bytes)
    expect(renamedData.map((r) => r[renamedHeader.indexOf('Budget 2027')]).filter(Boolean)).toEqual(['12500', '3,5'])

    // Slet kolonne, then Fortryd: the column and every value are back.
    await page.getByText('Kolonner', { exact: true }).click()
    await page.getByRole('button', { name: 'Slet kolonne Budget 2027' }).click()
    await expect.poll(() => page.getByRole('columnheader', { name: /Budget/ }).count()).toBe(0)
    await page.getByRole('button', { name: 'Fortryd' }).click()
    await expect.poll(() => page.getByRole('columnheader', { name: /^Budget 2027/ }).count()).toBe(1)
    await expect.poll(() => budgetCells(page).then((c) => c.filter(Boolean).sort())).toEqual(['12.500', '3,5'])
  })

  it('shows a row without a category as "–" (Uden kategori for screen readers) and counts it under its own toggle', async () => {
    const { page } = await open()
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    await page.locator('tr.leaf-row').nth(0).getByRole('button', { name: 'Rediger' }).click()
    const form = page.getByRole('dialog', { name: 'Rediger' })
    await form.getByLabel('Kategori').selectOption({ label: 'Uden kategori' })
    await form.getByRole('button', { name: 'Gem', exact: true }).click()
    await form.waitFor({ state: 'detached' })
    const toggle = page.getByRole('button', { name: /^Uden kategori/ })
    await expect.poll(() => toggle.textContent()).toBe('Uden kategori (1)')
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(1)
    const cell = page.locator('tr.leaf-row td.col-category')
    expect(await cell.textContent()).toBe('–Uden kategori')
    expect(await cell.locator('[aria-hidden="true"]').textContent()).toBe('–')
    expect(await axeViolations(page)).toEqual([])
  })
})

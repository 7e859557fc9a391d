/** Exports from the Bilag 1 example, filtered to category C, read back from the downloaded files. */
import { describe, expect, it } from 'vitest'
import { readFile, mkdtemp, writeFile } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import JSZip from 'jszip'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { axeViolations, hasBrowser, openApp, sessionPerTest, type Session } from './browser'
import { seedLargeOverview } from './seed'

const C_TITLES = [
  'Budgetnotat med skemalagt tid til personalet til arbejdet med handleplaner',
  'Analyse af bedre rammer for dagtilbudsledelse',
  'Dagtilbudsledelsesuddannelse',
  'Central klageenhed på dagtilbuds- og skoleområdet',
]

async function openFilteredToC(session: Session) {
  const { page } = session
  await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
  await page.getByLabel('Opgjort pr.').fill('2021-03-01')
  await page.getByRole('button', { name: /^Kategori C/ }).click()
  await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(4)
}

async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'print-'))
  await writeFile(join(dir, 'bilag.pdf'), pdf)
  return execFileSync('pdftotext', ['-layout', join(dir, 'bilag.pdf'), '-'], { encoding: 'utf8' })
}

async function printToPdf(page: Page): Promise<string> {
  await page.evaluate(() => {
    window.print = () => {}
  })
  await page.getByRole('button', { name: 'Eksportér' }).click()
  await page.getByRole('dialog', { name: 'Eksportér' }).getByRole('button', { name: 'Udskriv / PDF' }).click()
  await page.locator('.print-root').waitFor({ state: 'attached' })
  return pdfText(await page.pdf({ preferCSSPageSize: true }))
}

async function exportAs(page: Page, name: string) {
  await page.getByRole('button', { name: 'Eksportér' }).click()
  const dialog = page.getByRole('dialog', { name: 'Eksportér' })
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name, exact: true }).click()])
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain('er hentet')
  const path = await download.path()
  const file = { name: download.suggestedFilename(), bytes: await readFile(path) }
  await page.keyboard.press('Escape')
  return file
}

describe.skipIf(!hasBrowser)('exports for the meeting pack', () => {
  const open = sessionPerTest(openApp)

  it('writes exactly the 4 C rows to Word, Excel and CSV, named after the overview and date', async () => {
    const session = await open()
    const { page } = session
    await openFilteredToC(session)
    await page.getByRole('button', { name: 'Eksportér' }).click()
    await page.getByRole('dialog', { name: 'Eksportér' }).waitFor()
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await page.keyboard.press('Escape')

    const csv = await exportAs(page, 'CSV')
    expect(csv.name).toBe('Bilag 1 – overblik over indsatser 2021-03-01.csv')
    const text = csv.bytes.toString('utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';' })
    const header = parsed.data[0] ?? []
    const titleAt = header.indexOf('Indsats')
    expect(parsed.data.slice(1).filter((r) => r.length > 1).map((r) => r[titleAt]).sort()).toEqual([...C_TITLES].sort())

    const xlsx = await exportAs(page, 'Excel (.xlsx)')
    expect(xlsx.name).toBe('Bilag 1 – overblik over indsatser 2021-03-01.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const titles: string[] = []
    const titleCol = (sheet.getRow(1).values as string[]).indexOf('Indsats')
    sheet.eachRow((row, n) => n > 1 && titles.push(String(row.getCell(titleCol).value)))
    expect(titles.sort()).toEqual([...C_TITLES].sort())

    const docx = await exportAs(page, 'Word (.docx)')
    expect(docx.name).toBe('Bilag 1 – overblik over indsatser 2021-03-01.docx')
    const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string')
    for (const title of C_TITLES) expect(xml).toContain(title.replace(/&/g, '&amp;'))
    expect(xml).not.toContain('Ny HR-Enhed')
    expect(xml).toContain('w:orient="landscape"')

    // The backup holds everything, not just the view.
    const backup = await exportAs(page, 'Sikkerhedskopi (JSON)')
    const data = JSON.parse(backup.bytes.toString('utf8'))
    expect(data).toMatchObject({ format: 'indsatsoverblik-backup', version: 2 })
    expect(data.overviews).toHaveLength(1)
    expect(data.initiatives).toHaveLength(19)
  })

  it('prints the view as a clean PDF with the legend, header block and page numbers', async () => {
    const session = await open()
    const { page } = session
    await openFilteredToC(session)
    const text = await printToPdf(page)
    expect(await page.locator('.print-root tr.print-row').count()).toBe(4)
    expect(text).toContain('Bilag 1 – overblik over indsatser')
    expect(text).toContain('Opgjort pr. 1. marts 2021')
    expect(text).toContain('Dagtilbudsledelsesuddannelse')
    expect(text).not.toContain('Ny HR-Enhed')
    const pages = [...text.matchAll(/Side (\d+) af (\d+)/g)].map((m) => `${m[1]}/${m[2]}`)
    expect(pages.length).toBeGreaterThan(0)
    expect(pages[0]).toBe(`1/${pages.length}`)
  })

  it('prints every row of a 200-row overview with the header row on every page', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    const id = await seedLargeOverview(page, 200)
    await page.goto(new URL(`/?o=${id}`, page.url()).toString())
    await expect.poll(() => page.locator('.table-summary').textContent()).toContain('200 indsatser')
    const text = await printToPdf(page)
    expect(await page.locator('.print-root tr.print-row').count()).toBe(200)
    const pages = text.split('\f').filter((p) => p.trim())
    expect(pages.length).toBeGreaterThan(5)
    for (const [index, pageText] of pages.entries()) {
      expect(pageText, `page ${index + 1}`).toMatch(/Indsats\s+Hvordan implementeres det\s+Hvornår forventes/)
      expect(pageText, `page ${index + 1}`).toContain(`Side ${index + 1} af ${pages.length}`)
    }
    for (let n = 1; n <= 200; n++) expect(text).toContain(`Indsats nummer ${n}:`)
  })
})

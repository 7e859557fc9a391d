/**
 * Exports from the Bilag 1 example, read back from the downloaded files: a view filtered
 * to category C and Kun overskredne says it is an "udsnit" on the document and in the
 * file name; the whole overview says neither.
 */
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { axeViolations, hasBrowser, openApp, sessionPerTest, type Session } from './browser'
import { exportAs, printToPdf } from './export-helpers'
import { textWidthEm } from '../../src/domain/text-width'

const TITLE = 'Bilag 1 – overblik over indsatser'
const UDSNIT = 'Udsnit: Kategori C · kun overskredne · opgjort pr. 1. marts 2021'

/** Category C and Kun overskredne as of 1 March 2021; the titles the table then shows. */
async function openFilteredView(session: Session): Promise<string[]> {
  const { page } = session
  await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
  await page.getByLabel('Opgjort pr.').fill('2021-03-01')
  await page.getByRole('button', { name: /^Kategori C/ }).click()
  await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(4)
  await page.getByLabel('Kun overskredne').check()
  await expect.poll(() => page.locator('tr.leaf-row').count()).toBeLessThan(4)
  const titles = await page.locator('tr.leaf-row td.col-title').allTextContents()
  expect(titles.length).toBeGreaterThan(0)
  return titles
}

const documentXml = async (bytes: Buffer, part = 'word/document.xml') => (await JSZip.loadAsync(bytes)).file(part)!.async('string')
const xmlText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n').replace(/&amp;/g, '&').replace(/&quot;/g, '"')
const csvRows = (bytes: Buffer) => Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ';' }).data.filter((r) => r.some(Boolean))
async function workbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}

describe.skipIf(!hasBrowser)('exports for the meeting pack', () => {
  const open = sessionPerTest(openApp)

  it('says "Udsnit: …" on a filtered view’s Word, Excel and CSV, and "(udsnit)" in their names', async () => {
    const session = await open()
    const { page } = session
    const titles = await openFilteredView(session)
    await page.getByRole('button', { name: 'Eksportér' }).click()
    await page.getByRole('dialog', { name: 'Eksportér' }).waitFor()
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await page.keyboard.press('Escape')

    const csv = await exportAs(page, 'CSV')
    expect(csv.name).toBe(`${TITLE} (udsnit) 2021-03-01.csv`)
    expect(csv.bytes.toString('utf8').startsWith('\uFEFF')).toBe(true)
    const [first, header = [], ...data] = csvRows(csv.bytes)
    expect(first?.[0]).toContain(UDSNIT)
    expect(data.map((r) => r[header.indexOf('Indsats')])).toEqual(titles)

    const xlsx = await exportAs(page, 'Excel (.xlsx)')
    expect(xlsx.name).toBe(`${TITLE} (udsnit) 2021-03-01.xlsx`)
    const wb = await workbook(xlsx.bytes)
    const sheet = wb.worksheets[0]!
    expect(String(sheet.getCell('A1').value)).toContain(UDSNIT)
    const titleCol = (sheet.getRow(2).values as string[]).indexOf('Indsats')
    const sheetTitles: string[] = []
    sheet.eachRow((row, n) => n > 2 && sheetTitles.push(String(row.getCell(titleCol).value)))
    expect(sheetTitles).toEqual(titles)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(String(wb.getWorksheet('Om oversigten')!.getColumn(2).values.join('\n'))).toContain(UDSNIT.replace('Udsnit: ', ''))

    const docx = await exportAs(page, 'Word (.docx)')
    expect(docx.name).toBe(`${TITLE} (udsnit) 2021-03-01.docx`)
    const xml = await documentXml(docx.bytes)
    const text = xmlText(xml)
    expect(text).toContain(UDSNIT)
    for (const title of titles) expect(text).toContain(title)
    expect(text).not.toContain('Ny HR-Enhed')
    expect(xml).toContain('w:orient="landscape"')

    // The backup holds everything, not just the view.
    const backup = await exportAs(page, 'Sikkerhedskopi (JSON)')
    const data2 = JSON.parse(backup.bytes.toString('utf8'))
    expect(data2).toMatchObject({ format: 'indsatsoverblik-backup', version: 3 })
    expect(data2.initiatives).toHaveLength(19)
  })

  it('sizes the Word table for its words at 9 pt and turns on Word’s hyphenation', async () => {
    const session = await open()
    await openFilteredView(session)
    const docx = await exportAs(session.page, 'Word (.docx)')
    const xml = await documentXml(docx.bytes)
    const header = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)][0]![0]
    const labels = [...header.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    // "ABC" in bold 9 pt (180 twips to the em) and the cell's side margins and border (130 twips).
    expect(grid[labels.indexOf('ABC')]).toBeGreaterThanOrEqual(textWidthEm('ABC', true) * 180 + 130)
    expect(grid[labels.indexOf('Markering')]).toBeGreaterThanOrEqual(textWidthEm('Overskredet', true) * 180 + 130)
    expect(await documentXml(docx.bytes, 'word/settings.xml')).toContain('<w:autoHyphenation/>')
  })

  it('writes the whole overview without "udsnit", however the view is filtered', async () => {
    const session = await open()
    const { page } = session
    await openFilteredView(session)
    const csv = await exportAs(page, 'CSV', 'all')
    expect(csv.name).toBe(`${TITLE} 2021-03-01.csv`)
    expect(csv.bytes.toString('utf8')).not.toContain('Udsnit')
    expect(csvRows(csv.bytes)).toHaveLength(20)
    const xlsx = await exportAs(page, 'Excel (.xlsx)', 'all')
    expect(xlsx.name).toBe(`${TITLE} 2021-03-01.xlsx`)
    const wb = await workbook(xlsx.bytes)
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('Indsatsområde')
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Bilag 1 – overblik over…', 'Om oversigten'])
    const docx = await exportAs(page, 'Word (.docx)', 'all')
    expect(docx.name).toBe(`${TITLE} 2021-03-01.docx`)
    expect(xmlText(await documentXml(docx.bytes))).not.toContain('Udsnit')
    const pdf = await printToPdf(page, 'all')
    expect(pdf).toContain(TITLE)
    expect(pdf).not.toContain('Udsnit')
  })

  it('an unfiltered view is no udsnit either', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    await page.getByLabel('Opgjort pr.').fill('2021-03-01')
    const csv = await exportAs(page, 'CSV')
    expect(csv.name).toBe(`${TITLE} 2021-03-01.csv`)
    expect(csv.bytes.toString('utf8')).not.toContain('Udsnit')
  })

  it('prints the filtered view with its udsnit line, the legend, header block and page numbers', async () => {
    const session = await open()
    const { page } = session
    const titles = await openFilteredView(session)
    const text = await printToPdf(page)
    expect(await page.locator('.print-root tr.print-row').count()).toBe(titles.length)
    expect(text).toContain(TITLE)
    expect(text).toContain('Opgjort pr. 1. marts 2021')
    expect(text).toContain(UDSNIT)
    expect(text).not.toContain('Ny HR-Enhed')
    const pages = [...text.matchAll(/Side (\d+) af (\d+)/g)].map((m) => `${m[1]}/${m[2]}`)
    expect(pages.length).toBeGreaterThan(0)
    expect(pages[0]).toBe(`1/${pages.length}`)
  })
})

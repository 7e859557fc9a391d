/**
 * Udskriv / PDF, printed by Chromium and read back with pdftotext: pages laid out in
 * advance, so a page that continues an area says so, and no word is broken.
 */
import { describe, expect, it } from 'vitest'
import { hasBrowser, openApp, sessionPerTest } from './browser'
import { printToPdf } from './export-helpers'
import { seedLargeOverview } from './seed'
import { unbreakablePieces } from '../../src/domain/text-width'
import bilag from '../../src/app/example/bilag1.json'

const SEEDED_AREAS = ['Tilsyn og forældreinddragelse', 'Central understøttelse', 'Styrket administrativ praksis', 'Rekruttering']

describe.skipIf(!hasBrowser)('the print layout', () => {
  const open = sessionPerTest(openApp)

  it('prints 200 rows with the header row on every page, and "(fortsat)" atop every page that continues an area', async () => {
    const { page } = await open()
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    const id = await seedLargeOverview(page, 200)
    await page.goto(new URL(`/?o=${id}`, page.url()).toString())
    await expect.poll(() => page.locator('.table-summary').textContent()).toContain('200 indsatser')
    const text = await printToPdf(page)
    expect(await page.locator('.print-root tr.print-row').count()).toBe(200)
    const pages = text.split('\f').filter((p) => p.trim())
    expect(pages.length).toBeGreaterThan(5)
    let continued = 0
    for (const [index, pageText] of pages.entries()) {
      const where = `page ${index + 1}`
      expect(pageText, where).toMatch(/Indsats\s+Hvordan implementeres det\s+Hvornår forventes/)
      expect(pageText, where).toContain(`Side ${index + 1} af ${pages.length}`)
      // The seeded rows run 1–50 in the first area, 51–100 in the second …
      const first = Number(/Indsats nummer (\d+):/.exec(pageText)?.[1])
      const area = SEEDED_AREAS[Math.floor(((first - 1) * SEEDED_AREAS.length) / 200)]!
      const startsInside = (first - 1) % (200 / SEEDED_AREAS.length) !== 0
      const beforeFirstRow = pageText.slice(0, pageText.indexOf('Indsats nummer'))
      if (startsInside) {
        continued++
        expect(beforeFirstRow, where).toContain(`${area} (fortsat)`)
      } else {
        expect(beforeFirstRow, where).toContain(area)
        expect(beforeFirstRow, where).not.toContain('(fortsat)')
      }
    }
    expect(continued).toBeGreaterThan(0)
    for (let n = 1; n <= 200; n++) expect(text).toContain(`Indsats nummer ${n}:`)
  })

  it('breaks no word of the Bilag across lines', async () => {
    const { page } = await open()
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    const text = await printToPdf(page, 'all')
    const texts = bilag.initiatives.flatMap((row) => [row.area, row.title, row.method, row.deadlineText])
    // A line may end at a hyphen ("og -|kommunikation"): the parts either side count as words of their own.
    const words = [...new Set(texts.flatMap(unbreakablePieces).flatMap((piece) => piece.split(/(?<=-)(?=\p{L})/u)))]
    // A word the print broke over two lines is not in the text whole.
    expect(words.filter((word) => !text.includes(word))).toEqual([])
    expect(text).toContain('Dagtilbudsledelsesuddannelse')
  })
})

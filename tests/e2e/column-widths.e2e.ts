/**
 * On screen, every column of the Bilag example holds its longest word: no word is broken
 * across lines, at a wide and at a narrow window (the table grows wider than a narrow
 * window rather than break words).
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'

/**
 * Every run of characters between breaking spaces in the table's visible text whose
 * letters land on more than one line, other than at a hyphen (where a line may break:
 * "Corona-|restriktioner"). Each text node is checked character by character.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const table = document.querySelector('table.overview-table')!
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT)
    const broken: string[] = []
    const range = document.createRange()
    const lineOf = (node: Text, i: number) => {
      range.setStart(node, i)
      range.setEnd(node, i + 1)
      const rect = range.getClientRects()[0]
      return rect ? Math.round(rect.top + rect.height / 2) : undefined
    }
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('.sr-only, [role="tooltip"]')) continue
      const text = node.data
      for (const match of text.matchAll(/[^ \t\n\r]+/g)) {
        let previous: number | undefined
        for (let i = match.index; i < match.index + match[0].length; i++) {
          const line = lineOf(node, i)
          if (line === undefined) continue
          if (previous !== undefined && Math.abs(line - previous) > 2 && text[i - 1] !== '-') {
            broken.push(match[0])
            break
          }
          previous = line
        }
      }
    }
    return broken
  })
}

describe.skipIf(!hasBrowser)('column widths on screen', () => {
  const open = sessionPerTest(openApp)

  it.each([1400, 1024])('breaks no word of the Bilag example at %d px', async (width) => {
    const { page } = await open()
    await page.setViewportSize({ width, height: 900 })
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    await page.evaluate(() => document.fonts.ready)
    expect(await brokenWords(page)).toEqual([])
    // Ungrouped, the area column holds "forældreinddragelse" too.
    await page.getByLabel('Gruppér efter indsatsområde').uncheck()
    await expect.poll(() => page.locator('tr.group-row').count()).toBe(0)
    expect(await brokenWords(page)).toEqual([])
  })

  it('keeps the widths while filtering and gives the long texts the room', async () => {
    const { page } = await open()
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    const widths = () => page.locator('table.overview-table thead th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)))
    const before = await widths()
    await page.getByLabel('Søg').fill('forældre')
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBeLessThan(19)
    expect(await widths()).toEqual(before)
    const labels = await page.locator('table.overview-table thead th').allTextContents()
    const at = (label: string) => before[labels.findIndex((l) => l.startsWith(label))]!
    expect(at('Hvordan implementeres det')).toBeGreaterThan(at('Status'))
    expect(at('ABC')).toBeLessThan(at('Indsats'))
    expect(await axeViolations(page, 'table.overview-table')).toEqual([])
  })
})

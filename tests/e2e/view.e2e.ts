/**
 * The table's view as a manager meets it: grouped and sorted, remembered per overview,
 * counts in Danish format, and a large overview's first screen before all its rows.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { seedLargeOverview } from './seed'

const table = (page: Page) => page.getByRole('table', { name: 'Indsatser' })
const leafRows = (page: Page) => table(page).locator('tbody tr.leaf-row')
const groupRows = (page: Page) => table(page).locator('tbody tr.group-row')
const titles = (page: Page) => leafRows(page).locator('td.col-title').allTextContents()
const sortBy = (page: Page, column: string) => page.getByRole('columnheader', { name: new RegExp(`^${column}`) }).getByRole('button').click()
const category = (page: Page, c: string) => page.getByRole('button', { name: new RegExp(`^Kategori ${c}`) })
const summary = (page: Page) => page.locator('.table-summary').textContent()
/** The Opgjort pr. field shows the date as ISO or as dd.mm.åååå (another part of the app may format it). */
const asOfShows = async (page: Page, iso: string) => {
  const [y, m, d] = iso.split('-')
  return [iso, `${d}.${m}.${y}`].includes(await page.getByLabel('Opgjort pr.').inputValue())
}

/** Bilag 1 is open with all its rows; its id, as stored (the address does not always name it on a first run). */
async function bilag(page: Page): Promise<string> {
  await expect.poll(() => leafRows(page).count()).toBe(19)
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('indsatsoverblik')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const read = request.result.transaction('overviews').objectStore('overviews').getAll()
          read.onerror = () => reject(read.error)
          read.onsuccess = () => {
            request.result.close()
            resolve((read.result as { id: string }[])[0]!.id)
          }
        }
      }),
  )
}

describe.skipIf(!hasBrowser)('the table view', () => {
  const open = sessionPerTest(openApp)

  it('grouped and sorted by Frist, the group holding the earliest deadline comes first', async () => {
    const { page } = await open()
    await bilag(page)
    // Ungrouped, the earliest and the latest deadline of the whole table.
    await page.getByLabel('Gruppér efter indsatsområde').uncheck()
    await sortBy(page, 'Frist')
    await expect.poll(() => table(page).getByRole('columnheader', { name: /^Frist/ }).getAttribute('aria-sort')).toBe('ascending')
    const ascending = await titles(page)
    await sortBy(page, 'Frist')
    await expect.poll(() => table(page).getByRole('columnheader', { name: /^Frist/ }).getAttribute('aria-sort')).toBe('descending')
    const descending = await titles(page)
    expect(ascending[0]).toBe('Ny HR-Enhed')

    await page.getByLabel('Gruppér efter indsatsområde').check()
    await expect.poll(() => groupRows(page).count()).toBe(3)
    // Descending: the first group holds the latest deadline, first.
    await expect.poll(async () => (await titles(page))[0]).toBe(descending[0])
    await sortBy(page, 'Frist') // off
    await sortBy(page, 'Frist') // ascending
    await expect.poll(() => table(page).getByRole('columnheader', { name: /^Frist/ }).getAttribute('aria-sort')).toBe('ascending')
    // The overview's own order starts with Tilsyn; Ny HR-Enhed (done 1 January 2021) is in Central understøttelse.
    await expect.poll(() => groupRows(page).first().textContent()).toBe('Central understøttelse (8 indsatser)')
    expect((await titles(page))[0]).toBe(ascending[0])
    // Inside each group the rows keep the sort: the grouped order is the flat order, area by area.
    const grouped = await titles(page)
    const areaOf = new Map(await leafRows(page).evaluateAll((rows) => rows.map((r) => [r.querySelector('td.col-title')?.textContent ?? '', r.querySelector('td.col-area')?.textContent ?? ''] as const)))
    const areasInOrder = [...new Set(grouped.map((title) => areaOf.get(title)))]
    expect(grouped).toEqual(areasInOrder.flatMap((area) => ascending.filter((title) => areaOf.get(title) === area)))

    // By Indsatsområde: groups by name, as before.
    await sortBy(page, 'Indsatsområde')
    await expect.poll(() => groupRows(page).allTextContents()).toEqual([
      'Central understøttelse (8 indsatser)',
      'Styrket administrativ praksis (2 indsatser)',
      'Tilsyn, forældreinddragelse og børn med særlige behov (9 indsatser)',
    ])
    expect(await axeViolations(page)).toEqual([])
  })

  it('remembers Opgjort pr., filters, sort and grouping per overview; a URL with a view wins; another overview starts fresh', async () => {
    const { page } = await open()
    const id = await bilag(page)
    await category(page, 'C').click()
    await page.getByLabel('Opgjort pr.').fill('2021-03-01')
    await page.getByLabel('Kun overskredne').check()
    await sortBy(page, 'Frist')
    await page.getByLabel('Gruppér efter indsatsområde').uncheck()
    await expect.poll(() => leafRows(page).count()).toBe(2)

    // A bare link to the overview: everything is back (written on leaving, within the write delay).
    await page.goto(new URL(`/?o=${id}`, page.url()).toString())
    await expect.poll(() => leafRows(page).count()).toBe(2)
    expect(await category(page, 'C').getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByLabel('Kun overskredne').isChecked()).toBe(true)
    expect(await page.getByLabel('Gruppér efter indsatsområde').isChecked()).toBe(false)
    expect(await asOfShows(page, '2021-03-01')).toBe(true)
    expect(await table(page).getByRole('columnheader', { name: /^Frist/ }).getAttribute('aria-sort')).toBe('ascending')
    expect(await titles(page)).toEqual(['Dagtilbudsledelsesuddannelse', 'Analyse af bedre rammer for dagtilbudsledelse'])
    // …and the address says so again, so it can be bookmarked as it is.
    await expect.poll(() => page.url()).toContain('kat=C')

    // A link that carries a view shows exactly that view.
    await page.goto(new URL(`/?o=${id}&kat=A`, page.url()).toString())
    await expect.poll(() => category(page, 'A').getAttribute('aria-pressed')).toBe('true')
    expect(await category(page, 'C').getAttribute('aria-pressed')).toBe('false')
    expect(await page.getByLabel('Kun overskredne').isChecked()).toBe(false)
    expect(await page.getByLabel('Gruppér efter indsatsområde').isChecked()).toBe(true)
    expect(await table(page).getByRole('columnheader', { name: /^Frist/ }).getAttribute('aria-sort')).toBe('none')
    await expect.poll(() => leafRows(page).count()).toBe(11)

    // Another overview, opened by its link: the default view.
    const other = await seedLargeOverview(page, 3)
    await page.goto(new URL(`/?o=${other}`, page.url()).toString())
    await expect.poll(() => leafRows(page).count()).toBe(3)
    for (const c of ['A', 'B', 'C']) expect(await category(page, c).getAttribute('aria-pressed')).toBe('false')
    expect(await page.getByLabel('Kun overskredne').isChecked()).toBe(false)
    expect(await page.getByLabel('Gruppér efter indsatsområde').isChecked()).toBe(true)
    expect(await asOfShows(page, '2021-03-01')).toBe(false)
    expect(page.url()).not.toContain('kat=')
    await category(page, 'B').click()
    await expect.poll(() => leafRows(page).count()).toBe(1)

    // Switching in the page (Oversigter → Åbn): each overview shows its own view, not the previous one's.
    await page.getByRole('button', { name: 'Oversigter' }).click()
    await page.getByRole('dialog').getByRole('group', { name: 'Bilag 1 – overblik over indsatser' }).getByRole('button', { name: 'Åbn' }).click()
    await expect.poll(() => category(page, 'A').getAttribute('aria-pressed')).toBe('true')
    expect(await category(page, 'B').getAttribute('aria-pressed')).toBe('false')
    await expect.poll(() => leafRows(page).count()).toBe(11)
    await page.getByRole('button', { name: 'Oversigter' }).click()
    await page.getByRole('dialog').getByRole('group', { name: 'Stor oversigt med 3 indsatser' }).getByRole('button', { name: 'Åbn' }).click()
    await expect.poll(() => category(page, 'B').getAttribute('aria-pressed')).toBe('true')
    expect(await category(page, 'A').getAttribute('aria-pressed')).toBe('false')
    await expect.poll(() => leafRows(page).count()).toBe(1)
    await expect.poll(() => page.url()).toContain('kat=B')
    expect(page.url()).not.toContain('kat=A')
    expect(await axeViolations(page)).toEqual([])
  })

  it('survives garbage where the views are remembered', async () => {
    const { page } = await open()
    const id = await bilag(page)
    const remembered = () => page.evaluate(() => localStorage.getItem('indsatsoverblik.views'))
    for (const garbage of ['{not json', '[1,2,3]', JSON.stringify({ [id]: { kat: 'C' } }), JSON.stringify({ [id]: 'kat=Z&sort=nonsense&pr=2021-02-31' })]) {
      // Once the open page has remembered its view, nothing is left to write over the garbage on leaving.
      await expect.poll(remembered).toContain(id)
      await page.evaluate((text) => localStorage.setItem('indsatsoverblik.views', text), garbage)
      await page.goto(new URL(`/?o=${id}`, page.url()).toString())
      await expect.poll(() => leafRows(page).count()).toBe(19)
      for (const c of ['A', 'B', 'C']) expect(await category(page, c).getAttribute('aria-pressed')).toBe('false')
      expect(await table(page).getByRole('columnheader', { name: /^Frist/ }).getAttribute('aria-sort')).toBe('none')
      // And the memory is whole again.
      await expect.poll(async () => Object.keys(JSON.parse((await remembered()) ?? '{}') as object)).toContain(id)
    }
  })

  it('writes counts in Danish format: 10.000 indsatser, (3.334) on the toggles, (2.500 indsatser) on the groups', async () => {
    const { page } = await open()
    await bilag(page)
    const id = await seedLargeOverview(page, 10_000)
    await page.goto(new URL(`/?o=${id}`, page.url()).toString())
    await expect.poll(() => summary(page), { timeout: 30_000 }).toMatch(/^10\.000 indsatser · 10\.000 vist · \d{1,3}(\.\d{3})* overskredne$/)
    expect(await category(page, 'A').textContent()).toBe('Kategori A (3.334)')
    expect(await category(page, 'B').textContent()).toBe('Kategori B (3.333)')
    expect(await category(page, 'C').textContent()).toBe('Kategori C (3.333)')
    expect(await groupRows(page).first().textContent()).toBe('Tilsyn og forældreinddragelse (2.500 indsatser)')

    await page.getByRole('button', { name: 'Overblik' }).click()
    const all = page.getByRole('button', { name: 'Vis alle 10.000 indsatser', exact: true })
    await expect.poll(() => all.textContent()).toBe('10.000')

    await page.getByRole('button', { name: 'Eksportér', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Eksportér' })
    await expect.poll(() => dialog.getByText('Hele oversigten (10.000 indsatser)').count()).toBe(1)
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Oversigter' }).click()
    await expect.poll(() => page.getByRole('dialog').getByText(/10\.000 indsatser/).count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
  })

  it('paints a large overview\'s first rows before the rest, with nothing that looks final, and a filter typed meanwhile applies to every row', async () => {
    const { page } = await open()
    await bilag(page)
    const id = await seedLargeOverview(page, 10_000)
    // What the first screen shows, taken the moment its first rows are in the page and
    // the table still says it is busy; and Søg typed into right then (a person would be
    // slower, so this is the earliest a filter can meet the rows still to come).
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const busy = document.querySelector('[aria-busy="true"]')
        const row = busy?.querySelector('tr.leaf-row')
        if (!busy || !row) return
        seen.disconnect()
        const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith(name))
        const groupCount = busy.querySelector('.group-row__count')
        ;(window as unknown as { firstScreen: unknown }).firstScreen = {
          summary: document.querySelector('.table-summary')?.textContent,
          categoryA: button('Kategori A')?.textContent,
          exportDisabled: button('Eksportér')?.matches(':disabled'),
          groupCountShown: groupCount ? getComputedStyle(groupCount).display !== 'none' : null,
          firstTitle: row.querySelector('td.col-title')?.textContent,
        }
        const search = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Søg')?.control as HTMLInputElement
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(search, 'nummer 9999:')
        search.dispatchEvent(new Event('input', { bubbles: true }))
      })
      seen.observe(document, { subtree: true, childList: true, attributes: true })
    })
    await page.goto(new URL(`/?o=${id}`, page.url()).toString())
    await expect.poll(() => summary(page), { timeout: 30_000 }).toMatch(/^10\.000 indsatser · 1 vist · /)
    // While the rest was read: the overview's first rows, no total, no counts, no actions.
    expect(await page.evaluate(() => (window as unknown as { firstScreen: unknown }).firstScreen)).toEqual({
      summary: 'De første indsatser vises · henter resten …',
      categoryA: 'Kategori A',
      exportDisabled: true,
      groupCountShown: false,
      firstTitle: 'Indsats nummer 1: bedre inddragelse af forældreråd og bestyrelser i tilsynet',
    })
    // Every row in: the filter typed meanwhile found the last page's row, and the counts are final.
    expect(await page.getByLabel('Søg').inputValue()).toBe('nummer 9999:')
    expect(await titles(page)).toEqual(['Indsats nummer 9999: bedre inddragelse af forældreråd og bestyrelser i tilsynet'])
    expect(await category(page, 'A').textContent()).toBe('Kategori A (0)')
    expect(await category(page, 'C').textContent()).toBe('Kategori C (1)')
    expect(await page.getByRole('button', { name: 'Eksportér', exact: true }).isDisabled()).toBe(false)
    expect(await groupRows(page).first().textContent()).toBe('Rekruttering (1 indsats)')
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
  })
})

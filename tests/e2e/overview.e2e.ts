/** The overview a secretary opens every week, driven as a person would in real Chromium. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'

const table = (page: Page) => page.getByRole('table', { name: 'Indsatser' })
const leafRows = (page: Page) => table(page).locator('tbody tr.leaf-row')
const groupRows = (page: Page) => table(page).locator('tbody tr.group-row')
const rowWith = (page: Page, text: string) => leafRows(page).filter({ hasText: text })

async function setAsOf(page: Page, date: string) {
  await page.getByLabel('Opgjort pr.').fill(date)
}

describe.skipIf(!hasBrowser)('the overview in the browser', () => {
  const open = sessionPerTest(openApp)

  it('opens a new profile on Bilag 1: 19 rows in three groups, Kategori C shows 4, search narrows', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await expect.poll(() => groupRows(page).count()).toBe(3)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bilag 1 – overblik over indsatser')
    expect(await groupRows(page).allTextContents()).toEqual([
      'Tilsyn, forældreinddragelse og børn med særlige behov (9 indsatser)',
      'Central understøttelse (8 indsatser)',
      'Styrket administrativ praksis (2 indsatser)',
    ])
    // Counts shown on the toggles add up to the rows shown.
    const counts = await Promise.all(['A', 'B', 'C'].map(async (c) => Number((await page.getByRole('button', { name: new RegExp(`^Kategori ${c}`) }).textContent())?.match(/\((\d+)\)/)?.[1])))
    expect(counts).toEqual([11, 4, 4])

    const c = page.getByRole('button', { name: /^Kategori C/ })
    await c.click()
    await expect(c.getAttribute('aria-pressed')).resolves.toBe('true')
    await expect.poll(() => leafRows(page).count()).toBe(4)
    expect(await table(page).locator('tbody td.col-category').allTextContents()).toEqual(['C', 'C', 'C', 'C'])
    await c.click()
    await expect.poll(() => leafRows(page).count()).toBe(19)

    await page.getByLabel('Søg').fill('klageenhed')
    await expect.poll(() => leafRows(page).count()).toBe(1)
    await page.getByLabel('Søg').fill('FORÆLDRERÅD')
    await expect.poll(() => leafRows(page).count()).toBeGreaterThan(1)
    await expect.poll(() => leafRows(page).count()).toBeLessThan(19)
    await page.getByLabel('Søg').fill('ingen række har denne tekst')
    await expect.poll(() => page.getByText('Ingen indsatser passer til filtrene.').count()).toBe(1)
    await page.getByRole('button', { name: 'Ryd filtre' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(19)

    expect(await axeViolations(page)).toEqual([])
  })

  it('moves flags with the as-of date; Implementeret is never overdue', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const row = rowWith(page, 'Dagtilbudsledelsesuddannelse')
    await setAsOf(page, '2021-01-20')
    await expect.poll(() => row.textContent()).toContain('Snart')
    expect(await row.textContent()).not.toContain('Overskredet')
    await setAsOf(page, '2021-03-01')
    await expect.poll(() => row.textContent()).toContain('Overskredet')
    // "Er implementeret" rows start as Implementeret and carry no flag.
    const done = rowWith(page, 'Inddragelse af Arbejds miljø København')
    expect(await done.textContent()).toContain('Implementeret')
    expect(await done.textContent()).not.toContain('Overskredet')
    // Rows with no readable date say so.
    expect(await rowWith(page, 'Budgetnotat med skemalagt tid').textContent()).toContain('Ingen dato')

    await page.getByLabel('Kun overskredne').check()
    const overdueCount = await leafRows(page).count()
    expect(overdueCount).toBeGreaterThan(0)
    expect(await page.locator('.table-summary').textContent()).toBe(`19 indsatser · ${overdueCount} vist · ${overdueCount} overskredne`)

    // Setting it Implementeret takes it off the overdue list.
    await row.getByRole('button', { name: 'Rediger' }).click()
    const form = page.getByRole('dialog')
    await form.getByLabel('Status').selectOption({ label: 'Implementeret' })
    await form.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(overdueCount - 1)
  })

  it('adds, edits, deletes with Fortryd, and keeps everything across a reload', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)

    await page.getByRole('button', { name: 'Ny indsats' }).click()
    const form = page.getByRole('dialog', { name: 'Ny indsats' })
    await form.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => form.getByText('Skal udfyldes.').count()).toBe(1)
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await form.getByLabel('Indsatsområde').fill('Styrket administrativ praksis')
    await form.getByLabel('Kategori').selectOption('B')
    await form.getByLabel('Indsats', { exact: true }).fill('Ny procedure for aktindsigt')
    await form.getByLabel('Hvordan implementeres det').fill('Forvaltningen udarbejder en procedure.')
    await form.getByLabel('Hvornår forventes det implementeret').fill('Implementeres i 3. kvartal 2021')
    await expect.poll(() => form.getByText('Læses som: 3. kvartal 2021 (1. juli – 30. september 2021)').count()).toBe(1)
    await form.getByLabel('Ansvarlig').fill('Jura')
    await form.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(20)
    await expect.poll(() => groupRows(page).last().textContent()).toBe('Styrket administrativ praksis (3 indsatser)')
    // The first save asks for persistent storage; the footer says how it went.
    await expect.poll(() => page.locator('.app-footer').textContent()).toMatch(/varig lagring/)

    await rowWith(page, 'Ny procedure for aktindsigt').getByRole('button', { name: 'Rediger' }).click()
    const edit = page.getByRole('dialog', { name: 'Rediger' })
    await edit.getByLabel('Indsats', { exact: true }).fill('Ny procedure for aktindsigter')
    await edit.getByLabel('Fast frist').fill('2021-06-15')
    await expect.poll(() => edit.locator('.deadline-preview').textContent()).toContain('15. juni 2021')
    await edit.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => rowWith(page, 'Ny procedure for aktindsigter').textContent()).toContain('15. juni 2021')

    await rowWith(page, 'Styrket journaliseringspraksis').getByRole('button', { name: 'Slet' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await page.getByRole('button', { name: 'Fortryd' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(20)
    await expect.poll(() => rowWith(page, 'Styrket journaliseringspraksis').count()).toBe(1)

    await page.reload()
    await expect.poll(() => leafRows(page).count()).toBe(20)
    expect(await rowWith(page, 'Ny procedure for aktindsigter').textContent()).toContain('Jura')
  })

  it('keeps the view in the URL across a reload, and edits with the keyboard alone', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await page.getByRole('button', { name: /^Kategori C/ }).click()
    await setAsOf(page, '2021-03-01')
    await page.getByLabel('Kun overskredne').check()
    await page.getByRole('button', { name: /^Frist/ }).click()
    await expect.poll(() => leafRows(page).count()).toBe(2)
    await expect.poll(() => page.url()).toContain('kat=C')
    await page.reload()
    await expect.poll(() => leafRows(page).count()).toBe(2)
    expect(await page.getByRole('button', { name: /^Kategori C/ }).getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByLabel('Opgjort pr.').inputValue()).toBe('01.03.2021')
    expect(await page.getByRole('columnheader', { name: /^Frist/ }).getAttribute('aria-sort')).toBe('ascending')
    // Sorted by Frist: 20 January before February.
    const titles = await leafRows(page).locator('td.col-title').allTextContents()
    expect(titles).toEqual(['Dagtilbudsledelsesuddannelse', 'Analyse af bedre rammer for dagtilbudsledelse'])

    // Keyboard only: open Rediger, Escape closes and focus returns to the button.
    const editButton = rowWith(page, 'Dagtilbudsledelsesuddannelse').getByRole('button', { name: 'Rediger' })
    await editButton.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    expect(await editButton.evaluate((el) => el === document.activeElement)).toBe(true)
  })
})

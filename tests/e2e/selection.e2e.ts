/** Many rows at once: choosing rows (click, Shift+click, Space, Vælg alle viste), the bulk bar's actions, and Fortryd back to the exact database. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { dumpDatabase } from './stored'

const leafRows = (page: Page) => page.locator('tr.leaf-row')
const rowWith = (page: Page, text: string) => leafRows(page).filter({ hasText: text })
/** The row checkboxes in the order shown. */
const rowBoxes = (page: Page) => page.locator('tbody input[type=checkbox]')
const selectAll = (page: Page) => page.getByRole('checkbox', { name: 'Vælg alle viste' })
const bar = (page: Page) => page.getByRole('region', { name: 'Valgte indsatser' })
const checkedCount = (page: Page) => page.locator('tbody input[type=checkbox]:checked').count()

describe.skipIf(!hasBrowser)('choosing rows and changing them at once', () => {
  const open = sessionPerTest(openApp)

  it('chooses by click, Shift+click range and Space; Vælg alle viste is mixed, then checked', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    expect(await bar(page).count()).toBe(0)

    await page.getByRole('checkbox', { name: 'Vælg Ny HR-Enhed' }).check()
    await expect.poll(() => bar(page).getByRole('status').textContent()).toBe('1 valgt')
    expect(await selectAll(page).evaluate((box: HTMLInputElement) => [box.checked, box.indeterminate])).toEqual([false, true])
    expect(await rowWith(page, 'Ny HR-Enhed').getAttribute('class')).toContain('leaf-row--selected')

    // Shift+click: from the last row clicked to this one, in the order shown.
    await rowBoxes(page).nth(2).click()
    await rowBoxes(page).nth(6).click({ modifiers: ['Shift'] })
    await expect.poll(() => bar(page).getByRole('status').textContent()).toBe('6 valgt')
    expect(await rowBoxes(page).evaluateAll((boxes: HTMLInputElement[]) => boxes.slice(0, 8).map((b) => b.checked))).toEqual([false, false, true, true, true, true, true, false])

    // The keyboard: Tab reaches a row's checkbox, Space toggles it.
    await rowBoxes(page).nth(10).focus()
    await page.keyboard.press('Space')
    await expect.poll(() => rowBoxes(page).nth(10).isChecked()).toBe(true)
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect.poll(() => rowBoxes(page).nth(10).isChecked()).toBe(false)
    await page.keyboard.press('Space')
    await expect.poll(() => checkedCount(page)).toBe(7)

    await selectAll(page).click()
    await expect.poll(() => checkedCount(page)).toBe(19)
    await expect.poll(() => bar(page).getByRole('status').textContent()).toBe('19 valgt')
    expect(await selectAll(page).evaluate((box: HTMLInputElement) => [box.checked, box.indeterminate])).toEqual([true, false])
    expect(await axeViolations(page)).toEqual([])
    await selectAll(page).click()
    await expect.poll(() => bar(page).count()).toBe(0)
  })

  it('Vælg alle viste with a filter on chooses the rows shown; the choice survives the filter and the bar says what it hides', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await page.getByRole('button', { name: /^Kategori C/ }).click()
    await expect.poll(() => leafRows(page).count()).toBe(4)
    await selectAll(page).click()
    await expect.poll(() => bar(page).getByRole('status').textContent()).toBe('4 valgt')

    await page.getByRole('button', { name: /^Kategori C/ }).click()
    await page.getByRole('button', { name: /^Kategori A/ }).click()
    await expect.poll(() => leafRows(page).count()).toBe(11)
    await expect.poll(() => bar(page).getByRole('status').textContent()).toBe('4 valgt · 4 af dem er skjult af filtrene og kommer med')
    expect(await checkedCount(page)).toBe(0)

    await page.getByRole('button', { name: /^Kategori A/ }).click()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await expect.poll(() => checkedCount(page)).toBe(4)
    expect(await selectAll(page).evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true)
  })

  it('Sæt kategori on 3 rows: the table and the Kategori counts show it; Fortryd gives back the exact database', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await expect.poll(() => page.getByRole('button', { name: /^Kategori C/ }).textContent()).toBe('Kategori C (4)')
    const before = await dumpDatabase(page)

    const titles = ['Ny HR-Enhed', 'Styrket journaliseringspraksis', 'Central klageenhed']
    for (const title of titles) await page.getByRole('checkbox', { name: `Vælg ${title}` }).check()
    await expect.poll(() => bar(page).getByRole('status').textContent()).toBe('3 valgt')
    const categories = () => Promise.all(titles.map((title) => rowWith(page, title).locator('td.col-category').textContent()))
    expect(await categories()).not.toEqual(['C', 'C', 'C'])

    await bar(page).getByRole('button', { name: 'Sæt kategori' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sæt kategori' })
    await expect.poll(() => dialog.getByText('Gælder 3 valgte indsatser.').count()).toBe(1)
    await dialog.getByRole('button', { name: 'Sæt kategori' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Vælg en af mulighederne.')
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByLabel('Kategori C').check()
    await dialog.getByRole('button', { name: 'Sæt kategori' }).click()
    await expect.poll(() => dialog.count()).toBe(0)

    await expect.poll(categories).toEqual(['C', 'C', 'C'])
    const countC = Number((await page.getByRole('button', { name: /^Kategori C/ }).textContent())?.match(/\((\d+)\)/)?.[1])
    expect(countC).toBeGreaterThan(4)
    expect(countC).toBeLessThanOrEqual(7)
    await expect.poll(() => page.getByRole('status').filter({ hasText: '3 indsatser er ændret.' }).count()).toBe(1)
    expect(await dumpDatabase(page)).not.toBe(before)

    await page.getByRole('button', { name: 'Fortryd' }).click()
    await expect.poll(() => page.getByRole('button', { name: /^Kategori C/ }).textContent()).toBe('Kategori C (4)')
    await expect.poll(() => dumpDatabase(page)).toBe(before)
  })

  it('Sæt status writes a status-log entry per changed row, as Rediger does; Fortryd removes them with the rest', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const before = await dumpDatabase(page)
    const titles = ['Ny HR-Enhed', 'Styrket journaliseringspraksis']
    const statuses = await Promise.all(titles.map((title) => rowWith(page, title).locator('td.col-status').textContent()))
    expect(statuses).not.toContain('Sat i bero')
    for (const title of titles) await page.getByRole('checkbox', { name: `Vælg ${title}` }).check()
    await bar(page).getByRole('button', { name: 'Sæt status' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sæt status' })
    await dialog.getByLabel('Sat i bero').check()
    await dialog.getByRole('button', { name: 'Sæt status' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => page.getByRole('status').filter({ hasText: '2 indsatser er ændret.' }).count()).toBe(1)

    for (const [index, title] of titles.entries()) {
      await rowWith(page, title).getByRole('button', { name: 'Rediger' }).click()
      const form = page.getByRole('dialog', { name: 'Rediger' })
      await expect.poll(() => form.getByText(`Status ændret fra ${statuses[index]?.trim()} til Sat i bero.`).count()).toBe(1)
      await form.getByRole('button', { name: 'Annullér' }).click()
      await expect.poll(() => form.count()).toBe(0)
    }

    await page.getByRole('button', { name: 'Fortryd' }).click()
    await expect.poll(() => dumpDatabase(page)).toBe(before)
  })

  it('Sæt ansvarlig types a value for every chosen row, and refuses one that is too long', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await rowBoxes(page).nth(0).check()
    await rowBoxes(page).nth(1).check()
    await bar(page).getByRole('button', { name: 'Sæt ansvarlig' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sæt ansvarlig' })
    await dialog.getByLabel('Ny ansvarlig').fill('x'.repeat(501))
    await dialog.getByRole('button', { name: 'Sæt ansvarlig' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Teksten er for lang.')
    await dialog.getByLabel('Ny ansvarlig').fill('Økonomichefen')
    await dialog.getByRole('button', { name: 'Sæt ansvarlig' }).click()
    await expect.poll(() => leafRows(page).filter({ hasText: 'Økonomichefen' }).count()).toBe(2)
  })

  it('Slet valgte deletes every chosen row at once; Fortryd gives back the exact database', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const before = await dumpDatabase(page)
    await rowBoxes(page).nth(1).click()
    await rowBoxes(page).nth(5).click({ modifiers: ['Shift'] })
    await expect.poll(() => bar(page).getByRole('status').textContent()).toBe('5 valgt')
    expect(await axeViolations(page)).toEqual([])

    await bar(page).getByRole('button', { name: 'Slet valgte' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(14)
    await expect.poll(() => bar(page).count()).toBe(0)
    await expect.poll(() => page.getByRole('status').filter({ hasText: '5 indsatser er slettet.' }).count()).toBe(1)

    await page.getByRole('button', { name: 'Fortryd' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await expect.poll(() => dumpDatabase(page)).toBe(before)
    // Rows that come back come back unchosen.
    expect(await checkedCount(page)).toBe(0)
  })
})

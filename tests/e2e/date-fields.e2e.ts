/**
 * The date fields and title limits outside the row form: Opgjort pr., the header form,
 * Gem version til møde and Oversigter. Dates are typed as people write them, shown as
 * dd.mm.åååå, and a half-typed or impossible one is pointed out, never dropped silently.
 */
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { formatDateEntry } from '../../src/domain/date-entry-format'
import { todayIso } from '../../src/app/use-view-state'

const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')
const rowWith = (page: Page, text: string) => leafRows(page).filter({ hasText: text })
const question = (dialog: Locator) => dialog.getByText('Du har skrevet noget, som ikke er gemt. Vil du lukke uden at gemme?')
const wholeValue = (field: Locator) => field.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)

/** The message a screen reader hears with the field: found through its aria-describedby. */
async function messageOf(field: Locator): Promise<string> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return ''
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? []
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"].form-error-message`).allTextContents()))
  return texts.flat().join(' ')
}

describe.skipIf(!hasBrowser)('date fields and title limits', () => {
  const open = sessionPerTest(openApp)

  it('Opgjort pr. changes the view only for a whole valid date, and says why otherwise', async () => {
    const { page } = await open('/?pr=2021-03-01')
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const asOf = page.getByLabel('Opgjort pr.')
    const row = rowWith(page, 'Dagtilbudsledelsesuddannelse')
    expect(await asOf.inputValue()).toBe('01.03.2021')
    expect(await wholeValue(asOf)).toBe(true)
    await expect.poll(() => row.textContent()).toContain('Overskredet')

    await asOf.fill('20.01.2021')
    await expect.poll(() => page.url()).toContain('pr=2021-01-20')
    await expect.poll(() => row.textContent()).toContain('Snart')

    for (const typed of ['12.03', '31.02.2021']) {
      await asOf.fill(typed)
      await asOf.press('Enter')
      await expect.poll(() => messageOf(asOf)).toBe('Skriv en gyldig dato som dd.mm.åååå.')
      // The last valid date stays in force.
      expect(page.url()).toContain('pr=2021-01-20')
      expect(await row.textContent()).toContain('Snart')
    }
    expect(await axeViolations(page)).toEqual([])

    await asOf.fill('1. marts 2021')
    await expect.poll(() => page.url()).toContain('pr=2021-03-01')
    await asOf.press('Enter')
    await expect.poll(() => asOf.inputValue()).toBe('01.03.2021')
    expect(await messageOf(asOf)).toBe('')
    await expect.poll(() => row.textContent()).toContain('Overskredet')

    // Emptied and left: back to today.
    await asOf.fill('')
    await asOf.press('Tab')
    await expect.poll(() => asOf.inputValue()).toBe(formatDateEntry(todayIso()))
    await expect.poll(() => page.url()).not.toContain('pr=')
    await page.getByRole('button', { name: 'Mødedato', exact: true }).click()
    await expect.poll(() => asOf.inputValue()).toBe('20.01.2021')
  })

  it('the header form checks Mødedato and the title, and asks before closing with changes', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const edit = page.getByRole('button', { name: 'Rediger oversigtens oplysninger' })
    await edit.click()
    const dialog = page.getByRole('dialog', { name: 'Rediger oversigtens oplysninger' })
    const date = dialog.getByLabel('Mødedato')
    expect(await date.inputValue()).toBe('20.01.2021')
    expect(await wholeValue(date)).toBe(true)
    // Nothing changed: Escape closes at once.
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)

    await edit.click()
    await dialog.getByLabel('Udvalg').fill('Økonomiudvalget')
    await page.keyboard.press('Escape')
    await expect.poll(() => question(dialog).count()).toBe(1)
    await dialog.getByRole('button', { name: 'Fortsæt med at skrive' }).click()
    expect(await dialog.getByLabel('Udvalg').inputValue()).toBe('Økonomiudvalget')

    const title = dialog.getByLabel('Titel')
    await title.fill('t'.repeat(301))
    await date.fill('12.03')
    await dialog.getByRole('button', { name: 'Gem', exact: true }).click()
    await expect.poll(() => messageOf(title)).toBe('Teksten er for lang. Der må højst være 300 tegn.')
    expect(await dialog.getByText('301 af 300 tegn').count()).toBe(1)
    expect(await messageOf(date)).toBe('Skriv en gyldig dato som dd.mm.åååå.')
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByRole('button', { name: 'Annullér' }).click()
    await page.reload()
    await expect.poll(() => page.locator('.overview-header__facts').textContent()).toBe('Udvalg: Børne- og Ungdomsudvalget · Mødedato: 20. januar 2021')

    await edit.click()
    await dialog.getByLabel('Mødedato').fill('3. marts 2021')
    await dialog.getByRole('button', { name: 'Gem', exact: true }).click()
    await expect.poll(() => page.locator('.overview-header__facts').textContent()).toContain('Mødedato: 3. marts 2021')
  })

  it('Gem version til møde refuses a half-typed date and asks before dropping a changed name', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const button = page.getByRole('button', { name: 'Gem version til møde' })
    await button.click()
    const dialog = page.getByRole('dialog', { name: 'Gem version til møde' })
    await dialog.getByLabel('Navn på versionen').fill('BUU januar')
    await page.keyboard.press('Escape')
    await expect.poll(() => question(dialog).count()).toBe(1)
    await dialog.getByRole('button', { name: 'Luk uden at gemme' }).click()
    await expect.poll(() => dialog.count()).toBe(0)

    await button.click()
    expect(await dialog.getByLabel('Navn på versionen').inputValue()).toBe('Møde 20. januar 2021')
    const date = dialog.getByLabel('Mødedato')
    await date.fill('12.03')
    await dialog.getByRole('button', { name: 'Gem', exact: true }).click()
    await expect.poll(() => messageOf(date)).toBe('Skriv en gyldig dato som dd.mm.åååå.')
    expect(await axeViolations(page, 'dialog')).toEqual([])
    expect(await page.getByRole('button', { name: 'Versioner (0)' }).count()).toBe(1)
    await date.fill('20.01.2021')
    await dialog.getByRole('button', { name: 'Gem', exact: true }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Versioner (1)' }).count()).toBe(1)
  })

  it('Oversigter counts a new title, refuses one over 300 characters, and checks the next meeting date', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await page.getByRole('button', { name: 'Oversigter (1)' }).click()
    const dialog = page.getByRole('dialog', { name: 'Oversigter' })
    await dialog.getByRole('button', { name: 'Omdøb' }).click()
    const title = dialog.getByLabel('Ny titel')
    await title.fill('n'.repeat(301))
    expect(await dialog.getByText('301 af 300 tegn').count()).toBe(1)
    await dialog.getByRole('button', { name: 'Gem', exact: true }).click()
    await expect.poll(() => messageOf(title)).toBe('Teksten er for lang. Der må højst være 300 tegn.')
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => question(dialog).count()).toBe(1)
    await dialog.getByRole('button', { name: 'Fortsæt med at skrive' }).click()
    await dialog.getByRole('button', { name: 'Annullér' }).click()

    await dialog.getByRole('button', { name: 'Rul frem til næste møde' }).click()
    const date = dialog.getByLabel('Næste mødedato')
    await date.fill('31.02.2021')
    await dialog.getByRole('button', { name: 'Rul frem til næste møde' }).click()
    await expect.poll(() => messageOf(date)).toBe('Skriv en gyldig dato som dd.mm.åååå.')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bilag 1 – overblik over indsatser')
    await date.fill('3.3.2021')
    await dialog.getByRole('button', { name: 'Rul frem til næste møde' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Oversigter (2)' }).count()).toBe(1)
    await expect.poll(() => page.locator('.overview-header__facts').textContent()).toContain('Mødedato: 3. marts 2021')
  })
})

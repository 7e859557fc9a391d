/**
 * Ny indsats and Rediger as a new user meets them: one Gem for the row and its status log,
 * nothing dropped without a question, every field checked before anything is saved.
 */
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { formatDanishDate } from '../../src/ui/format'
import { todayIso } from '../../src/app/use-view-state'

const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')
const rowWith = (page: Page, text: string) => leafRows(page).filter({ hasText: text })
const logTexts = (dialog: Locator) => dialog.locator('.status-log__text').allTextContents()
const gem = (dialog: Locator) => dialog.getByRole('button', { name: 'Gem', exact: true })

async function openEdit(page: Page, title: string): Promise<Locator> {
  await expect.poll(() => leafRows(page).count()).toBeGreaterThan(0)
  await rowWith(page, title).getByRole('button', { name: 'Rediger' }).click()
  const dialog = page.getByRole('dialog', { name: 'Rediger' })
  await dialog.getByRole('heading', { name: 'Statuslog' }).waitFor()
  return dialog
}

async function saveAndClose(page: Page, dialog: Locator, message: string) {
  await gem(dialog).click()
  await expect.poll(() => dialog.count()).toBe(0)
  await expect.poll(() => page.getByText(message, { exact: true }).count()).toBe(1)
}

/** The message shown for a field, found the way a screen reader finds it: through the field's aria-describedby. */
async function messageOf(field: Locator): Promise<string> {
  expect(await field.getAttribute('aria-invalid')).toBe('true')
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? []
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"].form-error-message`).allTextContents()))
  return texts.flat().join(' ')
}

describe.skipIf(!hasBrowser)('the row form and its status log', () => {
  const open = sessionPerTest(openApp)

  it('saves what is typed in Opdatering with Gem, says so, and keeps it across a reload', async () => {
    const { page } = await open()
    const dialog = await openEdit(page, 'Ny HR-Enhed')
    await dialog.getByLabel('Opdatering', { exact: true }).fill('Oplægget kvalificeres i netværkene.')
    await saveAndClose(page, dialog, 'Indsatsen og 1 statusopdatering er gemt.')

    await page.reload()
    const again = await openEdit(page, 'Ny HR-Enhed')
    await expect.poll(() => logTexts(again)).toEqual(['Oplægget kvalificeres i netværkene.'])
    expect(await again.locator('.status-log__meta').first().textContent()).toBe(formatDanishDate(todayIso()))
    // Saved entries carry no "not saved" mark.
    expect(await again.getByText('Ikke gemt endnu').count()).toBe(0)
  })

  it('keeps an entry added with Tilføj opdatering pending: Annullér leaves no entry', async () => {
    const { page } = await open()
    const dialog = await openEdit(page, 'Ny HR-Enhed')
    await dialog.getByLabel('Dato for opdateringen').fill('15.01.2021')
    await dialog.getByLabel('Opdatering', { exact: true }).fill('Skal ikke gemmes.')
    await dialog.getByRole('button', { name: 'Tilføj opdatering' }).click()
    await expect.poll(() => logTexts(dialog)).toEqual(['Skal ikke gemmes.'])
    expect(await dialog.locator('.status-log__entry').first().textContent()).toContain('Ikke gemt endnu')
    expect(await dialog.getByLabel('Opdatering', { exact: true }).inputValue()).toBe('')
    expect(await axeViolations(page, 'dialog')).toEqual([])

    await dialog.getByRole('button', { name: 'Annullér' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await page.reload()
    const again = await openEdit(page, 'Ny HR-Enhed')
    expect(await logTexts(again)).toEqual([])
    expect(await again.getByText('Der er ikke skrevet nogen status endnu.').count()).toBe(1)
  })

  it('deletes a saved entry only with Gem, and Behold takes the deletion back', async () => {
    const { page } = await open()
    let dialog = await openEdit(page, 'Ny HR-Enhed')
    for (const [date, text] of [['11.01.2021', 'Første.'], ['15.02.2021', 'Anden.']] as const) {
      await dialog.getByLabel('Dato for opdateringen').fill(date)
      await dialog.getByLabel('Opdatering', { exact: true }).fill(text)
      await dialog.getByRole('button', { name: 'Tilføj opdatering' }).click()
    }
    await saveAndClose(page, dialog, 'Indsatsen og 2 statusopdateringer er gemt.')

    dialog = await openEdit(page, 'Ny HR-Enhed')
    await expect.poll(() => logTexts(dialog)).toEqual(['Anden.', 'Første.'])
    await dialog.getByRole('button', { name: 'Slet opdatering fra 15. februar 2021' }).click()
    await dialog.getByRole('button', { name: 'Slet opdatering fra 11. januar 2021' }).click()
    expect(await dialog.getByText('Slettes, når du gemmer').count()).toBe(2)
    await dialog.getByRole('button', { name: 'Behold opdateringen fra 11. januar 2021' }).click()
    expect(await dialog.getByText('Slettes, når du gemmer').count()).toBe(1)
    await saveAndClose(page, dialog, 'Indsatsen er gemt, og 1 statusopdatering er slettet.')

    await page.reload()
    dialog = await openEdit(page, 'Ny HR-Enhed')
    await expect.poll(() => logTexts(dialog)).toEqual(['Første.'])
  })

  it('asks before Escape or ✕ drops typed text: "Fortsæt med at skrive" keeps it, "Luk uden at gemme" drops it', async () => {
    const { page } = await open()
    const dialog = await openEdit(page, 'Ny HR-Enhed')
    const text = dialog.getByLabel('Opdatering', { exact: true })
    await text.fill('Halvt skrevet')
    await page.keyboard.press('Escape')
    const question = dialog.getByText('Du har skrevet noget, som ikke er gemt. Vil du lukke uden at gemme?')
    await expect.poll(() => question.count()).toBe(1)
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByRole('button', { name: 'Fortsæt med at skrive' }).click()
    expect(await question.count()).toBe(0)
    expect(await text.inputValue()).toBe('Halvt skrevet')

    await dialog.getByRole('button', { name: 'Luk', exact: true }).click()
    await expect.poll(() => question.count()).toBe(1)
    await dialog.getByRole('button', { name: 'Luk uden at gemme' }).click()
    await expect.poll(() => dialog.count()).toBe(0)

    const again = await openEdit(page, 'Ny HR-Enhed')
    expect(await again.getByLabel('Opdatering', { exact: true }).inputValue()).toBe('')
    // Nothing typed: Escape closes at once.
    await page.keyboard.press('Escape')
    await expect.poll(() => again.count()).toBe(0)
    await page.reload()
    expect(await logTexts(await openEdit(page, 'Ny HR-Enhed'))).toEqual([])
  })

  it('offers a log entry when Status changes, which can be edited or left out, and Gem saves it', async () => {
    const { page } = await open()
    let dialog = await openEdit(page, 'Ny HR-Enhed')
    const note = dialog.getByLabel('Skriv ændringen i loggen')
    expect(await note.count()).toBe(0)
    const status = dialog.getByLabel('Status')
    await status.focus()
    await status.selectOption({ label: 'I gang' })
    await expect.poll(() => note.inputValue()).toBe('Status ændret fra Implementeret til I gang.')
    // Focus stays on the Status field the user is changing.
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await axeViolations(page, 'dialog')).toEqual([])

    await dialog.getByRole('button', { name: 'Udelad' }).click()
    expect(await note.count()).toBe(0)
    expect(await dialog.getByText('Ændringen skrives ikke i statusloggen.').count()).toBe(1)
    await dialog.getByRole('button', { name: 'Skriv den alligevel' }).click()
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true)
    await note.fill('Status ændret fra Implementeret til I gang: HR-enheden udvides.')
    await saveAndClose(page, dialog, 'Indsatsen og 1 statusopdatering er gemt.')
    await expect.poll(() => rowWith(page, 'Ny HR-Enhed').textContent()).toContain('I gang')

    await page.reload()
    dialog = await openEdit(page, 'Ny HR-Enhed')
    await expect.poll(() => logTexts(dialog)).toEqual(['Status ændret fra Implementeret til I gang: HR-enheden udvides.'])

    // Changed back, nothing is offered; left out, nothing is logged.
    await dialog.getByLabel('Status').selectOption({ label: 'Sat i bero' })
    await expect.poll(() => note.count()).toBe(1)
    await dialog.getByLabel('Status').selectOption({ label: 'I gang' })
    expect(await note.count()).toBe(0)
    await dialog.getByLabel('Status').selectOption({ label: 'Sat i bero' })
    await dialog.getByRole('button', { name: 'Udelad' }).click()
    await saveAndClose(page, dialog, 'Indsatsen er gemt.')
    dialog = await openEdit(page, 'Ny HR-Enhed')
    await expect.poll(() => logTexts(dialog)).toHaveLength(1)
  })

  it.each(['31.02.2021', '12.03', '12.03.20'])('refuses Fast frist %j with the message beside the field, and saves nothing', async (typed) => {
    const { page } = await open()
    const before = await rowWith(page, 'Dagtilbudsledelsesuddannelse').first().textContent()
    const dialog = await openEdit(page, 'Dagtilbudsledelsesuddannelse')
    await dialog.getByLabel('Ansvarlig').fill('Skal ikke gemmes')
    const fixed = dialog.getByLabel('Fast frist')
    await fixed.fill(typed)
    await gem(dialog).click()
    await expect.poll(() => messageOf(fixed)).toBe('Skriv en gyldig dato som dd.mm.åååå.')
    expect(await fixed.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await fixed.inputValue()).toBe(typed)
    expect(await axeViolations(page, 'dialog')).toEqual([])

    await dialog.getByRole('button', { name: 'Annullér' }).click()
    await page.reload()
    await expect.poll(() => rowWith(page, 'Dagtilbudsledelsesuddannelse').first().textContent()).toBe(before)
    const again = await openEdit(page, 'Dagtilbudsledelsesuddannelse')
    expect(await again.getByLabel('Ansvarlig').inputValue()).toBe('')
    expect(await again.getByLabel('Fast frist').inputValue()).toBe('')
  })

  it('takes Fast frist as dd.mm.åååå or written Danish, shows it as dd.mm.åååå, whole', async () => {
    const { page } = await open()
    let dialog = await openEdit(page, 'Dagtilbudsledelsesuddannelse')
    const fixed = dialog.getByLabel('Fast frist')
    await fixed.fill('15.06.2021')
    await expect.poll(() => dialog.locator('.deadline-preview').textContent()).toContain('15. juni 2021')
    expect(await fixed.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true)
    await saveAndClose(page, dialog, 'Indsatsen er gemt.')
    await expect.poll(() => rowWith(page, 'Dagtilbudsledelsesuddannelse').first().textContent()).toContain('15. juni 2021')

    await page.reload()
    dialog = await openEdit(page, 'Dagtilbudsledelsesuddannelse')
    expect(await dialog.getByLabel('Fast frist').inputValue()).toBe('15.06.2021')
    // A written date is read as typed and tidied to dd.mm.åååå when the field is left.
    await dialog.getByLabel('Fast frist').fill('1. sept. 2021')
    await expect.poll(() => dialog.locator('.deadline-preview').textContent()).toContain('1. september 2021')
    await dialog.getByLabel('Ansvarlig').focus()
    expect(await dialog.getByLabel('Fast frist').inputValue()).toBe('01.09.2021')
    // Every date field in the dialog shows its whole value.
    for (const label of ['Fast frist', 'Dato for opdateringen']) {
      const field = dialog.getByLabel(label)
      expect(await field.evaluate((el: HTMLInputElement) => el.value.length === 10 && el.scrollWidth <= el.clientWidth)).toBe(true)
    }
  })

  it('starts Ny indsats with no category chosen, and will not save without one', async () => {
    const { page } = await open()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await page.getByRole('button', { name: 'Ny indsats' }).click()
    const dialog = page.getByRole('dialog', { name: 'Ny indsats' })
    const category = dialog.getByLabel('Kategori')
    expect(await category.locator('option:checked').textContent()).toBe('Vælg kategori')
    await dialog.getByLabel('Indsats', { exact: true }).fill('Ny procedure for aktindsigt')
    await gem(dialog).click()
    await expect.poll(() => messageOf(category)).toBe('Vælg kategori A, B, C eller Uden kategori.')
    expect(await axeViolations(page, 'dialog')).toEqual([])
    expect(await leafRows(page).count()).toBe(19)

    await category.selectOption('C')
    await saveAndClose(page, dialog, 'Indsatsen er tilføjet.')
    await expect.poll(() => leafRows(page).count()).toBe(20)
    expect(await rowWith(page, 'Ny procedure for aktindsigt').locator('td.col-category').textContent()).toBe('C')
  })

  it('counts the title, refuses 1.001 characters, and takes 1.000', async () => {
    const { page } = await open()
    const dialog = await openEdit(page, 'Ny HR-Enhed')
    const title = dialog.getByLabel('Indsats', { exact: true })
    expect(await dialog.getByText('11 af 1.000 tegn').count()).toBe(1)
    await title.fill('x'.repeat(1001))
    expect(await dialog.getByText('1.001 af 1.000 tegn').count()).toBe(1)
    // Screen readers hear it once typing pauses, near or over the limit.
    await expect.poll(() => dialog.locator('[aria-live="polite"]').filter({ hasText: 'Du har skrevet 1 tegn for meget.' }).count()).toBe(1)
    await gem(dialog).click()
    await expect.poll(() => messageOf(title)).toBe('Teksten er for lang. Der må højst være 1.000 tegn.')
    expect(await axeViolations(page, 'dialog')).toEqual([])
    expect(await dialog.count()).toBe(1)

    await title.fill('y'.repeat(1000))
    expect(await dialog.getByText('1.000 af 1.000 tegn').count()).toBe(1)
    await saveAndClose(page, dialog, 'Indsatsen er gemt.')
    await page.reload()
    await expect.poll(() => rowWith(page, 'y'.repeat(1000)).count()).toBe(1)
  })
})

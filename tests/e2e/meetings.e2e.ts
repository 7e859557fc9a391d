/** The meeting cycle: a version saved for the meeting, what changed since, the status log, and several overviews. */
import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import JSZip from 'jszip'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'

const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')
const row = (page: Page, text: string) => leafRows(page).filter({ hasText: text })

async function edit(page: Page, title: string, change: (form: ReturnType<Page['getByRole']>) => Promise<unknown>) {
  await row(page, title).getByRole('button', { name: 'Rediger' }).click()
  const form = page.getByRole('dialog', { name: 'Rediger' })
  await change(form)
  await form.getByRole('button', { name: 'Gem' }).click()
  await expect.poll(() => form.count()).toBe(0)
}

describe.skipIf(!hasBrowser)('the meeting cycle', () => {
  const open = sessionPerTest(openApp)

  it('saves a version for the meeting and shows exactly what changed since, on screen and in Word', async () => {
    const session = await open('/?pr=2021-01-20')
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)

    await page.getByRole('button', { name: 'Gem version til møde' }).click()
    const save = page.getByRole('dialog', { name: 'Gem version til møde' })
    expect(await save.getByLabel('Mødedato').inputValue()).toBe('20.01.2021')
    await save.getByLabel('Navn på versionen').fill('BUU 20. januar 2021')
    await save.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Versioner (1)' }).count()).toBe(1)

    await edit(page, 'Analyse af bedre rammer for dagtilbudsledelse', (form) => form.getByLabel('Kategori').selectOption('B'))
    await edit(page, 'Fælles koncept for fratrædelsessamtaler', (form) => form.getByLabel('Hvornår forventes det implementeret').fill('Implementeres i 4. kvartal 2021'))
    await edit(page, 'Ny HR-Enhed', (form) => form.getByLabel('Status').selectOption({ label: 'I gang' }))
    await page.getByRole('button', { name: 'Ny indsats' }).click()
    const add = page.getByRole('dialog', { name: 'Ny indsats' })
    await add.getByLabel('Indsatsområde').fill('Central understøttelse')
    await add.getByLabel('Kategori').selectOption('A')
    await add.getByLabel('Indsats', { exact: true }).fill('Fælles introduktion for nye ledere')
    await add.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(20)

    await page.getByRole('button', { name: 'Versioner (1)' }).click()
    await page.getByRole('dialog', { name: 'Versioner' }).getByRole('button', { name: 'Ændringer siden mødet 20. januar 2021' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ændringer siden mødet 20. januar 2021')
    expect(await page.getByText('3 ændrede · 1 tilføjet · 0 fjernede').count()).toBe(1)
    const lines = await page.locator('.changes-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)))
    expect(lines).toEqual([
      ['Ny HR-Enhed', 'Ændret', 'Status', 'Implementeret', 'I gang'],
      ['Analyse af bedre rammer for dagtilbudsledelse', 'Ændret', 'Kategori', 'C', 'B'],
      ['Fælles koncept for fratrædelsessamtaler', 'Ændret', 'Hvornår forventes det implementeret', 'Implementeres i 3. kvartal 2021. (1. juli – 30. september 2021)', 'Implementeres i 4. kvartal 2021 (1. oktober – 31. december 2021)'],
      ['Fælles introduktion for nye ledere', 'Tilføjet', '', '', ''],
    ])
    expect(await axeViolations(page)).toEqual([])

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (.docx)' }).click()])
    const xml = await (await JSZip.loadAsync(await readFile(await download.path()))).file('word/document.xml')!.async('string')
    for (const text of ['Ændringer siden mødet 20. januar 2021', 'Ny HR-Enhed', 'Analyse af bedre rammer for dagtilbudsledelse', 'Implementeres i 4. kvartal 2021', 'Fælles introduktion for nye ledere', 'Tilføjet']) {
      expect(xml).toContain(text)
    }

    // The version itself opens read-only, as it was at the meeting.
    await page.getByRole('button', { name: 'Tilbage til den aktuelle oversigt' }).click()
    await page.getByRole('button', { name: 'Versioner (1)' }).click()
    await page.getByRole('dialog', { name: 'Versioner' }).getByRole('button', { name: 'Vis BUU 20. januar 2021' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    expect(await page.getByRole('button', { name: 'Rediger' }).count()).toBe(0)
    expect(await row(page, 'Analyse af bedre rammer').locator('td.col-category').textContent()).toBe('C')
  })

  it('shows an extra column added since the version in Ændringer siden …, and the version keeps its old columns', async () => {
    const { page } = await open('/?pr=2021-01-20')
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await page.getByRole('button', { name: 'Gem version til møde' }).click()
    const save = page.getByRole('dialog', { name: 'Gem version til møde' })
    await save.getByLabel('Navn på versionen').fill('BUU 20. januar 2021')
    await save.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Versioner (1)' }).count()).toBe(1)

    await page.getByText('Kolonner', { exact: true }).click()
    await page.getByRole('button', { name: 'Tilføj kolonne' }).click()
    const dialog = page.getByRole('dialog', { name: 'Tilføj kolonne' })
    await dialog.getByLabel('Navn').fill('Budget')
    await dialog.getByLabel('Tal').check()
    await dialog.getByRole('button', { name: 'Tilføj', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('Kolonner', { exact: true }).click()
    await edit(page, 'Ny HR-Enhed', (form) => form.getByLabel('Budget', { exact: true }).fill('1000'))

    await page.getByRole('button', { name: 'Versioner (1)' }).click()
    await page.getByRole('dialog', { name: 'Versioner' }).getByRole('button', { name: 'Ændringer siden mødet 20. januar 2021' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ændringer siden mødet 20. januar 2021')
    const lines = await page.locator('.changes-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)))
    expect(lines).toEqual([['Ny HR-Enhed', 'Ændret', 'Budget', '—', '1.000']])
    expect(await axeViolations(page)).toEqual([])

    // The version saved before the column was added still shows the columns it had.
    await page.getByRole('button', { name: 'Tilbage til den aktuelle oversigt' }).click()
    await expect.poll(() => page.getByRole('columnheader', { name: /Budget/ }).count()).toBe(1)
    await page.getByRole('button', { name: 'Versioner (1)' }).click()
    await page.getByRole('dialog', { name: 'Versioner' }).getByRole('button', { name: 'Vis BUU 20. januar 2021' }).click()
    await expect.poll(() => page.getByText(/Du ser versionen/).count()).toBe(1)
    await expect.poll(() => leafRows(page).count()).toBe(19)
    expect(await page.getByRole('columnheader', { name: /Budget/ }).count()).toBe(0)
    expect(await page.getByRole('columnheader', { name: /Ansvarlig/ }).count()).toBe(1)
  })

  it('keeps a dated status log per indsats, newest first, and shows the latest as a column', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await row(page, 'Ny HR-Enhed').getByRole('button', { name: 'Rediger' }).click()
    const form = page.getByRole('dialog', { name: 'Rediger' })
    for (const [date, text] of [
      ['2023-08-11', 'Afdækningsfasen er i gang.'],
      ['2024-01-15', 'Oplægget kvalificeres i netværkene.'],
    ]) {
      await form.getByLabel('Dato for opdateringen').fill(date!)
      await form.getByLabel('Opdatering', { exact: true }).fill(text!)
      await form.getByRole('button', { name: 'Tilføj opdatering' }).click()
      await expect.poll(() => form.getByText(text!).count()).toBe(1)
    }
    expect(await form.locator('.status-log__text').allTextContents()).toEqual(['Oplægget kvalificeres i netværkene.', 'Afdækningsfasen er i gang.'])
    expect(await axeViolations(page, 'dialog')).toEqual([])
    // Entries added in the dialog are saved with the row's Gem.
    await form.getByRole('button', { name: 'Gem', exact: true }).click()
    await expect.poll(() => form.count()).toBe(0)

    await page.locator('summary', { hasText: 'Kolonner' }).click()
    await page.getByLabel('Seneste status').check()
    await expect.poll(() => row(page, 'Ny HR-Enhed').locator('td.col-latestStatus').textContent()).toBe('15. januar 2024: Oplægget kvalificeres i netværkene.')
  })

  it('rolls an overview forward to the next meeting and deletes one with Fortryd', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await page.getByRole('button', { name: 'Oversigter (1)' }).click()
    const list = page.getByRole('dialog', { name: 'Oversigter' })
    await list.getByRole('button', { name: 'Rul frem til næste møde' }).click()
    await list.getByLabel('Titel på den nye oversigt').fill('Bilag 1 – status til BUU 3. marts 2021')
    await list.getByLabel('Næste mødedato').fill('2021-03-03')
    await list.getByRole('button', { name: 'Rul frem til næste møde' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bilag 1 – status til BUU 3. marts 2021')
    await expect.poll(() => leafRows(page).count()).toBe(19)

    await page.getByRole('button', { name: 'Oversigter (2)' }).click()
    const items = page.getByRole('dialog', { name: 'Oversigter' }).getByRole('group', { name: 'Bilag 1 – overblik over indsatser' })
    await items.getByRole('button', { name: 'Slet oversigt' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Oversigter (1)' }).count()).toBe(1)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Fortryd' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bilag 1 – overblik over indsatser')
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await expect.poll(() => page.getByRole('button', { name: 'Oversigter (2)' }).count()).toBe(1)
  })
})

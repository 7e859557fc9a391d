/** Two tabs on one profile, a conflicting save, and a full disk — nothing is lost or overwritten silently. */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, baseUrl, hasBrowser, openApp, sessionPerTest, watch } from './browser'

const row = (page: Page, text: string) => page.locator('tr.leaf-row').filter({ hasText: text })

async function editOwner(page: Page, title: string, owner: string) {
  await row(page, title).getByRole('button', { name: 'Rediger' }).click()
  const form = page.getByRole('dialog', { name: 'Rediger' })
  await form.getByLabel('Ansvarlig').fill(owner)
  return form
}

describe.skipIf(!hasBrowser)('data safety in the browser', () => {
  const open = sessionPerTest(openApp)

  it('shows a change made in one tab in the other at once', async () => {
    const session = await open()
    const a = session.page
    await expect.poll(() => a.locator('tr.leaf-row').count()).toBe(19)
    const b = await session.context.newPage()
    watch(b, session.consoleErrors)
    await b.goto(a.url())
    await expect.poll(() => b.locator('tr.leaf-row').count()).toBe(19)

    const form = await editOwner(a, 'Ny HR-Enhed', 'HR-chefen')
    await form.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => row(b, 'Ny HR-Enhed').textContent()).toContain('HR-chefen')

    await row(b, 'Styrket journaliseringspraksis').getByRole('button', { name: 'Slet' }).click()
    await expect.poll(() => a.locator('tr.leaf-row').count()).toBe(18)
  })

  it('keeps both versions of a conflicting save until the user chooses', async () => {
    const session = await open()
    const a = session.page
    await expect.poll(() => a.locator('tr.leaf-row').count()).toBe(19)
    const b = await session.context.newPage()
    watch(b, session.consoleErrors)
    await b.goto(a.url())
    await expect.poll(() => b.locator('tr.leaf-row').count()).toBe(19)

    // B opens the form first; A saves a change; then B saves its own.
    const formB = await editOwner(b, 'Ny HR-Enhed', 'Version fra B')
    const formA = await editOwner(a, 'Ny HR-Enhed', 'Version fra A')
    await formA.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => row(b, 'Ny HR-Enhed').textContent()).toContain('Version fra A')
    await formB.getByRole('button', { name: 'Gem' }).click()

    const panel = formB.getByRole('alert').filter({ hasText: 'Rækken er ændret i et andet vindue' })
    await panel.waitFor()
    const diff = panel.getByRole('table')
    await expect.poll(() => diff.getByRole('row', { name: /Ansvarlig/ }).textContent()).toBe('AnsvarligVersion fra BVersion fra A')
    expect(await axeViolations(b, 'dialog')).toEqual([])
    // Nothing was overwritten while the user decides.
    expect(await row(a, 'Ny HR-Enhed').textContent()).toContain('Version fra A')

    await panel.getByRole('button', { name: 'Gem min version' }).click()
    await expect.poll(() => formB.count()).toBe(0)
    await expect.poll(() => row(a, 'Ny HR-Enhed').textContent()).toContain('Version fra B')
  })

  it('says clearly when the disk is full, and keeps the data as it was', async () => {
    const session = await open()
    const { page, context } = session
    await context.addInitScript(() => {
      // A stand-in for a full disk: every IndexedDB write throws the browser's own QuotaExceededError.
      const fail = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      Object.defineProperty(window, 'simulateFullDisk', {
        value: () => {
          IDBObjectStore.prototype.put = fail
          IDBObjectStore.prototype.add = fail
        },
      })
    })
    await page.reload()
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    await page.evaluate(() => (window as unknown as { simulateFullDisk: () => void }).simulateFullDisk())

    const form = await editOwner(page, 'Ny HR-Enhed', 'Skal ikke gemmes')
    await form.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Der er ikke mere plads' }).count()).toBe(1)
    // The form stays open with the user's text, and the table still shows what it had.
    expect(await form.getByLabel('Ansvarlig').inputValue()).toBe('Skal ikke gemmes')
    expect(await page.locator('tr.leaf-row').count()).toBe(19)

    await page.goto(new URL('/', baseUrl).toString())
    await expect.poll(() => page.locator('tr.leaf-row').count()).toBe(19)
    expect(await row(page, 'Ny HR-Enhed').textContent()).not.toContain('Skal ikke gemmes')
  })
})

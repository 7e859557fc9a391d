/**
 * Many rows at once (issue 13): every row of the 10,000 chosen with "Vælg alle viste", then
 * "Sæt ansvarlig" → the table painted with the new value on the rows in view, and the
 * toast's Fortryd → the old value painted again. Both are one IndexedDB transaction plus
 * the live re-read and re-derivation of every row.
 */
import type { Page } from 'playwright-core'
import { single, type Figure } from './report'
import type { Arm, Result } from './app'

export async function bulkChange(page: Page, size: number, figures: Figure[], arm: Arm, result: Result) {
  const count = size.toLocaleString('da-DK')
  const owner = `Bench-ansvarlig ${Date.now()}`
  const firstOwner = page.locator('tr.leaf-row td.col-owner').first()
  const before = (await firstOwner.textContent()) ?? ''
  await page.getByRole('checkbox', { name: 'Vælg alle viste' }).click()
  const bar = page.getByRole('region', { name: 'Valgte indsatser' })
  const said = await bar.getByRole('status').textContent()
  if (said !== `${count} valgt`) throw new Error(`the bar says "${said}", expected "${count} valgt"`)

  await bar.getByRole('button', { name: 'Sæt ansvarlig' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sæt ansvarlig' })
  await dialog.getByLabel('Ny ansvarlig').fill(owner)
  await arm(['click'], {
    until: [
      { selector: '.app-toast', includes: `${count} indsatser er ændret` },
      { selector: 'tr.leaf-row td.col-owner', includes: owner },
    ],
    timeoutMs: 60_000,
  })
  await dialog.getByRole('button', { name: 'Sæt ansvarlig' }).click()
  const changed = await result(90_000)
  if (changed.timedOut) throw new Error('the change was not painted within 60 s')
  figures.push(single({ id: 'bulk-change', measure: `Bulk change of ${size.toLocaleString('en')} selected rows → painted`, size, unit: 'ms', budget: { max: 1000, text: '≤ 1,000 ms' }, details: { firstPaint: Math.round(changed.firstPaint) } }, changed.painted))

  await arm(['click'], { until: [{ selector: 'tr.leaf-row td.col-owner', includes: before }], timeoutMs: 60_000 })
  await page.getByRole('button', { name: 'Fortryd' }).click()
  const undone = await result(90_000)
  if (undone.timedOut || (await firstOwner.textContent()) !== before) throw new Error('Fortryd did not bring the old value back')
  figures.push(single({ id: 'bulk-undo', measure: '  its Fortryd → painted', size, unit: 'ms' }, undone.painted))
  await bar.getByRole('button', { name: 'Fravælg alle' }).click()
}

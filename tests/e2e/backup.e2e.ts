/**
 * Sikkerhedskopi and Gendan sikkerhedskopi in real Chromium: a backup taken from Eksportér
 * brings a changed overview back (Erstat alt, after a safety copy is downloaded), status
 * entries and versions for meetings included; Flet ind lists its conflicts; a version 1 file
 * from before status logs is still restored; a file from a newer version is refused without
 * changing anything; and the Lagring panel and the backup reminder tell the user where things stand.
 */
import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import type { Download, Locator, Page } from 'playwright-core'
import { axeViolations, hasBrowser, openApp, sessionPerTest } from './browser'
import { dumpDatabase } from './stored'
import { VERSION_1_JSON } from '../io/backup/helpers'

const table = (page: Page) => page.getByRole('table', { name: 'Indsatser' })
const leafRows = (page: Page) => table(page).locator('tbody tr.leaf-row')
const rowWith = (page: Page, text: string) => leafRows(page).filter({ hasText: text })
const restoreDialog = (page: Page) => page.getByRole('dialog', { name: 'Gendan sikkerhedskopi' })
const footer = (page: Page) => page.locator('footer.app-footer')

interface BackupFile {
  version: number
  initiatives: { id: string; title: string; updatedAt: string }[]
  overviews: unknown[]
  statusLogs: { id: string; initiativeId: string; text: string }[]
  snapshots: { id: string; label: string; initiatives: unknown[]; statusLogs: unknown[] }[]
}

async function read(download: Download) {
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') }
}

async function takeBackup(page: Page) {
  await page.getByRole('button', { name: 'Eksportér' }).click()
  const dialog = page.getByRole('dialog', { name: 'Eksportér' })
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Sikkerhedskopi (JSON)' }).click()])
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain('er hentet')
  await page.keyboard.press('Escape')
  return read(download)
}

async function openRestore(page: Page, file: { name: string; text: string }): Promise<Locator> {
  await page.getByRole('button', { name: 'Gendan sikkerhedskopi' }).click()
  const dialog = restoreDialog(page)
  await dialog.waitFor()
  await dialog.getByLabel('Vælg sikkerhedskopi').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })
  return dialog
}

const dump = dumpDatabase

interface StatusSeed {
  title: string
  date: string
  text: string
  author: string
}

/**
 * With the raw IndexedDB API: adds dated status entries to the rows whose titles start with
 * these (as the Statuslog would write them), after clearing the status logs and versions if
 * asked to; then reloads, so the app reads the database afresh.
 */
async function editStatusLog(page: Page, add: StatusSeed[], remove: { clearAll?: boolean; clearVersions?: boolean } = {}) {
  await page.evaluate(
    async ({ add, remove }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('indsatsoverblik')
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      const tx = db.transaction(['rowPages', 'statusLogs', 'snapshots'], 'readwrite')
      if (remove.clearAll) tx.objectStore('statusLogs').clear()
      if (remove.clearVersions) tx.objectStore('snapshots').clear()
      tx.objectStore('rowPages').getAll().onsuccess = (event) => {
        const rows = (event.target as IDBRequest<{ rows: { id: string; overviewId: string; title: string }[] }[]>).result.flatMap((p) => p.rows)
        for (const entry of add) {
          const row = rows.find((r) => r.title.startsWith(entry.title))
          if (!row) throw new Error(`no row ${entry.title}`)
          const { title: _title, ...fields } = entry
          tx.objectStore('statusLogs').add({ id: crypto.randomUUID(), initiativeId: row.id, overviewId: row.overviewId, ...fields, createdAt: new Date().toISOString() })
        }
      }
      await new Promise<void>((done, fail) => {
        tx.oncomplete = () => done()
        tx.onerror = () => fail(tx.error)
      })
      db.close()
    },
    { add, remove },
  )
  await page.reload()
}

async function saveVersion(page: Page, label: string) {
  await page.getByRole('button', { name: 'Gem version til møde' }).click()
  const save = page.getByRole('dialog', { name: 'Gem version til møde' })
  await save.getByLabel('Navn på versionen').fill(label)
  await save.getByRole('button', { name: 'Gem' }).click()
  await expect.poll(() => save.count()).toBe(0)
}

const STATUS: StatusSeed[] = [
  { title: 'Ny HR-Enhed', date: '2021-01-11', text: 'Afdækningsfasen er i gang; organiseringen drøftes med MED.', author: 'Søren Ærø' },
  { title: 'Ny HR-Enhed', date: '2021-02-15', text: 'Oplægget kvalificeres i netværkene.', author: '' },
  { title: 'Central klageenhed', date: '2021-01-20', text: 'Udsat til budgetforhandlingerne – afventer udvalgets beslutning.', author: 'Åse Østergaard' },
]

describe.skipIf(!hasBrowser)('backup and restore', () => {
  const open = sessionPerTest(openApp)

  it('brings changed and deleted rows back with Erstat alt, after downloading a safety copy', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const originalTitles = await leafRows(page).locator('td.col-title').allTextContents()
    const backup = await takeBackup(page)
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'indsatsoverblik-backup', version: 3, statusLogs: [], snapshots: [] })

    // Change the overview: two rows deleted, one renamed.
    await rowWith(page, 'Styrket journaliseringspraksis').getByRole('button', { name: 'Slet' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(18)
    await rowWith(page, 'Central klageenhed').getByRole('button', { name: 'Slet' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(17)
    await rowWith(page, 'Dagtilbudsledelsesuddannelse').getByRole('button', { name: 'Rediger' }).click()
    const form = page.getByRole('dialog', { name: 'Rediger' })
    await form.getByLabel('Indsats', { exact: true }).fill('Omdøbt indsats')
    await form.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => rowWith(page, 'Omdøbt indsats').count()).toBe(1)

    const dialog = await openRestore(page, backup)
    await expect.poll(() => dialog.locator('.backup-summary').textContent()).toContain('1 oversigt:')
    const summary = (await dialog.locator('.backup-summary').textContent()) ?? ''
    expect(summary).toContain('Bilag 1 – overblik over indsatser')
    expect(summary).toContain('19 indsatser.')
    expect(summary).toMatch(/Lavet \d{1,2}\. \p{L}+ \d{4} kl\. \d\d\.\d\d\./u)
    expect(await axeViolations(page, 'dialog')).toEqual([])

    // Keyboard: the radios are reachable and Erstat alt can be chosen without a mouse.
    await dialog.getByLabel('Erstat alt').focus()
    await page.keyboard.press('Space')
    expect(await dialog.getByLabel('Erstat alt').isChecked()).toBe(true)
    const [safety] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Gendan', exact: true }).click()])
    const safetyCopy = await read(safety)
    expect(safetyCopy.name).toMatch(/^Indsatsoverblik sikkerhedskopi før gendannelse \d{4}-\d\d-\d\d\.json$/)
    const before = JSON.parse(safetyCopy.text) as BackupFile
    expect(before.initiatives).toHaveLength(17)
    expect(before.initiatives.map((i) => i.title)).toContain('Omdøbt indsats')

    await expect.poll(() => dialog.locator('.backup-result').textContent()).toContain('Gendannet: 1 oversigt og 19 indsatser.')
    expect(await dialog.locator('.backup-result').textContent()).toContain(safetyCopy.name)
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByRole('button', { name: 'Luk' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(19)
    expect(await leafRows(page).locator('td.col-title').allTextContents()).toEqual(originalTitles)
    // A backup taken now is the same file as the one restored, apart from its date.
    const again = await takeBackup(page)
    const strip = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '')
    expect(strip(again.text)).toBe(strip(backup.text))
  })

  it('Flet ind adds what is missing, keeps the newer side and lists the conflicts', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const backup = await takeBackup(page)

    // In the file, one row was changed later than anything here.
    const file = JSON.parse(backup.text) as BackupFile
    const changed = file.initiatives.find((i) => i.title === 'Ny HR-Enhed')!
    changed.title = 'Ny HR-Enhed (fra kopien)'
    changed.updatedAt = new Date(Date.now() + 86_400_000).toISOString()
    // Here, one row is deleted and another edited after the backup.
    await rowWith(page, 'Styrket journaliseringspraksis').getByRole('button', { name: 'Slet' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(18)
    await rowWith(page, 'Dagtilbudsledelsesuddannelse').getByRole('button', { name: 'Rediger' }).click()
    const form = page.getByRole('dialog', { name: 'Rediger' })
    await form.getByLabel('Ansvarlig').fill('Jura')
    await form.getByRole('button', { name: 'Gem' }).click()
    await expect.poll(() => rowWith(page, 'Dagtilbudsledelsesuddannelse').textContent()).toContain('Jura')

    const dialog = await openRestore(page, { name: 'ændret.json', text: JSON.stringify(file, null, 2) })
    await expect.poll(() => dialog.locator('.backup-summary').textContent()).toContain('19 indsatser.')
    expect(await dialog.getByLabel('Flet ind').isChecked()).toBe(true)
    await dialog.getByRole('button', { name: 'Gendan', exact: true }).click()
    const result = dialog.locator('.backup-result')
    await expect.poll(() => result.textContent()).toContain('Gendannet: 1 oversigt og 19 indsatser.')
    const text = (await result.textContent()) ?? ''
    expect(text).toContain('1 indsats var ny; 1 indsats blev opdateret.')
    expect(text).toContain("Indsatsen 'Ny HR-Enhed (fra kopien)' fandtes begge steder — den nyeste (fra sikkerhedskopien) er beholdt.")
    expect(text).toContain("Indsatsen 'Dagtilbudsledelsesuddannelse' fandtes begge steder — den nyeste (fra denne browser) er beholdt.")
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await page.keyboard.press('Escape')

    await expect.poll(() => leafRows(page).count()).toBe(19)
    expect(await rowWith(page, 'Ny HR-Enhed (fra kopien)').count()).toBe(1)
    expect(await rowWith(page, 'Dagtilbudsledelsesuddannelse').textContent()).toContain('Jura')
    expect(await rowWith(page, 'Styrket journaliseringspraksis').count()).toBe(1)
  })

  it('takes status entries and versions for meetings into the backup and brings them back with Erstat alt', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await editStatusLog(page, STATUS)
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await saveVersion(page, 'BUU 20. januar 2021')
    await expect.poll(() => page.getByRole('button', { name: 'Versioner (1)' }).count()).toBe(1)
    const backup = await takeBackup(page)
    const file = JSON.parse(backup.text) as BackupFile
    expect(file.version).toBe(3)
    expect(file.statusLogs.map((e) => e.text).sort()).toEqual(STATUS.map((e) => e.text).sort())
    expect(file.snapshots).toHaveLength(1)
    expect(file.snapshots[0]).toMatchObject({ label: 'BUU 20. januar 2021' })
    expect(file.snapshots[0]!.initiatives).toHaveLength(19)
    expect(file.snapshots[0]!.statusLogs).toHaveLength(STATUS.length)

    // Everything of the meeting cycle is lost here: the status logs and the version.
    await editStatusLog(page, [], { clearAll: true, clearVersions: true })
    await expect.poll(() => page.getByRole('button', { name: 'Versioner (0)' }).count()).toBe(1)

    const dialog = await openRestore(page, backup)
    await expect.poll(() => dialog.locator('.backup-summary').textContent()).toContain('19 indsatser.')
    const summary = (await dialog.locator('.backup-summary').textContent()) ?? ''
    expect(summary).toContain('3 statusopdateringer.')
    expect(summary).toContain('1 version til møde.')
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByLabel('Erstat alt').check()
    const [safety] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Gendan', exact: true }).click()])
    const before = JSON.parse((await read(safety)).text) as BackupFile
    expect([before.statusLogs.length, before.snapshots.length]).toEqual([0, 0])
    await expect.poll(() => dialog.locator('.backup-result').textContent()).toContain('Gendannet: 1 oversigt, 19 indsatser, 3 statusopdateringer og 1 version til møde.')
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByRole('button', { name: 'Luk' }).click()

    await expect.poll(() => page.getByRole('button', { name: 'Versioner (1)' }).count()).toBe(1)
    const stored = JSON.parse(await dump(page)) as Record<string, unknown[]>
    expect([stored.statusLogs!.length, stored.snapshots!.length]).toEqual([3, 1])
    // A backup taken now is the same file as the one restored, apart from its date.
    const again = await takeBackup(page)
    const strip = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '')
    expect(strip(again.text)).toBe(strip(backup.text))
  })

  it('restores a version 1 file from before status logs, and Flet ind keeps the status entries here', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    await editStatusLog(page, STATUS.slice(0, 2))
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const before = JSON.parse(await dump(page)) as Record<string, unknown[]>

    const dialog = await openRestore(page, { name: 'gammel sikkerhedskopi.json', text: VERSION_1_JSON })
    await expect.poll(() => dialog.locator('.backup-summary').textContent()).toContain('1 oversigt:')
    const summary = (await dialog.locator('.backup-summary').textContent()) ?? ''
    expect(summary).toContain('2 indsatser.')
    expect(summary).not.toMatch(/statusopdatering|version/)
    expect(await dialog.getByLabel('Flet ind').isChecked()).toBe(true)
    await dialog.getByRole('button', { name: 'Gendan', exact: true }).click()
    const result = dialog.locator('.backup-result')
    await expect.poll(() => result.textContent()).toContain('Gendannet: 1 oversigt og 2 indsatser.')
    expect(await result.textContent()).toContain('1 oversigt og 2 indsatser var nye.')
    await dialog.getByRole('button', { name: 'Luk' }).click()

    const after = JSON.parse(await dump(page)) as Record<string, unknown[]>
    expect(after.overviews).toHaveLength(2)
    expect((after.rowPages as { rows: unknown[] }[]).flatMap((p) => p.rows)).toHaveLength(19 + 2)
    expect(after.statusLogs).toEqual(before.statusLogs)
    expect(after.snapshots).toEqual([])
  })

  it('refuses a file from a newer version and changes nothing', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const backup = await takeBackup(page)
    await rowWith(page, 'Central klageenhed').getByRole('button', { name: 'Slet' }).click()
    await expect.poll(() => leafRows(page).count()).toBe(18)
    const before = await dump(page)

    const dialog = await openRestore(page, { name: 'ny.json', text: backup.text.replace('"version": 3,', '"version": 99,') })
    const alert = dialog.getByRole('alert')
    await expect.poll(() => alert.textContent()).toMatch(/^Sikkerhedskopien er lavet med en nyere version af Indsatsoverblik/)
    expect(await alert.textContent()).toContain('Intet er ændret.')
    expect(await dialog.getByRole('button', { name: 'Gendan', exact: true }).count()).toBe(0)
    expect(await axeViolations(page, 'dialog')).toEqual([])

    // Not a backup at all, then a damaged one: the same story.
    await dialog.getByLabel('Vælg sikkerhedskopi').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hej": 1}') })
    await expect.poll(() => alert.textContent()).toBe('Filen er ikke en sikkerhedskopi fra Indsatsoverblik. Intet er ændret.')
    await dialog.getByLabel('Vælg sikkerhedskopi').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(backup.text.slice(0, -200)) })
    await expect.poll(() => alert.textContent()).toMatch(/kan ikke læses som JSON/)
    await dialog.getByRole('button', { name: 'Annullér' }).click()
    await expect.poll(() => restoreDialog(page).count()).toBe(0)
    expect(await dump(page)).toBe(before)
    expect(await leafRows(page).count()).toBe(18)
  })

  it('shows Lagring: persistence, usage, and the last backup', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    const panel = footer(page).getByRole('region', { name: 'Lagring' })
    await expect.poll(() => panel.textContent()).toMatch(/varig lagring/)
    await expect.poll(() => panel.textContent()).toMatch(/Bruger [\d,.]+ (byte|kB|MB|GB) af ca\. [\d,.]+ (kB|MB|GB|TB)\./)
    expect(await panel.textContent()).toContain('Der er endnu ikke taget en sikkerhedskopi')
    const ask = panel.getByRole('button', { name: 'Bed om varig lagring' })
    if (await ask.count()) {
      await ask.click()
      await expect.poll(async () => (await ask.count()) === 0 || /varig lagring/.test((await panel.getByRole('status').textContent()) ?? '')).toBe(true)
    }
    await takeBackup(page)
    await expect.poll(() => panel.textContent()).toMatch(/Seneste sikkerhedskopi: \d{1,2}\. \p{L}+ \d{4} kl\. \d\d\.\d\d/u)
    expect(await axeViolations(page, 'footer')).toEqual([])
  })

  it('reminds about a backup when changes are more than a week old, and takes one', async () => {
    const session = await open()
    const { page } = session
    await expect.poll(() => leafRows(page).count()).toBe(19)
    expect(await page.getByRole('button', { name: 'Tag sikkerhedskopi nu' }).count()).toBe(0)
    // Age every record by ten days, as if the example had been edited then.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('indsatsoverblik')
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      const old = new Date(Date.now() - 10 * 86_400_000).toISOString()
      const tx = db.transaction(['overviews', 'rowPages'], 'readwrite')
      const overviews = tx.objectStore('overviews')
      overviews.getAll().onsuccess = (event) => {
        for (const record of (event.target as IDBRequest<Record<string, unknown>[]>).result) overviews.put({ ...record, updatedAt: old })
      }
      // The rows live in pages (src/storage/row-pages.ts) whose indexed times follow their rows.
      const pages = tx.objectStore('rowPages')
      pages.getAll().onsuccess = (event) => {
        for (const page of (event.target as IDBRequest<{ rows: Record<string, unknown>[] }[]>).result)
          pages.put({ ...page, rows: page.rows.map((row) => ({ ...row, updatedAt: old })), minUpdatedAt: old, maxUpdatedAt: old })
      }
      await new Promise<void>((done, fail) => {
        tx.oncomplete = () => done()
        tx.onerror = () => fail(tx.error)
      })
      db.close()
    })
    await page.reload()
    const remind = page.getByRole('button', { name: 'Tag sikkerhedskopi nu' })
    await expect.poll(() => remind.count()).toBe(1)
    expect(await page.locator('.alert.alert-info').first().textContent()).toContain('mere end en uge gammel')
    expect(await axeViolations(page, '.backup-reminder')).toEqual([])
    const [download] = await Promise.all([page.waitForEvent('download'), remind.click()])
    const file = await read(download)
    expect(file.name).toMatch(/^Indsatsoverblik sikkerhedskopi \d{4}-\d\d-\d\d\.json$/)
    expect((JSON.parse(file.text) as BackupFile).initiatives).toHaveLength(19)
    await expect.poll(() => remind.count()).toBe(0)
    await expect.poll(() => footer(page).textContent()).toContain('Seneste sikkerhedskopi:')
  })
})

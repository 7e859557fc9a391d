/**
 * Leaving a shared overview: Stop deling makes it local again (the app never contacts the
 * server for it afterwards; the others and the server keep theirs), and Slet oversigt on a
 * shared overview deletes only this browser's copy, says so, and the link opens it again.
 */
import { describe, expect, it } from 'vitest'
import { axeViolations, hasBrowser, sessionPerTest } from './browser'
import { editField, joinByLink, leafRows, openPeople, rowWith, shareOpenOverview, statusLine, syncServerForSuite } from './sharing-helpers'

const ROW = 'Dagtilbudsledelsesuddannelse'

describe.skipIf(!hasBrowser)('leaving a shared overview', () => {
  const { server, newKey } = syncServerForSuite()
  const open = sessionPerTest(openPeople)

  it('Stop deling asks first, then the overview is local again: all rows stay, nothing goes out, and the others keep theirs', async () => {
    const { people } = await open(server().server.url, 3)
    const [a, b, c] = people
    const link = await shareOpenOverview(a!.page, await newKey())
    await joinByLink(b!.page, link, await newKey())
    await expect.poll(() => statusLine(b!.page).textContent()).toBe('Delt · forbundet')
    await editField(a!.page, ROW, 'Ansvarlig', 'Anne Berg')
    await expect.poll(() => rowWith(b!.page, ROW).textContent()).toContain('Anne Berg')
    const rowCount = await leafRows(b!.page).count()

    await b!.page.getByRole('button', { name: 'Stop deling' }).click()
    const dialog = b!.page.getByRole('dialog', { name: 'Stop deling' })
    expect(await dialog.textContent()).toContain('De andre beholder deres kopi, og kopien på serveren bliver liggende.')
    expect(await axeViolations(b!.page, 'dialog[open]')).toEqual([])
    // Annullér changes nothing.
    await dialog.getByRole('button', { name: 'Annullér' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await statusLine(b!.page).textContent()).toBe('Delt · forbundet')

    await b!.page.getByRole('button', { name: 'Stop deling' }).click()
    await dialog.getByRole('button', { name: 'Stop deling' }).click()
    await b!.page.getByText('Oversigten deles ikke længere. Din kopi her har alt med.').waitFor()
    await expect.poll(() => statusLine(b!.page).count()).toBe(0)
    await b!.page.getByRole('button', { name: 'Del oversigt' }).waitFor()
    expect(await axeViolations(b!.page)).toEqual([])

    // After a reload it opens as an ordinary overview, with every row, and opens no connection.
    const before = b!.connections()
    await b!.page.reload()
    await expect.poll(() => leafRows(b!.page).count()).toBe(rowCount)
    expect(await rowWith(b!.page, ROW).textContent()).toContain('Anne Berg')
    await editField(b!.page, ROW, 'Ansvarlig', 'Kun hos Bo')
    await b!.page.getByRole('button', { name: 'Del oversigt' }).waitFor()
    expect(await statusLine(b!.page).count()).toBe(0)
    expect(b!.connections()).toBe(before)

    // The shared overview goes on without b: a's edit reaches a newcomer, b's local one does not.
    await editField(a!.page, ROW, 'Hvornår forventes det implementeret', 'Efterår 2021')
    await joinByLink(c!.page, link, await newKey())
    await expect.poll(() => rowWith(c!.page, ROW).textContent()).toContain('Efterår 2021')
    expect(await rowWith(c!.page, ROW).textContent()).toContain('Anne Berg')
    expect(await rowWith(b!.page, ROW).textContent()).not.toContain('Efterår 2021')
    expect(b!.connections()).toBe(before)
  })

  it('Slet oversigt deletes only this copy of a shared overview and says so; the link opens it again', async () => {
    const { people } = await open(server().server.url, 2)
    const [a, b] = people
    const link = await shareOpenOverview(a!.page, await newKey())
    const key = await newKey()
    await joinByLink(b!.page, link, key)
    await expect.poll(() => statusLine(b!.page).textContent()).toBe('Delt · forbundet')
    const rowCount = await leafRows(b!.page).count()
    const title = (await b!.page.getByRole('heading', { level: 1 }).textContent())!

    await b!.page.getByRole('button', { name: /^Oversigter/ }).click()
    const list = b!.page.getByRole('dialog', { name: 'Oversigter' })
    await list.getByRole('listitem').filter({ hasText: 'Åben nu' }).getByRole('button', { name: 'Slet oversigt' }).click()
    await b!.page.getByText(`Din kopi af den delte oversigt "${title}" er slettet fra denne browser. De andre og serveren har den stadig.`).waitFor()
    await editField(a!.page, ROW, 'Ansvarlig', 'Efter sletningen')

    await joinByLink(b!.page, link, key)
    await expect.poll(() => leafRows(b!.page).count()).toBe(rowCount)
    await expect.poll(() => rowWith(b!.page, ROW).textContent()).toContain('Efter sletningen')
    await expect.poll(() => statusLine(b!.page).textContent()).toBe('Delt · forbundet')
  })
})

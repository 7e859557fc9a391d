/**
 * Working together on one overview through the real sync server: Del oversigt, Åbn delt
 * oversigt, edits that appear on the other side, offline edits that merge, a reader who
 * cannot edit, and a key removed while in use.
 */
import { describe, expect, it } from 'vitest'
import { axeViolations, hasBrowser, sessionPerTest } from './browser'
import { addUser, editField, joinByLink, leafRows, openPeople, rowWith, runCli, shareOpenOverview, statusLine, syncServerForSuite } from './sharing-helpers'

const ROW = 'Dagtilbudsledelsesuddannelse'

describe.skipIf(!hasBrowser)('sharing an overview', () => {
  const { server, newKey } = syncServerForSuite()
  const open = sessionPerTest(openPeople)

  it('one person shares, another opens the link, and an edit on either side appears on the other', async () => {
    const { people } = await open(server().server.url, 2)
    const [a, b] = people.map((p) => p.page)
    const violations: string[] = []
    const link = await shareOpenOverview(a!, await newKey('editor'), violations)
    expect(violations).toEqual([])
    expect(link).toMatch(new RegExp(`^${server().server.url.replace(/\/$/, '')}/\\?o=[0-9a-f-]{36}$`))
    await expect.poll(() => statusLine(a!).textContent()).toBe('Delt · forbundet')
    expect(await a!.getByRole('button', { name: 'Del oversigt' }).count()).toBe(0)

    await joinByLink(b!, link, await newKey('editor'))
    await expect.poll(() => leafRows(b!).count()).toBe(await leafRows(a!).count())
    await expect.poll(() => statusLine(b!).textContent()).toBe('Delt · forbundet')
    expect(await b!.getByRole('heading', { level: 1 }).textContent()).toBe(await a!.getByRole('heading', { level: 1 }).textContent())
    expect(await axeViolations(b!)).toEqual([])

    await editField(a!, ROW, 'Ansvarlig', 'Mette Holm')
    await expect.poll(() => rowWith(b!, ROW).textContent()).toContain('Mette Holm')
    await editField(b!, ROW, 'Hvornår forventes det implementeret', 'Ultimo juni 2021')
    await expect.poll(() => rowWith(a!, ROW).textContent()).toContain('Ultimo juni 2021')
    expect(await rowWith(a!, ROW).textContent()).toContain('Mette Holm')
  })

  it('edits made offline to different fields of one row both survive the reconnect', async () => {
    const session = await open(server().server.url, 2)
    const [a, b] = session.people
    const link = await shareOpenOverview(a!.page, await newKey('editor'))
    await joinByLink(b!.page, link, await newKey('editor'))
    await expect.poll(() => statusLine(b!.page).textContent()).toBe('Delt · forbundet')

    await b!.setOffline(true)
    await expect.poll(() => statusLine(b!.page).textContent()).toBe('Delt · offline – ændringer sendes, når forbindelsen er tilbage')
    await editField(a!.page, ROW, 'Ansvarlig', 'Anne Berg')
    await editField(b!.page, ROW, 'Hvornår forventes det implementeret', 'Efterår 2021')
    expect(await rowWith(b!.page, ROW).textContent()).not.toContain('Anne Berg')
    await b!.setOffline(false)

    for (const person of [a!, b!]) {
      await expect.poll(() => rowWith(person.page, ROW).textContent()).toContain('Anne Berg')
      await expect.poll(() => rowWith(person.page, ROW).textContent()).toContain('Efterår 2021')
    }
    await expect.poll(() => statusLine(b!.page).textContent()).toBe('Delt · forbundet')
    // Chromium itself logs each reconnect the provider tries while the network is off; the app logs nothing.
    session.consoleErrors.splice(0, session.consoleErrors.length, ...session.consoleErrors.filter((e) => !/WebSocket connection to .* failed/.test(e)))
  })

  it('a reader sees Kun læseadgang and is offered no editing, and the server keeps what the editors wrote', async () => {
    const { people } = await open(server().server.url, 2)
    const [a, reader] = people.map((p) => p.page)
    const link = await shareOpenOverview(a!, await newKey('editor'))
    await joinByLink(reader!, link, await newKey('reader'))
    await expect.poll(() => statusLine(reader!).textContent()).toBe('Kun læseadgang')
    await expect.poll(() => leafRows(reader!).count()).toBeGreaterThan(0)
    for (const name of ['Ny indsats', 'Rediger', 'Slet', 'Importér', 'Gem version til møde', 'Rediger oversigtens oplysninger', 'Del oversigt']) {
      expect(await reader!.getByRole('button', { name, exact: true }).count(), name).toBe(0)
    }
    expect(await axeViolations(reader!)).toEqual([])
    await editField(a!, ROW, 'Ansvarlig', 'Redaktøren')
    await expect.poll(() => rowWith(reader!, ROW).textContent()).toContain('Redaktøren')
  })

  it('a wrong key is refused with a Danish sentence, and nothing is opened', async () => {
    const { people } = await open(server().server.url, 2)
    const [a, b] = people.map((p) => p.page)
    const link = await shareOpenOverview(a!, await newKey('editor'))
    const dialog = await joinByLink(b!, link, 'forkert-nøgle')
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Serveren kender ikke adgangsnøglen. Tjek nøglen, eller bed it-afdelingen om en ny.')
    expect(await leafRows(b!).count()).toBe(0)
    expect(await axeViolations(b!, 'dialog[open]')).toEqual([])
  })

  it('a key removed on the server while in use ends the connection with a clear sentence; the local copy stays', async () => {
    const { people } = await open(server().server.url, 2)
    const [a, b] = people.map((p) => p.page)
    const link = await shareOpenOverview(a!, await newKey('editor'))
    const name = 'removed editor'
    await joinByLink(b!, link, await addUser(server().dataDir, name, 'editor'))
    await expect.poll(() => statusLine(b!).textContent()).toBe('Delt · forbundet')
    expect((await runCli(server().dataDir, ['user', 'remove', name])).code).toBe(0)
    await expect
      .poll(() => b!.getByRole('alert').textContent(), { timeout: 20_000 })
      .toBe('Din adgang til den delte oversigt er fjernet på serveren. Din kopi her bliver ikke længere opdateret. Bed it-afdelingen om en ny adgangsnøgle.')
    expect(await statusLine(b!).textContent()).toBe('Delt · ikke forbundet')
    expect(await leafRows(b!).count()).toBeGreaterThan(0)
    expect(await axeViolations(b!)).toEqual([])
  })
})

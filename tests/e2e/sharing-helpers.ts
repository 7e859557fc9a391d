/**
 * Browser tests of sharing: the real sync server (`node --import tsx server/main.ts`, as
 * `npm run server` starts it) on 127.0.0.1 with a temporary SYNC_DATA, serving the app just
 * built (one address, as a municipality deploys it); each person is a browser context of
 * their own (their own IndexedDB).
 */
import { resolve } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Locator, Page, WebSocketRoute } from 'playwright-core'
import { axeViolations, launch, watch } from './browser'
import { addUser, makeDataDir, runCli, startServerProcess, type ServerProcess } from '../server/harness'

export { addUser, runCli }

export interface SyncServer {
  server: ServerProcess
  dataDir: string
  stop: () => Promise<void>
}

export async function startSyncServer(): Promise<SyncServer> {
  const data = await makeDataDir()
  const server = await startServerProcess(data.dir, { appDir: resolve(import.meta.dirname, '../../dist') })
  return {
    server,
    dataDir: data.dir,
    stop: async () => {
      await server.stop()
      await data.remove()
    },
  }
}

/**
 * One sync server for a describe block (started before its tests, stopped after them) and a
 * new user's key per call: `server()` is the running server.
 */
export function syncServerForSuite() {
  let sync: SyncServer | undefined
  let user = 0
  beforeAll(async () => {
    sync = await startSyncServer()
  })
  afterAll(async () => sync?.stop())
  const server = () => {
    if (!sync) throw new Error('the sync server has not started')
    return sync
  }
  return { server, newKey: (role: 'editor' | 'reader' = 'editor') => addUser(server().dataDir, `${role} ${++user}`, role) }
}

export interface Person {
  page: Page
  /**
   * Cuts this person's network (and the open sync connection, which Chromium's offline
   * emulation leaves standing) or restores it.
   */
  setOffline: (offline: boolean) => Promise<void>
  /** How many sync connections this person's browser has opened so far. */
  connections: () => number
}

export interface People {
  people: Person[]
  consoleErrors: string[]
  close: () => Promise<void>
}

/** `count` people, each with a fresh profile, on the app as the sync server serves it. */
export async function openPeople(url: string, count: number): Promise<People> {
  const consoleErrors: string[] = []
  const browser = await launch()
  const contexts = await Promise.all(Array.from({ length: count }, () => browser.newContext({ locale: 'da-DK', viewport: { width: 1400, height: 900 } })))
  const people: Person[] = []
  for (const context of contexts) {
    let offline = false
    let connections = 0
    const sockets = new Set<WebSocketRoute>()
    await context.routeWebSocket(/\/sync$/, (socket) => {
      connections++
      if (offline) return void socket.close()
      socket.connectToServer()
      sockets.add(socket)
    })
    const page = await context.newPage()
    watch(page, consoleErrors)
    await page.goto(url)
    people.push({
      page,
      connections: () => connections,
      setOffline: async (value) => {
        offline = value
        await context.setOffline(value)
        if (value) for (const socket of sockets) await socket.close()
        if (value) sockets.clear()
      },
    })
  }
  return { people, consoleErrors, close: async () => void (await Promise.all(contexts.map((c) => c.close()))) }
}

export const leafRows = (page: Page) => page.getByRole('table', { name: 'Indsatser' }).locator('tbody tr.leaf-row')
export const rowWith = (page: Page, text: string) => leafRows(page).filter({ hasText: text })
export const statusLine = (page: Page) => page.getByRole('status', { name: 'Deling' })

/** Del oversigt with this key; returns the link shown for others (and what axe found in the dialog showing it). */
export async function shareOpenOverview(page: Page, key: string, found: string[] = []): Promise<string> {
  await expect.poll(() => leafRows(page).count()).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Del oversigt' }).click()
  const dialog = page.getByRole('dialog', { name: 'Del oversigt' })
  await dialog.getByLabel('Adgangsnøgle').fill(key)
  await dialog.getByRole('button', { name: 'Del', exact: true }).click()
  const link = dialog.getByLabel('Link til oversigten')
  await link.waitFor()
  const value = await link.inputValue()
  found.push(...(await axeViolations(page, 'dialog[open]')))
  await dialog.getByRole('button', { name: 'Luk' }).click()
  await expect.poll(() => dialog.count()).toBe(0)
  return value
}

/** Opens a link to a shared overview as someone who does not have it yet, and joins it with this key. */
export async function joinByLink(page: Page, link: string, key: string): Promise<Locator> {
  await page.goto(link)
  await page.getByRole('button', { name: 'Åbn delt oversigt' }).click()
  const dialog = page.getByRole('dialog', { name: 'Åbn delt oversigt' })
  expect(await dialog.getByLabel('Oversigt', { exact: true }).inputValue()).toBe(new URL(link).searchParams.get('o'))
  await dialog.getByLabel('Adgangsnøgle').fill(key)
  await dialog.getByRole('button', { name: 'Åbn', exact: true }).click()
  return dialog
}

/** Rediger on the row, one field changed, Gem. */
export async function editField(page: Page, title: string, label: string, value: string) {
  await rowWith(page, title).getByRole('button', { name: 'Rediger' }).click()
  const dialog = page.getByRole('dialog', { name: 'Rediger' })
  await dialog.getByLabel(label, { exact: true }).fill(value)
  await dialog.getByRole('button', { name: 'Gem', exact: true }).click()
  await expect.poll(() => dialog.count()).toBe(0)
}

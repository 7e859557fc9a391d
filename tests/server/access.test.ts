/**
 * Who gets in: wrong, missing and foreign keys are refused before any data is sent; a key
 * bound to one overview opens only that one; a removed user is refused at once, and a
 * removed user's open connection is closed — all against the real server and CLI.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { addUser, connect, makeDataDir, runCli, startServerProcess, WAIT, type Client, type ServerProcess } from './harness.ts'

const OVERVIEW = 'a1b2c3d4-0000-4000-8000-000000000001'
const OTHER = 'a1b2c3d4-0000-4000-8000-000000000002'

let data: Awaited<ReturnType<typeof makeDataDir>>
let server: ServerProcess
let editorKey: string
const clients: Client[] = []
const open = (overview: string, key: string | null): Client => {
  const client = connect(server.wsUrl, overview, key)
  clients.push(client)
  return client
}

beforeAll(async () => {
  data = await makeDataDir()
  editorKey = await addUser(data.dir, 'Mette Holm', 'editor')
  server = await startServerProcess(data.dir)
  // Both overviews hold data, so a refused client that received anything would show it.
  for (const overview of [OVERVIEW, OTHER]) {
    const writer = open(overview, editorKey)
    writer.fields().set('title', `Titel for ${overview}`)
    await vi.waitFor(() => expect(writer.provider.isSynced && !writer.provider.hasUnsyncedChanges).toBe(true), WAIT)
  }
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await server?.stop()
  await data?.remove()
})

/** Waits for the refusal, then checks that nothing of the overview reached the client. */
async function expectRefused(client: Client, reason: string): Promise<void> {
  await vi.waitFor(() => expect(client.events.refusals).toEqual([reason]), WAIT)
  expect(client.provider.isSynced).toBe(false)
  expect(client.fields().size).toBe(0)
}

describe('refused', () => {
  it.each([
    ['a wrong key', 'x'.repeat(43)],
    ['a missing key', null],
    ['an empty key', ''],
    ['a very long key', 'k'.repeat(100_000)],
  ])('%s', async (_label, key) => {
    await expectRefused(open(OVERVIEW, key), 'access-denied')
  })

  it('a key bound to another overview', async () => {
    const boundKey = await addUser(data.dir, 'Kun anden oversigt', 'editor', OTHER)
    await expectRefused(open(OVERVIEW, boundKey), 'overview-not-allowed')
    // …while its own overview opens.
    const own = open(OTHER, boundKey)
    await vi.waitFor(() => expect(own.fields().get('title')).toBe(`Titel for ${OTHER}`), WAIT)
  })

  it.each(['../users', 'a b', 'æøå', 'x'.repeat(101), '..'])('the overview id %j', async (overview) => {
    const client = open(overview, editorKey)
    await vi.waitFor(() => expect(client.events.refusals).toEqual(['invalid-overview-id']), WAIT)
  })
})

describe('removing a user', () => {
  it('refuses their next connection and closes the open one, without a restart', async () => {
    const key = await addUser(data.dir, 'Vikar', 'editor')
    const before = open(OVERVIEW, key)
    await vi.waitFor(() => expect(before.fields().get('title')).toBe(`Titel for ${OVERVIEW}`), WAIT)

    expect((await runCli(data.dir, ['user', 'remove', 'Vikar'])).code).toBe(0)

    await expectRefused(open(OVERVIEW, key), 'access-denied')
    await vi.waitFor(() => expect(before.events.closeReasons).toContain('access-revoked'), WAIT)
    // The closed connection no longer receives changes.
    const editor = open(OVERVIEW, editorKey)
    editor.fields().set('after-removal', 'ikke til vikaren')
    const later = open(OVERVIEW, editorKey)
    await vi.waitFor(() => expect(later.fields().get('after-removal')).toBe('ikke til vikaren'), WAIT)
    expect(before.fields().get('after-removal')).toBeUndefined()
  })
})

/**
 * Two clients on one overview through the real server: they converge, learn who they are,
 * and a reader's writes reach neither the other client nor the stored file.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseSessionMessage } from '../../src/domain/sync-protocol.ts'
import { addUser, connect, makeDataDir, startServerProcess, storedFields, WAIT, type Client, type ServerProcess } from './harness.ts'

const OVERVIEW = '6f1c2a9e-0d4b-4c1e-9a55-1f2e3d4c5b6a'

let data: Awaited<ReturnType<typeof makeDataDir>>
let server: ServerProcess
let editorKey: string
let readerKey: string
const clients: Client[] = []
const open = (overview: string, key: string | null): Client => {
  const client = connect(server.wsUrl, overview, key)
  clients.push(client)
  return client
}

beforeAll(async () => {
  data = await makeDataDir()
  editorKey = await addUser(data.dir, 'Mette Holm', 'editor')
  readerKey = await addUser(data.dir, 'Chef Jensen', 'reader')
  server = await startServerProcess(data.dir)
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await server?.stop()
  await data?.remove()
})

describe('two editors', () => {
  it('converge on the same overview, edits from both sides', async () => {
    const a = open(OVERVIEW, editorKey)
    const b = open(OVERVIEW, editorKey)
    await vi.waitFor(() => expect(a.provider.isSynced && b.provider.isSynced).toBe(true), WAIT)
    a.fields().set('title', 'Bilag 1')
    b.fields().set('committee', 'Social- og Sundhedsudvalget')
    await vi.waitFor(() => {
      expect(a.fields().toJSON()).toEqual({ title: 'Bilag 1', committee: 'Social- og Sundhedsudvalget' })
      expect(b.fields().toJSON()).toEqual(a.fields().toJSON())
    }, WAIT)
  })

  it('are told their scope and name', async () => {
    const a = open(OVERVIEW, editorKey)
    await vi.waitFor(() => expect(a.events.stateless.length).toBeGreaterThan(0), WAIT)
    expect(a.events.scope).toBe('read-write')
    expect(parseSessionMessage(a.events.stateless[0]!)).toEqual({ type: 'indsatsoverblik/session', user: { name: 'Mette Holm', role: 'editor' } })
  })
})

describe('a reader', () => {
  it('is told it may only read, and receives the editors\' changes', async () => {
    const reader = open(OVERVIEW, readerKey)
    await vi.waitFor(() => expect(reader.events.stateless.length).toBeGreaterThan(0), WAIT)
    expect(reader.events.scope).toBe('readonly')
    expect(parseSessionMessage(reader.events.stateless[0]!)?.user).toEqual({ name: 'Chef Jensen', role: 'reader' })
    await vi.waitFor(() => expect(reader.fields().get('title')).toBe('Bilag 1'), WAIT)
  })

  it('cannot write: its change reaches neither another client nor the stored file', async () => {
    const editor = open(OVERVIEW, editorKey)
    const reader = open(OVERVIEW, readerKey)
    await vi.waitFor(() => expect(editor.provider.isSynced && reader.provider.isSynced).toBe(true), WAIT)

    reader.fields().set('title', 'Skrevet af læseren')
    // The server handles one socket's messages in order: once the reader's presence, sent
    // after its write, has reached the editor, the server has dealt with the write.
    reader.provider.setAwarenessField('marker', 'after-write')
    await vi.waitFor(() => {
      const states = [...editor.provider.awareness!.getStates().values()]
      expect(states.some((state) => state.marker === 'after-write')).toBe(true)
    }, WAIT)
    expect(editor.fields().get('title')).toBe('Bilag 1')
    // The server answered "not applied", so the reader's change stays unsynced.
    expect(reader.provider.hasUnsyncedChanges).toBe(true)

    // A later editor change is stored; the reader's never is.
    editor.fields().set('status', 'stored after the reader wrote')
    await vi.waitFor(async () => expect((await storedFields(data.dir, OVERVIEW))?.status).toBe('stored after the reader wrote'), WAIT)
    expect((await storedFields(data.dir, OVERVIEW))?.title).toBe('Bilag 1')

    // A client that connects fresh gets the server's state: without the reader's change.
    const fresh = open(OVERVIEW, editorKey)
    await vi.waitFor(() => expect(fresh.fields().get('status')).toBe('stored after the reader wrote'), WAIT)
    expect(fresh.fields().get('title')).toBe('Bilag 1')
  })
})

/**
 * When a document cannot be written (disk full, a broken mount), the server logs it, keeps
 * the document in memory instead of unloading it, and writes it as soon as it can: here,
 * at shutdown. In-process, with a folder standing where the file must go.
 */
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'
import { SYNC_PATH } from '../../src/domain/sync-protocol.ts'
import { usersFile } from '../../server/config.ts'
import { startServer } from '../../server/start.ts'
import { addUser } from '../../server/user-commands.ts'
import { connect, makeDataDir, storedFields, WAIT, type Client } from './harness.ts'

const OVERVIEW = 'e1e1e1e1-5555-4555-8555-000000000001'
const clients: Client[] = []
afterAll(() => {
  for (const client of clients) client.destroy()
})

it('keeps an unwritable document in memory and writes it once it can', async () => {
  const data = await makeDataDir()
  const added = await addUser(usersFile(data.dir), { name: 'Mette Holm', role: 'editor', overview: null }, new Date())
  if (!added.ok) throw new Error(added.code)
  const logged: string[] = []
  const log = { info: (line: string) => logged.push(line), error: (line: string) => logged.push(line) }
  const server = await startServer({ host: '127.0.0.1', port: 0, dataDir: data.dir, appDir: join(data.dir, 'dist') }, log)
  const wsUrl = `${server.url.replace('http', 'ws')}${SYNC_PATH}`
  try {
    const writer = connect(wsUrl, OVERVIEW, added.key)
    clients.push(writer)
    await vi.waitFor(() => expect(writer.provider.isSynced).toBe(true), WAIT)
    const blocker = join(data.dir, 'documents', `${OVERVIEW}.ydoc`)
    await mkdir(blocker)

    writer.fields().set('title', 'Må ikke gå tabt')
    await vi.waitFor(() => expect(writer.provider.hasUnsyncedChanges).toBe(false), WAIT)
    // The last client leaves: Hocuspocus writes at once — and fails.
    writer.destroy()
    await vi.waitFor(() => expect(logged.some((line) => line.startsWith(`Cannot store overview ${OVERVIEW}`))).toBe(true), WAIT)

    // Still in memory: a new client gets the edit although no file holds it.
    const reader = connect(wsUrl, OVERVIEW, added.key)
    clients.push(reader)
    await vi.waitFor(() => expect(reader.fields().get('title')).toBe('Må ikke gå tabt'), WAIT)
    reader.destroy()

    await rm(blocker, { recursive: true })
  } finally {
    expect(await server.close()).toBe(true)
  }
  expect(await storedFields(data.dir, OVERVIEW)).toEqual({ title: 'Må ikke gå tabt' })
  await data.remove()
})

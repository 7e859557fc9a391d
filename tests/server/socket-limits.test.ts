/**
 * What a socket may do before and after it authenticates (socket-guard.ts), and that clients
 * cannot broadcast stateless messages to each other. In-process, with short limits.
 */
import { join } from 'node:path'
import * as decoding from 'lib0/decoding'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import WebSocket from 'ws'
import { SYNC_PATH } from '../../src/domain/sync-protocol.ts'
import { usersFile } from '../../server/config.ts'
import { startServer, type RunningServer } from '../../server/start.ts'
import { addUser } from '../../server/user-commands.ts'
import { connect, makeDataDir, WAIT, type Client } from './harness.ts'
import { MessageType, validMessages } from './wire.ts'

const OVERVIEW = 'd00d0000-4444-4444-8444-000000000001'
const LIMITS = { maxBytes: 64 * 1024, deadlineMs: 3000 }

let data: Awaited<ReturnType<typeof makeDataDir>>
let server: RunningServer
let wsUrl: string
let key: string
const logged: string[] = []
const clients: Client[] = []

beforeAll(async () => {
  data = await makeDataDir()
  const added = await addUser(usersFile(data.dir), { name: 'Mette Holm', role: 'editor', overview: null }, new Date())
  if (!added.ok) throw new Error(added.code)
  key = added.key
  const log = { info: (line: string) => logged.push(line), error: (line: string) => logged.push(line) }
  server = await startServer({ host: '127.0.0.1', port: 0, dataDir: data.dir, appDir: join(data.dir, 'dist') }, log, LIMITS)
  wsUrl = `${server.url.replace('http', 'ws')}${SYNC_PATH}`
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await server?.close()
  await data?.remove()
})

interface RawSocket {
  socket: WebSocket
  closed: Promise<number>
  received: Uint8Array[]
}

async function rawSocket(): Promise<RawSocket> {
  const socket = new WebSocket(wsUrl)
  const received: Uint8Array[] = []
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)))
  socket.on('error', () => {})
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))
  await new Promise((resolve) => socket.once('open', resolve))
  return { socket, closed, received }
}

const messageType = (bytes: Uint8Array): number => {
  const decoder = decoding.createDecoder(bytes)
  decoding.readVarString(decoder)
  return decoding.readVarUint(decoder)
}

describe('before authentication', () => {
  it('a socket that never authenticates is closed at the deadline, while an authenticated one stays', async () => {
    const client = connect(wsUrl, OVERVIEW, key)
    clients.push(client)
    const idle = await rawSocket()
    await vi.waitFor(() => expect(client.provider.isSynced).toBe(true), WAIT)

    expect(await idle.closed).toBe(1008)
    // The deadline has passed for both; the authenticated client still syncs.
    const other = connect(wsUrl, OVERVIEW, key)
    clients.push(other)
    client.fields().set('after-deadline', 'stadig forbundet')
    await vi.waitFor(() => expect(other.fields().get('after-deadline')).toBe('stadig forbundet'), WAIT)
    expect(client.events.closeReasons).toEqual([])
  })

  it('a socket that sends more than the limit before authenticating is cut off', async () => {
    const flood = await rawSocket()
    const chunk = validMessages(OVERVIEW, key)[2]!
    const padded = Uint8Array.from([...chunk, ...new Uint8Array(8 * 1024)])
    for (let i = 0; i < 20 && flood.socket.readyState === WebSocket.OPEN; i++) flood.socket.send(padded)
    expect(await flood.closed).toBe(1006)
  })
})

describe('stateless broadcasts from clients', () => {
  it('are not relayed, and cost the sender its connection to the document', async () => {
    const listener = connect(wsUrl, OVERVIEW, key)
    clients.push(listener)
    await vi.waitFor(() => expect(listener.events.stateless).toHaveLength(1), WAIT)

    const sender = await rawSocket()
    const [auth, , , , , , , , broadcast] = validMessages(OVERVIEW, key)
    expect(messageType(broadcast!)).toBe(MessageType.BroadcastStateless)
    sender.socket.send(auth!)
    sender.socket.send(broadcast!)
    // The server answers a refused broadcast by closing the sender's document connection.
    await vi.waitFor(() => expect(sender.received.map(messageType)).toContain(MessageType.Close), WAIT)

    // The listener has heard only the server's own session message.
    const probe = connect(wsUrl, OVERVIEW, key)
    clients.push(probe)
    probe.fields().set('probe', 'efter broadcast')
    await vi.waitFor(() => expect(listener.fields().get('probe')).toBe('efter broadcast'), WAIT)
    expect(listener.events.stateless).toHaveLength(1)
    sender.socket.terminate()
  })
})

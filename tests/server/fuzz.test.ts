/**
 * Hostile bytes on the sync socket: random messages and valid messages damaged in every
 * way (bits flipped, cut short, lengths made huge, types changed), with and without a valid
 * key, sent to the live server on 127.0.0.1. The server must stay up, and the clients of an
 * overview must keep syncing meanwhile and afterwards. FUZZ_RUNS sockets (1,000 by default).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import WebSocket from 'ws'
import { addUser, connect, makeDataDir, startServerProcess, WAIT, type Client, type ServerProcess } from './harness.ts'
import { validMessages } from './wire.ts'

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 1000
const NORMAL = 'f0f0f0f0-3333-4333-8333-000000000001'
const FUZZED = 'f0f0f0f0-3333-4333-8333-000000000002'

let data: Awaited<ReturnType<typeof makeDataDir>>
let server: ServerProcess
let key: string
const clients: Client[] = []
const open = (overview: string): Client => {
  const client = connect(server.wsUrl, overview, key)
  clients.push(client)
  return client
}

beforeAll(async () => {
  data = await makeDataDir()
  key = await addUser(data.dir, 'Mette Holm', 'editor')
  server = await startServerProcess(data.dir)
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await server?.stop()
  await data?.remove()
})

/** A varint of 2^53-ish: a length no message can have. */
const HUGE_LENGTH = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]

type Damage =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'cut'; at: number }
  | { kind: 'huge-length'; at: number }
  | { kind: 'set-byte'; at: number; value: number }
  | { kind: 'append'; bytes: Uint8Array }

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('huge-length' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set-byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ maxLength: 64 }) }),
)

function applyDamage(bytes: Uint8Array, change: Damage): Uint8Array {
  const at = 'at' in change ? change.at % Math.max(bytes.length, 1) : 0
  switch (change.kind) {
    case 'flip':
      return bytes.map((byte, i) => (i === at ? byte ^ (1 << change.bit) : byte))
    case 'cut':
      return bytes.subarray(0, at)
    case 'huge-length':
      return Uint8Array.from([...bytes.subarray(0, at), ...HUGE_LENGTH, ...bytes.subarray(at)])
    case 'set-byte':
      return bytes.map((byte, i) => (i === at ? change.value : byte))
    case 'append':
      return Uint8Array.from([...bytes, ...change.bytes])
  }
}

/** One socket's worth of messages: maybe a valid login first, then damaged or random ones. */
const session = fc.record({
  overview: fc.constantFrom(FUZZED, FUZZED, FUZZED, NORMAL),
  login: fc.boolean(),
  messages: fc.array(
    fc.oneof(
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }) },
      { weight: 1, arbitrary: fc.record({ pick: fc.nat(), keep: fc.constant(true) }) },
      { weight: 4, arbitrary: fc.record({ pick: fc.nat(), damages: fc.array(damage, { minLength: 1, maxLength: 3 }) }) },
    ),
    { minLength: 1, maxLength: 8 },
  ),
})

async function send(overview: string, login: boolean, messages: Uint8Array[]): Promise<void> {
  const socket = new WebSocket(server.wsUrl)
  socket.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  if (login) socket.send(validMessages(overview, key)[0]!)
  for (const bytes of messages) if (socket.readyState === WebSocket.OPEN) socket.send(bytes)
  // A ping answered (or the server closing the socket) means it has read all of the above.
  await new Promise<void>((resolve) => {
    if (socket.readyState !== WebSocket.OPEN) return resolve()
    socket.once('pong', () => resolve())
    socket.once('close', () => resolve())
    socket.ping()
  })
  socket.terminate()
}

it(`stays up and keeps syncing through ${FUZZ_RUNS} hostile sockets`, async () => {
  const a = open(NORMAL)
  const b = open(NORMAL)
  await vi.waitFor(() => expect(a.provider.isSynced && b.provider.isSynced).toBe(true), WAIT)

  let round = 0
  await fc.assert(
    fc.asyncProperty(session, async ({ overview, login, messages }) => {
      const valid = validMessages(overview, key, round)
      const bytes = messages.map((entry) => {
        if (entry instanceof Uint8Array) return entry
        const base = valid[entry.pick % valid.length]!
        return 'damages' in entry ? entry.damages.reduce(applyDamage, base) : base
      })
      await send(overview, login, bytes)
      expect(server.exited()).toBe(false)
      // Every so often, the normal clients must still reach each other.
      if (++round % 100 === 0) {
        a.fields().set('round', String(round))
        await vi.waitFor(() => expect(b.fields().get('round')).toBe(String(round)), WAIT)
      }
    }),
    { numRuns: FUZZ_RUNS, seed: 1515 },
  )

  // Afterwards: the open clients and a new one all sync, and nothing went unhandled.
  b.fields().set('after-fuzz', 'stadig i sync')
  const fresh = open(NORMAL)
  await vi.waitFor(() => {
    expect(a.fields().get('after-fuzz')).toBe('stadig i sync')
    expect(fresh.fields().get('after-fuzz')).toBe('stadig i sync')
  }, WAIT)
  const fuzzedReader = open(FUZZED)
  await vi.waitFor(() => expect(fuzzedReader.provider.isSynced).toBe(true), WAIT)
  expect(server.exited()).toBe(false)
  expect(server.output()).not.toMatch(/Unhandled rejection/)
}, 600_000)

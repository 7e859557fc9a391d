/**
 * A document file that cannot be read gives that overview's clients the refusal
 * `document-unreadable`, is kept byte for byte (never replaced by an empty document), is
 * named in one log line — and every other overview keeps working.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { addUser, connect, makeDataDir, startServerProcess, WAIT, type Client, type ServerProcess } from './harness.ts'

const HEALTHY = 'c0ffee00-2222-4222-8222-000000000000'

const damages: [string, string, (good: Buffer) => Buffer][] = [
  ['one byte changed in the middle', 'c0ffee00-2222-4222-8222-000000000001', (good) => Buffer.from(good.map((byte, i) => (i === Math.floor(good.length / 2) ? byte ^ 0x20 : byte)))],
  ['cut off halfway', 'c0ffee00-2222-4222-8222-000000000002', (good) => good.subarray(0, Math.floor(good.length / 2))],
  ['random bytes', 'c0ffee00-2222-4222-8222-000000000003', (good) => Buffer.from(good.map((_, i) => (i * 7919 + 13) % 256))],
  ['empty', 'c0ffee00-2222-4222-8222-000000000004', () => Buffer.alloc(0)],
]

let data: Awaited<ReturnType<typeof makeDataDir>>
let server: ServerProcess
let key: string
const damagedBytes = new Map<string, Buffer>()
const clients: Client[] = []
const fileOf = (overview: string) => join(data.dir, 'documents', `${overview}.ydoc`)
const open = (overview: string): Client => {
  const client = connect(server.wsUrl, overview, key)
  clients.push(client)
  return client
}

beforeAll(async () => {
  data = await makeDataDir()
  key = await addUser(data.dir, 'Mette Holm', 'editor')
  // A first server stores every overview; then the files are damaged while it is down.
  const first = await startServerProcess(data.dir)
  for (const overview of [HEALTHY, ...damages.map(([, id]) => id)]) {
    const writer = connect(first.wsUrl, overview, key)
    writer.fields().set('title', `Titel ${overview}`)
    await vi.waitFor(() => expect(writer.provider.isSynced && !writer.provider.hasUnsyncedChanges).toBe(true), WAIT)
    writer.destroy()
  }
  expect(await first.stop()).toBe(0)
  for (const [, overview, damage] of damages) {
    const damaged = damage(await readFile(fileOf(overview)))
    damagedBytes.set(overview, damaged)
    await writeFile(fileOf(overview), damaged)
  }
  server = await startServerProcess(data.dir)
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await server?.stop()
  await data?.remove()
})

describe.each(damages)('a stored file %s', (_label, overview) => {
  it('refuses that overview clearly while another one syncs', async () => {
    const refused = open(overview)
    const healthy = open(HEALTHY)
    await vi.waitFor(() => expect(refused.events.refusals).toEqual(['document-unreadable']), WAIT)
    expect(refused.fields().size).toBe(0)
    // The refused client's own edit goes nowhere…
    refused.fields().set('title', 'Ny titel, der ikke må gemmes')

    // …while the other overview syncs both ways.
    await vi.waitFor(() => expect(healthy.fields().get('title')).toBe(`Titel ${HEALTHY}`), WAIT)
    healthy.fields().set(overview, 'synced beside a broken overview')
    const other = open(HEALTHY)
    await vi.waitFor(() => expect(other.fields().get(overview)).toBe('synced beside a broken overview'), WAIT)
  })

  it('names the file in one log line', () => {
    const lines = server.output().split('\n').filter((line) => line.includes(fileOf(overview)))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/Cannot read .*document-unreadable/)
  })
})

it('keeps every bad file byte for byte through a stop', async () => {
  expect(await server.stop()).toBe(0)
  for (const [, overview] of damages) expect(await readFile(fileOf(overview))).toEqual(damagedBytes.get(overview))
})

it('opens the overview again, without a restart, once IT puts a good file back', async () => {
  const [, overview] = damages[1]!
  server = await startServerProcess(data.dir)
  const writer = open(HEALTHY)
  await vi.waitFor(() => expect(writer.provider.isSynced).toBe(true), WAIT)
  const refused = open(overview)
  await vi.waitFor(() => expect(refused.events.refusals).toEqual(['document-unreadable']), WAIT)

  // A good copy (here: the healthy overview's file) is put in place of the bad one.
  await writeFile(fileOf(overview), await readFile(fileOf(HEALTHY)))
  const restored = open(overview)
  await vi.waitFor(() => expect(restored.fields().get('title')).toBe(`Titel ${HEALTHY}`), WAIT)
})

/**
 * Stopping the server (SIGTERM from systemd, SIGINT from Ctrl+C, even twice) stores every
 * open overview first, even a change made a moment before the stop; a new server on the same data serves
 * exactly what was stored.
 */
import { afterEach, expect, it, vi } from 'vitest'
import { addUser, connect, makeDataDir, startServerProcess, WAIT } from './harness.ts'

const OVERVIEW = 'b7e0f1d2-1111-4111-8111-000000000001'

const cleanup: (() => unknown)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

it.each([
  ['SIGTERM', 1],
  ['SIGINT', 1],
  // A terminal's Ctrl+C can arrive twice through npm and tsx: the second must not cut storing short.
  ['SIGINT', 2],
] as const)('%s (%i×) stores the last edits; a restarted server serves them', async (signal, times) => {
  const data = await makeDataDir()
  cleanup.push(data.remove)
  const key = await addUser(data.dir, 'Mette Holm', 'editor')
  const first = await startServerProcess(data.dir)
  cleanup.push(() => first.stop('SIGKILL'))

  const client = connect(first.wsUrl, OVERVIEW, key)
  cleanup.push(() => client.destroy())
  await vi.waitFor(() => expect(client.provider.isSynced).toBe(true), WAIT)
  const edits = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`row-${i}`, `Indsats nummer ${i} – æøå`]))
  for (const [field, value] of Object.entries(edits)) client.fields().set(field, value)
  // The server has applied every edit (it acknowledges each), but Hocuspocus writes a
  // document only seconds after its last change, and the client is still connected.
  await vi.waitFor(() => expect(client.provider.hasUnsyncedChanges).toBe(false), WAIT)

  if (times === 2) first.signal(signal)
  expect(await first.stop(signal)).toBe(0)
  expect(first.output()).toMatch(/Stored 1 open overview/)

  const second = await startServerProcess(data.dir)
  cleanup.push(() => second.stop())
  const fresh = connect(second.wsUrl, OVERVIEW, key)
  cleanup.push(() => fresh.destroy())
  await vi.waitFor(() => expect(fresh.provider.isSynced).toBe(true), WAIT)
  expect(fresh.fields().toJSON()).toEqual(edits)
})

/**
 * The server under many writers: `clients` Hocuspocus providers (Node, over `ws`) edit one
 * shared overview at once for `seconds`, each change a new field of a row of the document
 * (the layout src/sync/shared-doc.ts uses). At the end a fresh client syncs from the server
 * and every edit sent is counted: none may be missing, and every writer's copy must equal it.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'

export interface ClientsResult {
  clients: number
  seconds: number
  sent: number
  counted: number
  consistent: boolean
}

function connect(url: string, name: string, key: string) {
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket as never })
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token: key })
  provider.attach()
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()))
  return { doc, provider, synced, destroy: () => (provider.destroy(), socket.destroy()) }
}

const countEdits = (doc: Y.Doc) => {
  let n = 0
  for (const row of doc.getMap<Y.Map<unknown>>('rows').values()) n += [...row.keys()].filter((k) => k.startsWith('extra.bench-')).length
  return n
}

export async function benchManyClients(url: string, key: string, clients: number, seconds: number): Promise<ClientsResult> {
  const name = crypto.randomUUID()
  const writers = Array.from({ length: clients }, () => connect(url, name, key))
  await Promise.all(writers.map((w) => w.synced))
  const rowIds = Array.from({ length: 50 }, () => crypto.randomUUID())
  // The rows exist before the run, as in an overview (two clients creating one row at once would each make their own).
  const first = writers[0]!.doc
  first.transact(() => rowIds.forEach((id) => first.getMap<Y.Map<unknown>>('rows').set(id, new Y.Map())))
  const ready = performance.now() + 30_000
  while (writers.some((w) => w.doc.getMap('rows').size < rowIds.length) && performance.now() < ready) await new Promise((resolve) => setTimeout(resolve, 50))
  let sent = 0
  const until = performance.now() + seconds * 1000
  await Promise.all(
    writers.map(async (writer, client) => {
      for (let n = 0; performance.now() < until; n++) {
        const rows = writer.doc.getMap<Y.Map<unknown>>('rows')
        const id = rowIds[(client * 7 + n) % rowIds.length]!
        writer.doc.transact(() => {
          let row = rows.get(id)
          if (!row) {
            row = new Y.Map()
            rows.set(id, row)
          }
          row.set(`extra.bench-${client}-${n}`, n)
        })
        sent++
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100))
      }
    }),
  )
  // Everything sent has reached the server once every writer has no unsynced change left.
  const deadline = performance.now() + 30_000
  while (writers.some((w) => w.provider.hasUnsyncedChanges) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  await new Promise((resolve) => setTimeout(resolve, 500))
  const reader = connect(url, name, key)
  await reader.synced
  const counted = countEdits(reader.doc)
  const consistent = writers.every((w) => countEdits(w.doc) === counted)
  reader.destroy()
  writers.forEach((w) => w.destroy())
  return { clients, seconds, sent, counted, consistent }
}

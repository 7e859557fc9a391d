/**
 * Two (or more) browsers sharing one overview, in one process: each has its own IndexedDB
 * (fake-indexeddb), its own Yjs document and a real Bridge; a small relay stands in for the
 * server and can be cut (offline) and restored (reconnect: the documents exchange what the
 * other lacks, as Hocuspocus's sync step does).
 */
import Dexie from 'dexie'
import * as Y from 'yjs'
import { vi } from 'vitest'
import { openDatabase, type IndsatsDb } from '../../src/storage/db'
import { syncPortFor } from '../../src/storage/sharing'
import { Bridge, type LocalPort } from '../../src/sync/bridge'
import { rowsOf } from '../../src/storage/row-pages'

export interface Peer {
  name: string
  db: IndsatsDb
  doc: Y.Doc
  bridge: Bridge | null
  online: boolean
}

const RELAY = 'relay'

export class Network {
  readonly peers: Peer[] = []

  async add(overviewId: string | null, options: { readOnly?: boolean } = {}): Promise<Peer> {
    const peer: Peer = { name: `peer-${crypto.randomUUID()}`, db: null!, doc: new Y.Doc(), bridge: null, online: true }
    peer.db = openDatabase(peer.name)
    this.peers.push(peer)
    this.wire(peer)
    if (overviewId) await this.start(peer, overviewId, options)
    return peer
  }

  /** Starts (or restarts, as a reload does: a new document loaded from the local copy) the peer's bridge. */
  async start(peer: Peer, overviewId: string, options: { readOnly?: boolean; port?: (port: LocalPort) => LocalPort } = {}) {
    peer.bridge?.stop()
    peer.doc = new Y.Doc()
    this.wire(peer)
    const port = syncPortFor(peer.db, overviewId)
    peer.bridge = await Bridge.start(peer.doc, overviewId, options.port ? options.port(port) : port, options)
    if (peer.online) this.exchange(peer)
  }

  private wire(peer: Peer) {
    const doc = peer.doc
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      // The server applies and passes on no update from a reader.
      if (origin === RELAY || !peer.online || doc !== peer.doc || peer.readOnlyServerSide) return
      for (const other of this.peers) if (other !== peer && other.online) Y.applyUpdate(other.doc, update, RELAY)
    })
  }

  /** What a reconnect does: each side gets what it lacks. */
  private exchange(peer: Peer) {
    for (const other of this.peers) {
      if (other === peer || !other.online) continue
      Y.applyUpdate(peer.doc, Y.encodeStateAsUpdate(other.doc, Y.encodeStateVector(peer.doc)), RELAY)
      if (!peer.readOnlyServerSide) Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(other.doc)), RELAY)
    }
  }

  offline(peer: Peer) {
    peer.online = false
  }

  online(peer: Peer) {
    peer.online = true
    this.exchange(peer)
  }

  async close() {
    for (const peer of this.peers) {
      peer.bridge?.stop()
      peer.db.close()
      await Dexie.delete(peer.name)
    }
  }
}

declare module './peers' {
  interface Peer {
    /** A reader: the server applies none of its updates. */
    readOnlyServerSide?: boolean
  }
}

export const rows = (peer: Peer, overviewId: string) => rowsOf(peer.db, overviewId)

/** Waits until `check` passes (the bridges work on their own schedule, as in the app). */
export const eventually = (check: () => Promise<void> | void) => vi.waitFor(check, { timeout: 5_000, interval: 20 })

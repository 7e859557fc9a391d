/**
 * One shared overview's connection: its Yjs document, the bridge to the local copy and
 * a Hocuspocus provider (3.4.4, the server's version) to the server the user named. The
 * state it reports is what the status line shows.
 *
 * The bridge starts before the provider, from the document state kept with the local copy:
 * the overview opens and is edited offline, and what was changed meanwhile goes out in the
 * provider's first sync. A refusal or a revoked key ends the connection (the provider would
 * otherwise keep retrying a key the server will never take); the local copy stays.
 */
import { HocuspocusProvider } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { ACCESS_REVOKED, isSyncRefusal, type SyncRefusal, type SyncRole } from '../domain/sync-protocol'
import type { ServerAddress } from '../domain/sync-address'
import { Bridge, type LocalPort } from './bridge'

export type SessionPhase = 'connecting' | 'online' | 'offline' | 'refused' | 'revoked'

export interface SessionState {
  phase: SessionPhase
  /** What the server said this key may do; null until it has said. */
  role: SyncRole | null
  refusal: SyncRefusal | null
  /** A change from elsewhere could not be written to the local copy (a storage result code). */
  storageError: string | null
}

export interface SessionOptions {
  overviewId: string
  server: ServerAddress
  key: string
  /** The role the server gave last time (a reader's copy stays read-only before it connects). */
  role: SyncRole | null
  port: LocalPort
}

type Outcome = { ok: true; role: SyncRole } | { ok: false; refusal: SyncRefusal }

export class SyncSession {
  readonly doc = new Y.Doc()
  state: SessionState
  bridge: Bridge | null = null
  private provider: HocuspocusProvider | null = null
  private listeners = new Set<(state: SessionState) => void>()
  private stopped = false
  private settle!: (outcome: Outcome) => void
  /** The server's first answer: the role, or why it refused. */
  readonly answered = new Promise<Outcome>((resolve) => (this.settle = resolve))
  private markSynced!: () => void
  /** The first full exchange with the server is done. */
  readonly synced = new Promise<void>((resolve) => (this.markSynced = resolve))

  constructor(readonly options: SessionOptions) {
    this.state = { phase: 'connecting', role: options.role, refusal: null, storageError: null }
  }

  async start(): Promise<void> {
    this.bridge = await Bridge.start(this.doc, this.options.overviewId, this.options.port, {
      readOnly: this.options.role === 'reader',
      onError: (code) => this.update({ storageError: code }),
      onStep: () => this.state.storageError && this.update({ storageError: null }),
    })
    if (this.stopped) return this.bridge.stop()
    this.provider = new HocuspocusProvider({
      url: this.options.server.sync,
      name: this.options.overviewId,
      document: this.doc,
      token: this.options.key,
      onStatus: ({ status }) => {
        if (this.state.phase === 'refused' || this.state.phase === 'revoked') return
        if (status === 'connected') this.update({ phase: this.provider?.isAuthenticated ? 'online' : 'connecting' })
        else if (status === 'disconnected') this.update({ phase: 'offline' })
      },
      onAuthenticated: ({ scope }) => {
        const role: SyncRole = scope === 'readonly' ? 'reader' : 'editor'
        if (this.bridge) {
          this.bridge.readOnly = role === 'reader'
          // A reader's copy follows the shared one, whatever was typed into it here.
          if (role === 'reader') this.bridge.localChanged()
        }
        this.update({ phase: 'online', role, refusal: null })
        this.settle({ ok: true, role })
      },
      onAuthenticationFailed: ({ reason }) => {
        const refusal = isSyncRefusal(reason) ? reason : 'server-error'
        this.end({ phase: 'refused', refusal })
        this.settle({ ok: false, refusal })
      },
      onSynced: ({ state }) => {
        if (state) this.markSynced()
      },
      onClose: ({ event }) => {
        if (event.reason === ACCESS_REVOKED) this.end({ phase: 'revoked' })
      },
    })
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener)
    listener(this.state)
    return () => this.listeners.delete(listener)
  }

  /** Ends the connection; resolves when a step the bridge was running has finished. */
  stop(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    this.stopped = true
    this.provider?.destroy()
    this.provider = null
    const finished = this.bridge?.stop() ?? Promise.resolve()
    this.listeners.clear()
    this.doc.destroy()
    return finished
  }

  private end(patch: Partial<SessionState>) {
    this.update(patch)
    // Not in the provider's own event handler: destroying it there would cut its handling short.
    setTimeout(() => {
      this.provider?.destroy()
      this.provider = null
    }, 0)
  }

  private update(patch: Partial<SessionState>) {
    this.state = { ...this.state, ...patch }
    this.listeners.forEach((listener) => listener(this.state))
  }
}

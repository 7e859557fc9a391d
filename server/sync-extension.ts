/**
 * The Hocuspocus hooks that make the sync server ours: who may connect (users file, roles),
 * where documents live (DocumentStore), and what happens when a file cannot be read or
 * written. The wire protocol the app relies on is described in src/domain/sync-protocol.ts.
 */
import type {
  beforeHandleMessagePayload,
  beforeUnloadDocumentPayload,
  connectedPayload,
  Extension,
  onAuthenticatePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server'
import { MessageType } from '@hocuspocus/server'
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { SESSION_MESSAGE_TYPE, type SessionMessage, type SyncRefusal } from '../src/domain/sync-protocol.ts'
import { authorize } from './authorize.ts'
import type { DocumentStore } from './document-store.ts'
import { describeError, type Log } from './log.ts'
import { readUsers, type SyncUser } from './users-file.ts'

/** What onAuthenticate adds to a connection's context. */
export interface SyncContext {
  user?: Pick<SyncUser, 'name' | 'role' | 'keyHash'>
}

interface Options {
  store: DocumentStore
  usersPath: string
  log: Log
  /** Called once a WebSocket has authenticated a document (see socket-guard.ts). */
  onAuthenticated: (request: onAuthenticatePayload['request']) => void
}

/**
 * Hocuspocus sends a thrown object's `reason` to the client as the refusal reason. It has no
 * `message` on purpose: Hocuspocus would log it as an error, and a refusal is no error.
 */
const refuse = (reason: SyncRefusal): { reason: SyncRefusal } => ({ reason })

export class SyncExtension implements Extension {
  extensionName = 'indsatsoverblik-sync'

  /** Overviews whose last write failed: kept in memory until a write succeeds. */
  private readonly unsaved = new Set<string>()

  constructor(private readonly options: Options) {}

  async onAuthenticate({ token, documentName, connectionConfig, request }: onAuthenticatePayload): Promise<SyncContext> {
    const { log } = this.options
    const users = await readUsers(this.options.usersPath)
    if (!users.ok) {
      log.error(`Cannot read the users file ${this.options.usersPath} (${users.detail}); refusing every connection until it is fixed.`)
      throw refuse('server-error')
    }
    const decision = authorize(users.users, token, documentName)
    if (!decision.ok) {
      log.info(`Refused ${JSON.stringify(documentName.slice(0, 120))} from ${request.socket.remoteAddress ?? 'unknown'}: ${decision.code}`)
      throw refuse(decision.code)
    }
    const { name, role, keyHash } = decision.user
    // Hocuspocus 3.4.4 applies none of a read-only connection's document updates and relays
    // none of them (MessageReceiver: SyncStep2 and Update answer "not applied" instead).
    connectionConfig.readOnly = role === 'reader'
    this.options.onAuthenticated(request)
    return { user: { name, role, keyHash } }
  }

  async connected({ connection, context }: connectedPayload): Promise<void> {
    if (!context.user) return
    const message: SessionMessage = { type: SESSION_MESSAGE_TYPE, user: { name: context.user.name, role: context.user.role } }
    connection.sendStateless(JSON.stringify(message))
  }

  /**
   * Clients may not broadcast stateless messages to each other: then every stateless message
   * a client receives comes from this server, and a reader cannot pose as it. Throwing closes
   * that client's connection to the document; our app never sends such a message.
   */
  async beforeHandleMessage({ update }: beforeHandleMessagePayload): Promise<void> {
    const decoder = decoding.createDecoder(update)
    decoding.readVarString(decoder)
    if (decoding.readVarUint(decoder) === MessageType.BroadcastStateless) throw { code: 1008, reason: 'broadcast-not-allowed' }
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const read = await this.options.store.read(documentName)
    if (!read.ok) throw this.unreadable(read.file, read.detail)
    if (read.update === null) return
    try {
      Y.applyUpdate(document, read.update)
    } catch (error) {
      throw this.unreadable(this.options.store.fileOf(documentName), `not a Yjs document: ${describeError(error)}`)
    }
  }

  /**
   * A failed write is logged, not thrown: Hocuspocus runs this from a timer, where a thrown
   * error would end the process. The document stays in memory (beforeUnloadDocument) and is
   * written again with the next change, at shutdown, or by storeNow.
   */
  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    await this.storeNow(documentName, document)
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    // Hocuspocus keeps a document loaded when this hook rejects.
    if (this.unsaved.has(documentName)) throw { reason: 'unsaved' }
  }

  /** Writes the whole document now; true when it is safely on disk. */
  async storeNow(documentName: string, document: Y.Doc): Promise<boolean> {
    try {
      await this.options.store.write(documentName, Y.encodeStateAsUpdate(document))
      if (this.unsaved.delete(documentName)) this.options.log.info(`Overview ${documentName} is stored again.`)
      return true
    } catch (error) {
      this.unsaved.add(documentName)
      this.options.log.error(`Cannot store overview ${documentName} (${describeError(error)}); it stays in memory and is written with the next change.`)
      return false
    }
  }

  private unreadable(file: string, detail: string): { reason: SyncRefusal } {
    this.options.log.error(`Cannot read ${file} (${detail}); the file is kept as it is and its clients are refused with document-unreadable.`)
    return refuse('document-unreadable')
  }
}

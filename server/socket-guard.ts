/**
 * Limits what a WebSocket may do before it has authenticated any document.
 *
 * Hocuspocus keeps every message that arrives for a document before that document's
 * authentication in memory, to replay it afterwards. A client that never authenticates
 * could so fill the server's memory, or hold sockets open forever. Until its first
 * successful authentication a socket may therefore send at most `maxBytes`, and must
 * authenticate within `deadlineMs`; otherwise it is closed. After that the limits are off
 * (the message size is still capped by the WebSocket server's maxPayload).
 */
import type { IncomingMessage } from 'node:http'
import type { RawData, WebSocket } from 'ws'

export interface GuardLimits {
  maxBytes: number
  deadlineMs: number
}

/** An honest client sends its key, a state vector and its presence first: a few KB. */
export const DEFAULT_GUARD_LIMITS: GuardLimits = { maxBytes: 16 * 1024 * 1024, deadlineMs: 30_000 }

/** Close code 1008: policy violation. */
const POLICY_VIOLATION = 1008

export class SocketGuard {
  private readonly releases = new WeakMap<IncomingMessage, () => void>()

  constructor(private readonly limits: GuardLimits = DEFAULT_GUARD_LIMITS) {}

  watch(socket: WebSocket, request: IncomingMessage): void {
    let bytes = 0
    const onMessage = (data: RawData) => {
      bytes += Array.isArray(data) ? data.reduce((sum, part) => sum + part.byteLength, 0) : data.byteLength
      if (bytes > this.limits.maxBytes) socket.terminate()
    }
    const timer = setTimeout(() => socket.close(POLICY_VIOLATION, 'authentication timeout'), this.limits.deadlineMs)
    const release = () => {
      clearTimeout(timer)
      socket.off('message', onMessage)
      this.releases.delete(request)
    }
    socket.on('message', onMessage)
    socket.once('close', release)
    this.releases.set(request, release)
  }

  /** The socket of this upgrade request has authenticated a document. */
  authenticated(request: IncomingMessage): void {
    this.releases.get(request)?.()
  }
}

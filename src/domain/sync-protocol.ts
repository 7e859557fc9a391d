/**
 * The contract between the sync server (server/) and the app's sync client — the one file
 * both sides import. Pure constants and one parser: no Node, no DOM, no Yjs.
 *
 * Transport: Hocuspocus 3.4.4 over one WebSocket at `SYNC_PATH` on the server's own origin
 * (ws:// or, behind TLS, wss://). One Yjs document per overview; the document name is the
 * overview id. The access key is sent as the provider's `token`.
 *
 * What the client learns, and how (server/README.md describes it for people):
 * - Accepted: the provider's `authenticated` event; its `scope` is `'readonly'` for a reader
 *   (the server applies none of a reader's updates) and `'read-write'` for an editor. Right
 *   after, a stateless message `SessionMessage` (JSON) names the user and role. The server
 *   never relays a client's broadcast of stateless messages, so every stateless message a
 *   client receives comes from the server itself.
 * - Refused: the provider's `authenticationFailed` event, whose `reason` is one of
 *   `SYNC_REFUSALS` (a refusal can follow an `authenticated` event when the overview's stored
 *   file turns out unreadable while it loads).
 * - Closed later: a close event whose reason is `'access-revoked'` when the user was removed.
 */

/** The WebSocket path; every other path of the server serves the built app. */
export const SYNC_PATH = '/sync'

/** Overview ids the server accepts as document names (the app's ids are UUIDs). */
export const OVERVIEW_ID_PATTERN = /^[A-Za-z0-9-]{1,100}$/

export const isOverviewId = (name: string): boolean => OVERVIEW_ID_PATTERN.test(name)

/** Why the server refused a document, as sent in `authenticationFailed`'s `reason`. */
export const SYNC_REFUSALS = [
  /** No access key, or one the server does not know (the two are not told apart). */
  'access-denied',
  /** The key is bound to another overview. */
  'overview-not-allowed',
  /** The overview id is not one the server stores (see OVERVIEW_ID_PATTERN). */
  'invalid-overview-id',
  /** The overview's file on the server cannot be read; the file is kept for IT to restore. */
  'document-unreadable',
  /** The server could not read its own list of users. */
  'server-error',
] as const

export type SyncRefusal = (typeof SYNC_REFUSALS)[number]

/** The close reason sent when a connected user is removed on the server. */
export const ACCESS_REVOKED = 'access-revoked'

export type SyncRole = 'editor' | 'reader'

export const SESSION_MESSAGE_TYPE = 'indsatsoverblik/session'

/** Sent by the server as a stateless message once a document connection is established. */
export interface SessionMessage {
  type: typeof SESSION_MESSAGE_TYPE
  user: { name: string; role: SyncRole }
}

export const isSyncRefusal = (reason: string): reason is SyncRefusal => (SYNC_REFUSALS as readonly string[]).includes(reason)

/** Reads a stateless payload; null when it is not a session message. */
export function parseSessionMessage(payload: string): SessionMessage | null {
  let value: unknown
  try {
    value = JSON.parse(payload)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { type, user } = value as { type?: unknown; user?: unknown }
  if (type !== SESSION_MESSAGE_TYPE || typeof user !== 'object' || user === null) return null
  const { name, role } = user as { name?: unknown; role?: unknown }
  if (typeof name !== 'string' || (role !== 'editor' && role !== 'reader')) return null
  return { type, user: { name, role } }
}

/**
 * Who may open which overview: the decision behind onAuthenticate, as a pure function of
 * the users file's contents, the key the client sent and the document it asked for.
 */
import { isOverviewId, type SyncRefusal } from '../src/domain/sync-protocol.ts'
import { hashAccessKey, sameHash } from './access-keys.ts'
import type { SyncUser } from './users-file.ts'

export type Authorization = { ok: true; user: SyncUser } | { ok: false; code: SyncRefusal }

/** Keys are 43 characters; anything much longer is not worth hashing. */
const MAX_KEY_LENGTH = 200

export function authorize(users: readonly SyncUser[], key: string, overviewId: string): Authorization {
  if (!isOverviewId(overviewId)) return { ok: false, code: 'invalid-overview-id' }
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return { ok: false, code: 'access-denied' }
  const keyHash = hashAccessKey(key)
  const user = users.find((candidate) => sameHash(candidate.keyHash, keyHash))
  if (!user) return { ok: false, code: 'access-denied' }
  if (user.overview !== null && user.overview !== overviewId) return { ok: false, code: 'overview-not-allowed' }
  return { ok: true, user }
}

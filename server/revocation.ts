/**
 * Ends the live connections of users who were removed (`user remove`), without a restart:
 * the users file is checked every second, and a connection whose key is no longer in it is
 * closed with the reason ACCESS_REVOKED. New connections need no watcher: the file is read
 * on every authentication.
 */
import { unwatchFile, watchFile } from 'node:fs'
import type { Hocuspocus } from '@hocuspocus/server'
import { ACCESS_REVOKED } from '../src/domain/sync-protocol.ts'
import type { Log } from './log.ts'
import type { SyncContext } from './sync-extension.ts'
import { readUsers } from './users-file.ts'

/** A code of the application range (4000–4999); the reason is what the app reads. */
const REVOKED_CODE = 4403

export function revokeRemovedUsers(usersPath: string, hocuspocus: Hocuspocus, log: Log): () => void {
  const check = async () => {
    const read = await readUsers(usersPath)
    // An unreadable file refuses new connections (sync-extension.ts); it revokes nobody.
    if (!read.ok) return
    const current = new Set(read.users.map((user) => user.keyHash))
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const user = (connection.context as SyncContext).user
        if (!user || current.has(user.keyHash)) continue
        log.info(`Closed ${user.name}'s connection to overview ${document.name}: the user was removed.`)
        connection.close({ code: REVOKED_CODE, reason: ACCESS_REVOKED })
      }
    }
  }
  const listener = () => void check()
  watchFile(usersPath, { interval: 1000, persistent: false }, listener)
  return () => unwatchFile(usersPath, listener)
}

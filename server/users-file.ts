/**
 * The users file, `SYNC_DATA/users.json` (mode 0600, written atomically): who may connect,
 * with which role, to which overview. It holds key hashes, never keys.
 *
 *   { "format": "indsatsoverblik-sync-users", "version": 1,
 *     "users": [{ "name": "Mette Holm", "role": "editor", "overview": null,
 *                 "keyHash": "<sha-256, hex>", "created": "2026-11-23T09:15:00.000Z" }] }
 *
 * The server reads it on every authentication, so `user add` and `user remove` take effect
 * without a restart.
 */
import { readFile } from 'node:fs/promises'
import * as z from 'zod/mini'
import { OVERVIEW_ID_PATTERN } from '../src/domain/sync-protocol.ts'
import { isErrorCode, writeFileAtomic } from './atomic-file.ts'

const FORMAT = 'indsatsoverblik-sync-users'

export const userNameSchema = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  // Names are printed in a terminal: no control characters, no surrounding spaces.
  z.refine((name) => !/[\p{Cc}\p{Cf}]/u.test(name) && name.trim() === name),
)

const userSchema = z.object({
  name: userNameSchema,
  role: z.enum(['editor', 'reader']),
  /** null: every overview on this server. */
  overview: z.nullable(z.string().check(z.regex(OVERVIEW_ID_PATTERN))),
  keyHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  created: z.string().check(z.minLength(10)),
})

const usersFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  users: z.array(userSchema),
})

export type SyncUser = z.infer<typeof userSchema>

export type ReadUsersResult = { ok: true; users: SyncUser[] } | { ok: false; code: 'users-unreadable'; detail: string }

/** A missing file is an empty list: a new server has no users yet. */
export async function readUsers(file: string): Promise<ReadUsersResult> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return { ok: true, users: [] }
    return { ok: false, code: 'users-unreadable', detail: error instanceof Error ? error.message : String(error) }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, code: 'users-unreadable', detail: `not JSON: ${(error as Error).message}` }
  }
  const parsed = usersFileSchema.safeParse(json)
  return parsed.success ? { ok: true, users: parsed.data.users } : { ok: false, code: 'users-unreadable', detail: 'not a users file of version 1' }
}

export async function writeUsers(file: string, users: readonly SyncUser[]): Promise<void> {
  const content = { format: FORMAT, version: 1, users }
  await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`, 0o600)
}

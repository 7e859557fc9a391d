/**
 * Adding, listing and removing users in the users file. Results are data; cli.ts turns
 * them into sentences and exit codes.
 */
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { isOverviewId, type SyncRole } from '../src/domain/sync-protocol.ts'
import { generateAccessKey, hashAccessKey } from './access-keys.ts'
import { readUsers, userNameSchema, writeUsers, type SyncUser } from './users-file.ts'

export interface NewUser {
  name: string
  role: SyncRole
  overview: string | null
}

export type AddUserResult =
  | { ok: true; user: SyncUser; key: string }
  | { ok: false; code: 'invalid-name' | 'invalid-overview' | 'duplicate-name' | 'users-unreadable'; detail?: string }

export type RemoveUserResult = { ok: true; user: SyncUser } | { ok: false; code: 'not-found' | 'users-unreadable'; detail?: string }

/** "Mette Holm" and "mette holm" are one user: a list that shows both would mislead. */
export const sameName = (a: string, b: string): boolean => a.normalize('NFC').toLocaleLowerCase('da') === b.normalize('NFC').toLocaleLowerCase('da')

export async function addUser(file: string, input: NewUser, now: Date): Promise<AddUserResult> {
  if (!userNameSchema.safeParse(input.name).success) return { ok: false, code: 'invalid-name' }
  if (input.overview !== null && !isOverviewId(input.overview)) return { ok: false, code: 'invalid-overview' }
  const read = await readUsers(file)
  if (!read.ok) return read
  const existing = read.users.find((user) => sameName(user.name, input.name))
  if (existing) return { ok: false, code: 'duplicate-name', detail: existing.name }
  const key = generateAccessKey()
  const user: SyncUser = { name: input.name, role: input.role, overview: input.overview, keyHash: hashAccessKey(key), created: now.toISOString() }
  await mkdir(dirname(file), { recursive: true, mode: 0o700 })
  await writeUsers(file, [...read.users, user])
  return { ok: true, user, key }
}

export async function removeUser(file: string, name: string): Promise<RemoveUserResult> {
  const read = await readUsers(file)
  if (!read.ok) return read
  const user = read.users.find((candidate) => sameName(candidate.name, name))
  if (!user) return { ok: false, code: 'not-found' }
  await writeUsers(file, read.users.filter((candidate) => candidate !== user))
  return { ok: true, user }
}

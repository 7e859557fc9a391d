/** Who may open which overview: the rule behind onAuthenticate, case by case. */
import { describe, expect, it } from 'vitest'
import { hashAccessKey } from '../../server/access-keys.ts'
import { authorize } from '../../server/authorize.ts'
import type { SyncUser } from '../../server/users-file.ts'

const OVERVIEW = '6f1c2a9e-0d4b-4c1e-9a55-1f2e3d4c5b6a'
const OTHER = '11111111-2222-4333-8444-555555555555'
const user = (name: string, key: string, role: SyncUser['role'], overview: string | null): SyncUser => ({ name, role, overview, keyHash: hashAccessKey(key), created: '2026-11-23T09:15:00.000Z' })
const USERS = [user('Mette', 'mette-key-0123456789', 'editor', null), user('Chef', 'chef-key-0123456789', 'reader', null), user('Bundet', 'bound-key-0123456789', 'editor', OTHER)]

describe('authorize', () => {
  it.each([
    ['an editor, any overview', 'mette-key-0123456789', OVERVIEW, { ok: true, name: 'Mette' }],
    ['a reader', 'chef-key-0123456789', OVERVIEW, { ok: true, name: 'Chef' }],
    ['a bound key, its own overview', 'bound-key-0123456789', OTHER, { ok: true, name: 'Bundet' }],
    ['a bound key, another overview', 'bound-key-0123456789', OVERVIEW, { ok: false, code: 'overview-not-allowed' }],
    ['an unknown key', 'nobody-key-0123456789', OVERVIEW, { ok: false, code: 'access-denied' }],
    ['a key that differs in case', 'METTE-KEY-0123456789', OVERVIEW, { ok: false, code: 'access-denied' }],
    ['no key', '', OVERVIEW, { ok: false, code: 'access-denied' }],
    ['a huge key', 'x'.repeat(10_000), OVERVIEW, { ok: false, code: 'access-denied' }],
    ['a path as overview id', 'mette-key-0123456789', '../users', { ok: false, code: 'invalid-overview-id' }],
    ['an empty overview id', 'mette-key-0123456789', '', { ok: false, code: 'invalid-overview-id' }],
    ['a key hash given as the key', USERS[0]!.keyHash, OVERVIEW, { ok: false, code: 'access-denied' }],
  ])('%s', (_label, key, overview, expected) => {
    const result = authorize(USERS, key, overview)
    expect(result.ok ? { ok: true, name: result.user.name } : result).toEqual(expected)
  })

  it('refuses everyone when there are no users', () => {
    expect(authorize([], 'mette-key-0123456789', OVERVIEW)).toEqual({ ok: false, code: 'access-denied' })
  })
})

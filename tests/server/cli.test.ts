/**
 * `npm run server -- user …` through the real entry point: the key is the last line of
 * `user add`, stored only as a hash in a 0600 file; `user list` never shows a key or hash;
 * duplicates and bad arguments exit 1 with one sentence or the usage text.
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeDataDir, runCli } from './harness.ts'

let data: Awaited<ReturnType<typeof makeDataDir>>
const usersFile = () => join(data.dir, 'users.json')
const keys: string[] = []

beforeAll(async () => {
  data = await makeDataDir()
})
afterAll(async () => {
  await data?.remove()
})

describe('user add', () => {
  it('prints a new 256-bit key as its last line and stores only its SHA-256', async () => {
    const result = await runCli(data.dir, ['user', 'add', 'Mette Holm', '--role', 'editor'])
    expect(result.code).toBe(0)
    const key = result.stdout.trimEnd().split('\n').at(-1)!
    // 32 random bytes in base64url: 43 characters.
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(key, 'base64url')).toHaveLength(32)
    keys.push(key)

    const stored = await readFile(usersFile(), 'utf8')
    expect(stored).not.toContain(key)
    expect(stored).toContain(createHash('sha256').update(key).digest('hex'))
    expect((await stat(usersFile())).mode & 0o777).toBe(0o600)
  })

  it('gives every user a different key, bound to an overview when asked', async () => {
    const result = await runCli(data.dir, ['user', 'add', 'Chef Jensen', '--role', 'reader', '--overview', 'b7e0f1d2-1111-4111-8111-000000000001'])
    expect(result.code).toBe(0)
    const key = result.stdout.trimEnd().split('\n').at(-1)!
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(keys).not.toContain(key)
    keys.push(key)
  })

  it('refuses a name that exists (in any case) with one sentence and exit code 1, changing nothing', async () => {
    const before = await readFile(usersFile(), 'utf8')
    const result = await runCli(data.dir, ['user', 'add', 'METTE HOLM', '--role', 'reader'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toEqual(['A user named "Mette Holm" already exists; choose another name or remove that user first.'])
    expect(await readFile(usersFile(), 'utf8')).toBe(before)
  })

  it('refuses an overview id the server would not accept', async () => {
    const result = await runCli(data.dir, ['user', 'add', 'Ny', '--role', 'editor', '--overview', '../etc'])
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('user list', () => {
  it('shows name, role, overview and creation time — never a key or a hash', async () => {
    const result = await runCli(data.dir, ['user', 'list'])
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^NAME\s+ROLE\s+OVERVIEW\s+CREATED$/)
    expect(lines[1]).toMatch(/^Mette Holm\s+editor\s+all overviews\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC$/)
    expect(lines[2]).toMatch(/^Chef Jensen\s+reader\s+overview b7e0f1d2-1111-4111-8111-000000000001\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC$/)
    for (const key of keys) {
      expect(result.stdout).not.toContain(key)
      expect(result.stdout).not.toContain(createHash('sha256').update(key).digest('hex').slice(0, 16))
    }
  })
})

describe('user remove', () => {
  it('removes the user, and says so once more for an unknown name', async () => {
    expect(await runCli(data.dir, ['user', 'remove', 'Chef Jensen'])).toMatchObject({ code: 0 })
    const again = await runCli(data.dir, ['user', 'remove', 'Chef Jensen'])
    expect(again.code).toBe(1)
    expect(again.stderr.trim()).toBe('There is no user named "Chef Jensen".')
    expect((await runCli(data.dir, ['user', 'list'])).stdout).not.toContain('Chef Jensen')
  })
})

it('answers bad arguments with the usage text and exit code 1', async () => {
  const result = await runCli(data.dir, ['user', 'add', 'Uden rolle'])
  expect(result.code).toBe(1)
  expect(result.stderr).toContain('npm run server -- user add NAME --role editor|reader [--overview ID]')
})

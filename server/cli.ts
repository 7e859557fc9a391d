/**
 * `npm run server -- user add|list|remove …`: manages who may connect. Messages are in
 * English (the server's users are IT staff); every failure is one sentence and exit code 1.
 */
import { parseArgs } from 'node:util'
import { usersFile } from './config.ts'
import { addUser, removeUser } from './user-commands.ts'
import { readUsers, type SyncUser } from './users-file.ts'

export const USAGE = `Usage:
  npm run server                      start the sync server (settings: SYNC_HOST, SYNC_PORT, SYNC_DATA)
  npm run server -- user add NAME --role editor|reader [--overview ID]
                                      add a user and print their access key (last line)
  npm run server -- user list         list users (never their keys)
  npm run server -- user remove NAME  remove a user; their key is refused from then on`

export interface CliIo {
  dataDir: string
  now: () => Date
  out: (line: string) => void
  err: (line: string) => void
}

type Parsed = { command: 'add'; name: string; role: 'editor' | 'reader'; overview: string | null } | { command: 'list' } | { command: 'remove'; name: string } | { command: 'help' }

/** Reads the arguments after `npm run server --`; null when they are not a valid command. */
export function parseCommand(args: readonly string[]): Parsed | null {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      options: { role: { type: 'string' }, overview: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
  } catch {
    return null
  }
  const { values, positionals } = parsed
  const [group, command, name, ...rest] = positionals
  if (values.help || group === 'help') return positionals.length <= 1 ? { command: 'help' } : null
  if (group !== 'user' || rest.length > 0) return null
  const hasOptions = values.role !== undefined || values.overview !== undefined
  if (command === 'list' && name === undefined && !hasOptions) return { command: 'list' }
  if (command === 'remove' && name !== undefined && !hasOptions) return { command: 'remove', name }
  if (command === 'add' && name !== undefined && (values.role === 'editor' || values.role === 'reader')) {
    return { command: 'add', name, role: values.role, overview: values.overview ?? null }
  }
  return null
}

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(args)
  if (parsed === null) {
    io.err(USAGE)
    return 1
  }
  const file = usersFile(io.dataDir)
  switch (parsed.command) {
    case 'help':
      io.out(USAGE)
      return 0
    case 'list':
      return listCommand(file, io)
    case 'remove': {
      const result = await removeUser(file, parsed.name)
      if (result.ok) {
        io.out(`Removed ${result.user.name}. Their access key is refused from now on.`)
        return 0
      }
      io.err(result.code === 'not-found' ? `There is no user named "${parsed.name}".` : usersUnreadable(file, result.detail))
      return 1
    }
    case 'add': {
      const result = await addUser(file, parsed, io.now())
      if (!result.ok) {
        io.err(addFailure(result.code, parsed.name, file, result.detail))
        return 1
      }
      io.out(`Added ${result.user.name} (${result.user.role}, ${scopeOf(result.user)}).`)
      io.out('Give them this access key. It is shown only this once; the server keeps only a hash of it:')
      io.out(result.key)
      return 0
    }
  }
}

async function listCommand(file: string, io: CliIo): Promise<number> {
  const read = await readUsers(file)
  if (!read.ok) {
    io.err(usersUnreadable(file, read.detail))
    return 1
  }
  if (read.users.length === 0) {
    io.out('No users yet. Add one with: npm run server -- user add NAME --role editor|reader [--overview ID]')
    return 0
  }
  const rows = [['NAME', 'ROLE', 'OVERVIEW', 'CREATED'], ...read.users.map((user) => [user.name, user.role, scopeOf(user), createdText(user.created)])]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  for (const row of rows) io.out(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd())
  return 0
}

const scopeOf = (user: SyncUser): string => (user.overview === null ? 'all overviews' : `overview ${user.overview}`)

/** "2026-11-23T09:15:42.123Z" → "2026-11-23 09:15 UTC". */
const createdText = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`

function addFailure(code: 'invalid-name' | 'invalid-overview' | 'duplicate-name' | 'users-unreadable', name: string, file: string, detail?: string): string {
  switch (code) {
    case 'duplicate-name':
      return `A user named "${detail ?? name}" already exists; choose another name or remove that user first.`
    case 'invalid-name':
      return 'A user name must be 1 to 100 characters, without control characters or spaces at either end.'
    case 'invalid-overview':
      return 'An overview id may only contain the letters A-Z and a-z, digits and "-", at most 100 characters.'
    case 'users-unreadable':
      return usersUnreadable(file, detail)
  }
}

const usersUnreadable = (file: string, detail?: string): string => `The users file ${file} cannot be read (${detail ?? 'unknown error'}); nothing was changed.`

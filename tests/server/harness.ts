/**
 * Starts the real sync server (`node --import tsx server/main.ts`, as `npm run server` does)
 * on 127.0.0.1 with a free port and a temporary SYNC_DATA, runs its CLI, and connects
 * clients with @hocuspocus/provider over `ws` — everything the server tests share.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { vi } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { SYNC_PATH } from '../../src/domain/sync-protocol.ts'
import { decodeDocumentFile } from '../../server/document-file.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const ENTRY = ['--import', 'tsx', 'server/main.ts']

/** Generous: a loaded 2-core machine starts tsx and the server in seconds, not milliseconds. */
export const WAIT = { timeout: 20_000, interval: 50 }

export async function makeDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'sync-test-'))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

export interface ServerProcess {
  url: string
  wsUrl: string
  output: () => string
  /** Sends the signal and waits for the process to exit; resolves to its exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
  /** Sends a signal without waiting. */
  signal: (signal: NodeJS.Signals) => void
  exited: () => boolean
}

export async function startServerProcess(dataDir: string, options: { appDir?: string; env?: Record<string, string> } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ENTRY, {
    cwd: ROOT,
    env: { ...process.env, SYNC_HOST: '127.0.0.1', SYNC_PORT: '0', SYNC_DATA: dataDir, SYNC_APP: options.appDir ?? join(dataDir, 'no-app'), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  // 'close', not 'exit': it comes after the child's output has been read to the end.
  const exit = new Promise<number | null>((done) => child.once('close', (code) => done(code)))
  let exited = false
  void exit.then(() => (exited = true))
  const url = await vi.waitFor(() => {
    if (exited) throw new Error(`The server exited while starting:\n${output}`)
    const match = /listening on (http:\/\/\S+)/.exec(output)
    if (!match) throw new Error(`The server has not started yet:\n${output}`)
    return match[1]!
  }, WAIT)
  return {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}${SYNC_PATH}`,
    output: () => output,
    stop: (signal = 'SIGTERM') => stopProcess(child, exit, signal),
    signal: (signal) => void child.kill(signal),
    exited: () => exited,
  }
}

async function stopProcess(child: ChildProcess, exit: Promise<number | null>, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  return exit
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export function runCli(dataDir: string, args: string[]): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [...ENTRY, ...args], { cwd: ROOT, env: { ...process.env, SYNC_DATA: dataDir } }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

/** Adds a user through the CLI and returns the key (the last line it prints). */
export async function addUser(dataDir: string, name: string, role: 'editor' | 'reader', overview?: string): Promise<string> {
  const result = await runCli(dataDir, ['user', 'add', name, '--role', role, ...(overview ? ['--overview', overview] : [])])
  if (result.code !== 0) throw new Error(`user add failed: ${result.stderr}`)
  return result.stdout.trimEnd().split('\n').at(-1)!
}

export interface Client {
  doc: Y.Doc
  provider: HocuspocusProvider
  /** What the provider reported, in order. */
  events: {
    scope?: string
    refusals: string[]
    stateless: string[]
    closeReasons: string[]
  }
  fields: () => Y.Map<string>
  destroy: () => void
}

export function connect(wsUrl: string, overview: string, token: string | null): Client {
  const doc = new Y.Doc()
  const events: Client['events'] = { refusals: [], stateless: [], closeReasons: [] }
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 100, maxDelay: 1000 })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: overview,
    document: doc,
    token,
    onAuthenticated: ({ scope }) => (events.scope = scope),
    onAuthenticationFailed: ({ reason }) => events.refusals.push(reason),
    onStateless: ({ payload }) => events.stateless.push(payload),
    onClose: ({ event }) => events.closeReasons.push(event.reason),
  })
  provider.attach()
  return {
    doc,
    provider,
    events,
    fields: () => doc.getMap<string>('fields'),
    destroy: () => {
      provider.destroy()
      socket.destroy()
    },
  }
}

/** The fields map of an overview as stored on disk by the server, or null if there is no file. */
export async function storedFields(dataDir: string, overview: string): Promise<Record<string, string> | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(join(dataDir, 'documents', `${overview}.ydoc`))
  } catch {
    return null
  }
  const decoded = decodeDocumentFile(bytes)
  if (!decoded.ok) throw new Error(`stored file of ${overview} is ${decoded.problem}`)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, decoded.update)
  return doc.getMap<string>('fields').toJSON() as Record<string, string>
}

/**
 * Sharing, as the app uses it: loaded only when an overview is shared or the user shares or
 * opens one (Yjs and the provider stay out of the first load). At most one connection per
 * overview; the app opens it while the overview is open.
 */
import { db, storage, type ShareRecord } from '../storage'
import { syncPortFor } from '../storage/sharing'
import { overviewLink, parseOverviewRef, parseServerAddress, serverOfLink, type ServerAddress } from '../domain/sync-address'
import type { SyncRefusal } from '../domain/sync-protocol'
import { SyncSession } from './session'

export type { SessionState, SessionPhase } from './session'

/** Why Del or Åbn did not work, each one Danish sentence (src/strings/sharing-errors.ts). */
export type SharingProblem = SyncRefusal | 'invalid-address' | 'missing-key' | 'invalid-overview' | 'unreachable' | 'reader-cannot-share' | 'not-found' | 'storage'

/** How long Del and Åbn wait for the server's first answer. */
const ANSWER_TIMEOUT_MS = 15_000

const sessions = new Map<string, SyncSession>()

/** The overview's connection: the running one when it uses the same server and key, else a new one. */
export function openSession(share: ShareRecord): SyncSession {
  const running = sessions.get(share.overviewId)
  if (running && running.options.key === share.key && running.options.server.app === share.server) return running
  void running?.stop()
  const server = parseServerAddress(share.server) ?? { app: share.server, sync: share.server }
  const session = new SyncSession({ overviewId: share.overviewId, server, key: share.key, role: share.role, port: syncPortFor(db(), share.overviewId) })
  sessions.set(share.overviewId, session)
  let savedRole = share.role
  session.subscribe((state) => {
    // Remembered, so a reader's copy stays read-only when it opens offline.
    if (state.role && state.role !== savedRole && sessions.get(share.overviewId) === session) {
      savedRole = state.role
      void storage.saveShare({ ...share, role: state.role })
    }
  })
  void session.start()
  return session
}

export function closeSession(session: SyncSession): Promise<void> {
  if (sessions.get(session.options.overviewId) === session) sessions.delete(session.options.overviewId)
  return session.stop()
}

/**
 * "Stop deling": the connection ends, and the record that makes the overview shared goes, so
 * the app never contacts the server for it again; the local copy keeps every row, entry and
 * version. The others keep theirs, and the server keeps its copy.
 */
export async function stopSharing(overviewId: string): Promise<boolean> {
  const running = sessions.get(overviewId)
  // A step that is writing finishes first, so no document state is written after the share is gone.
  if (running) await closeSession(running)
  return (await storage.removeShare(overviewId)).ok
}

const timeout = <T>(promise: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))])

function settings(serverInput: string, keyInput: string): { server: ServerAddress; key: string } | SharingProblem {
  const server = parseServerAddress(serverInput)
  if (!server) return 'invalid-address'
  const key = keyInput.trim()
  if (!key) return 'missing-key'
  return { server, key }
}

/** "Del": makes the open overview shared on the server; the link for others to open it. */
export async function shareOverview(overviewId: string, serverInput: string, keyInput: string): Promise<{ ok: true; link: string } | { ok: false; problem: SharingProblem }> {
  const read = settings(serverInput, keyInput)
  if (typeof read === 'string') return { ok: false, problem: read }
  const share: ShareRecord = { overviewId, server: read.server.app, key: read.key, role: null }
  const session = openSession(share)
  const outcome = await timeout(session.answered, ANSWER_TIMEOUT_MS)
  const problem: SharingProblem | null = !outcome ? 'unreachable' : !outcome.ok ? outcome.refusal : outcome.role === 'reader' ? 'reader-cannot-share' : null
  if (problem) {
    closeSession(session)
    return { ok: false, problem }
  }
  const saved = await storage.saveShare({ ...share, role: 'editor' })
  if (!saved.ok) return { ok: false, problem: 'storage' }
  return { ok: true, link: overviewLink(read.server, overviewId) }
}

/** "Åbn": joins a shared overview and keeps a local copy of it; its id once that copy is here. */
export async function joinOverview(serverInput: string, keyInput: string, overviewInput: string): Promise<{ ok: true; overviewId: string } | { ok: false; problem: SharingProblem }> {
  const overviewId = parseOverviewRef(overviewInput)
  if (!overviewId) return { ok: false, problem: 'invalid-overview' }
  const fromLink = serverOfLink(overviewInput)
  const read = settings(serverInput.trim() || fromLink?.app || '', keyInput)
  if (typeof read === 'string') return { ok: false, problem: read }
  const share: ShareRecord = { overviewId, server: read.server.app, key: read.key, role: null }
  // A copy deleted here (Slet oversigt) leaves the document state it agreed on, which says the
  // records are here: joining again starts afresh, so they come back.
  if (!(await db().overviews.get(overviewId)) && !(await storage.removeShare(overviewId)).ok) return { ok: false, problem: 'storage' }
  const session = openSession(share)
  const outcome = await timeout(session.answered, ANSWER_TIMEOUT_MS)
  const synced = outcome?.ok ? await timeout(session.synced.then(() => true), ANSWER_TIMEOUT_MS) : null
  const problem: SharingProblem | null = !outcome ? 'unreachable' : !outcome.ok ? outcome.refusal : !synced ? 'unreachable' : !session.bridge?.view.hasRecord('overview', overviewId) ? 'not-found' : null
  if (problem) {
    closeSession(session)
    return { ok: false, problem }
  }
  // The shared records into the local copy before the app opens it.
  await session.bridge!.schedule()
  const saved = await storage.saveShare({ ...share, role: outcome!.ok ? outcome!.role : null })
  if (!saved.ok || session.state.storageError) return { ok: false, problem: 'storage' }
  return { ok: true, overviewId }
}

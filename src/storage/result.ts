/** Writes return their failures as data, so the UI can map each code to one Danish sentence. */
import type { Initiative } from '../domain/model'

export type WriteResult<T = void> =
  | { ok: true; value: T }
  | { ok: false; code: 'invalid'; issues: FieldIssue[] }
  | { ok: false; code: 'conflict'; current: Initiative }
  | { ok: false; code: 'not-found' }
  | { ok: false; code: 'quota' | 'unavailable' | 'failed'; detail?: string }

export interface FieldIssue {
  field: string
  code: string
}

export const ok = <T>(value: T): WriteResult<T> => ({ ok: true, value })

/** Maps a thrown storage error to a result code (quota, blocked/unavailable, or other). */
export function failure(error: unknown): WriteResult<never> {
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const detail = error instanceof Error ? error.message : String(error)
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { ok: false, code: 'quota', detail }
  if (['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError', 'VersionError'].includes(name))
    return { ok: false, code: 'unavailable', detail }
  return { ok: false, code: 'failed', detail }
}

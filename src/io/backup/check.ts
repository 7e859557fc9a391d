/**
 * Validation of a backup's records as a whole: every record against the model's zod
 * schemas, unique ids, and every indsats pointing at an overview in the same file.
 * Used when a file is read and again by the restore just before it writes.
 */
import * as z from 'zod/mini'
import { initiativeSchema, overviewSchema, snapshotSchema, statusEntrySchema } from '../../domain/schemas'
import type { BackupRecords } from './types'

export interface BackupLimits {
  /** Characters of JSON text (about bytes for the mostly-ASCII files the app writes). */
  maxChars: number
  maxOverviews: number
  maxInitiatives: number
}

/** Far beyond any real council's data, low enough that a browser tab survives reading it. */
export const BACKUP_LIMITS: BackupLimits = {
  maxChars: 100 * 1024 * 1024,
  maxOverviews: 10_000,
  maxInitiatives: 500_000,
}

const recordsSchema = z.object({
  overviews: z.array(overviewSchema),
  initiatives: z.array(initiativeSchema),
  statusLogs: z.array(statusEntrySchema),
  snapshots: z.array(snapshotSchema),
})

export type CheckResult =
  | { ok: true; value: BackupRecords }
  | { ok: false; code: 'invalid' | 'too-large' | 'unknown-column-type'; detail: string }

export function checkRecords(
  raw: { overviews?: unknown; initiatives?: unknown; statusLogs?: unknown; snapshots?: unknown },
  limits: BackupLimits = BACKUP_LIMITS,
): CheckResult {
  const { overviews, initiatives, statusLogs, snapshots } = raw
  if (!Array.isArray(overviews)) return { ok: false, code: 'invalid', detail: 'overviews: not a list' }
  if (!Array.isArray(initiatives)) return { ok: false, code: 'invalid', detail: 'initiatives: not a list' }
  if (!Array.isArray(statusLogs)) return { ok: false, code: 'invalid', detail: 'statusLogs: not a list' }
  if (!Array.isArray(snapshots)) return { ok: false, code: 'invalid', detail: 'snapshots: not a list' }
  // Counted before validating, so an absurd file is refused without walking it.
  if (overviews.length > limits.maxOverviews) return { ok: false, code: 'too-large', detail: `overviews: ${overviews.length}` }
  if (initiatives.length > limits.maxInitiatives) return { ok: false, code: 'too-large', detail: `initiatives: ${initiatives.length}` }
  if (statusLogs.length > limits.maxInitiatives) return { ok: false, code: 'too-large', detail: `statusLogs: ${statusLogs.length}` }
  if (snapshots.length > limits.maxOverviews) return { ok: false, code: 'too-large', detail: `snapshots: ${snapshots.length}` }

  const parsed = recordsSchema.safeParse({ overviews, initiatives, statusLogs, snapshots })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    // A column type from a newer app is not damage: it gets its own sentence.
    const code = issue?.message === 'unknown-column-type' ? 'unknown-column-type' : 'invalid'
    return { ok: false, code, detail: issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : 'invalid' }
  }

  const overviewIds = new Set<string>()
  for (const [index, overview] of parsed.data.overviews.entries()) {
    if (overviewIds.has(overview.id)) return { ok: false, code: 'invalid', detail: `overviews.${index}.id: duplicate` }
    overviewIds.add(overview.id)
  }
  const initiativeIds = new Set<string>()
  for (const [index, initiative] of parsed.data.initiatives.entries()) {
    if (initiativeIds.has(initiative.id)) return { ok: false, code: 'invalid', detail: `initiatives.${index}.id: duplicate` }
    initiativeIds.add(initiative.id)
    if (!overviewIds.has(initiative.overviewId)) return { ok: false, code: 'invalid', detail: `initiatives.${index}.overviewId: no such overview` }
  }
  const overviewOf = new Map(parsed.data.initiatives.map((i) => [i.id, i.overviewId]))
  const statusIds = new Set<string>()
  for (const [index, entry] of parsed.data.statusLogs.entries()) {
    if (statusIds.has(entry.id)) return { ok: false, code: 'invalid', detail: `statusLogs.${index}.id: duplicate` }
    statusIds.add(entry.id)
    if (overviewOf.get(entry.initiativeId) !== entry.overviewId) return { ok: false, code: 'invalid', detail: `statusLogs.${index}.initiativeId: no such indsats` }
  }
  const snapshotIds = new Set<string>()
  for (const [index, snapshot] of parsed.data.snapshots.entries()) {
    if (snapshotIds.has(snapshot.id)) return { ok: false, code: 'invalid', detail: `snapshots.${index}.id: duplicate` }
    snapshotIds.add(snapshot.id)
    // A version outlives nothing: it belongs to an overview in the same file.
    if (!overviewIds.has(snapshot.overviewId)) return { ok: false, code: 'invalid', detail: `snapshots.${index}.overviewId: no such overview` }
  }
  return { ok: true, value: parsed.data }
}

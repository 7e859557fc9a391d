/**
 * Bringing an older backup file up to the current format, one version at a time.
 * A file of version n passes through step n, n + 1, … until it reaches BACKUP_VERSION,
 * and only then is it validated against today's schemas.
 */
import { BACKUP_VERSION } from '../export/backup'

export type RawBackup = Record<string, unknown>

/** Keyed by the version a step reads; each returns the file as the next version. */
const steps: Readonly<Record<number, (file: RawBackup) => RawBackup>> = {
  // Version 2 added status logs and versions for meetings; a version 1 file has neither.
  1: (file) => ({ ...file, version: 2, statusLogs: [], snapshots: [] }),
  // Version 3 added each overview's extra columns (none in an older file), in versions too.
  2: (file) => ({
    ...file,
    version: 3,
    overviews: mapRecords(file.overviews, withColumns),
    snapshots: mapRecords(file.snapshots, (snapshot) => ({ ...snapshot, overview: withColumns(snapshot.overview) })),
  }),
}

/** Leaves anything that is not a list of records for the check to refuse. */
function mapRecords(list: unknown, step: (record: Record<string, unknown>) => unknown): unknown {
  return Array.isArray(list) ? list.map((record) => (isRecord(record) ? step(record) : record)) : list
}

function withColumns(overview: unknown): unknown {
  return isRecord(overview) && !('columns' in overview) ? { ...overview, columns: [] } : overview
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The file as BACKUP_VERSION, or null when a step between its version and today's is missing. */
export function migrate(file: RawBackup, from: number, to = BACKUP_VERSION, using = steps): RawBackup | null {
  let current = file
  for (let version = from; version < to; version++) {
    const step = using[version]
    if (!step) return null
    current = step(current)
  }
  return current
}

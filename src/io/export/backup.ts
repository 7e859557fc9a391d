/**
 * The backup file ("Sikkerhedskopi (JSON)"). Format, version 3:
 *
 *   {
 *     "format": "indsatsoverblik-backup",   // identifies the file; restore refuses anything else
 *     "version": 3,                         // bumped on incompatible changes; restore migrates older ones
 *     "exportedAt": "2021-01-20T09:30:00.000Z",
 *     "overviews":   [Overview, …],         // src/domain/model.ts, sorted by createdAt, id
 *     "initiatives": [Initiative, …],       // sorted by overviewId, order, id
 *     "statusLogs":  [StatusEntry, …],      // since version 2; sorted by initiativeId, date, id
 *     "snapshots":   [Snapshot, …]          // since version 2 (versions for meetings); sorted by overviewId, createdAt, id
 *   }
 *
 * Version 3 adds each overview's extra columns (`columns`, also in snapshots), a row's values
 * for them (`extra`) and rows without a category (`category: null`).
 * Version 1 files (no statusLogs or snapshots) and version 2 files (no columns) are still
 * read: src/io/backup/migrate.ts.
 *
 * Records are written in their schema's field order (id first), fields the schema does not
 * know after them in alphabetical order, absent optional fields left out; two-space indent,
 * "\n" line ends, final newline. The same input therefore always gives byte-identical
 * output, so two backups can be compared with a plain diff.
 */
import type { Initiative, Overview, Snapshot, StatusEntry } from '../../domain/model'
import { initiativeSchema, overviewSchema, snapshotSchema, statusEntrySchema } from '../../domain/schemas'

export const BACKUP_FORMAT = 'indsatsoverblik-backup'
export const BACKUP_VERSION = 3

export interface BackupInput {
  overviews: readonly Overview[]
  initiatives: readonly Initiative[]
  statusLogs: readonly StatusEntry[]
  snapshots: readonly Snapshot[]
  /** ISO timestamp; passed in so the writer stays pure. */
  exportedAt: string
}

export function toBackupJson({ overviews, initiatives, statusLogs, snapshots, exportedAt }: BackupInput): string {
  const overviewKeys = Object.keys(overviewSchema.shape)
  const initiativeKeys = Object.keys(initiativeSchema.shape)
  const statusKeys = Object.keys(statusEntrySchema.shape)
  const snapshotKeys = Object.keys(snapshotSchema.shape)
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    overviews: [...overviews].sort(byKeys('createdAt', 'id')).map((o) => ordered(o, overviewKeys)),
    initiatives: [...initiatives].sort(byKeys('overviewId', 'order', 'id')).map((i) => ordered(i, initiativeKeys)),
    statusLogs: [...statusLogs].sort(byKeys('initiativeId', 'date', 'id')).map((e) => ordered(e, statusKeys)),
    snapshots: [...snapshots].sort(byKeys('overviewId', 'createdAt', 'id')).map((v) => ordered(v, snapshotKeys)),
  }
  return `${JSON.stringify(backup, null, 2)}\n`
}

/** A copy of `record` with its keys in `order`, unknown keys after them sorted, nested objects sorted. */
function ordered(record: object, order: readonly string[]): Record<string, unknown> {
  const entries = Object.entries(record)
  const known = order.filter((k) => Object.hasOwn(record, k))
  const unknown = entries.map(([k]) => k).filter((k) => !order.includes(k)).sort()
  const source = Object.fromEntries(entries)
  return Object.fromEntries([...known, ...unknown].map((k) => [k, sortedDeep(source[k])]))
}

function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value).sort().map((k) => [k, sortedDeep((value as Record<string, unknown>)[k])]),
    )
  }
  return value
}

function byKeys<T>(...keys: (keyof T)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = a[key]
      const y = b[key]
      if (x !== y) return x < y ? -1 : 1
    }
    return 0
  }
}

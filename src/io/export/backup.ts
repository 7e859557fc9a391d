/**
 * The backup file ("Sikkerhedskopi (JSON)"). Format, version 1:
 *
 *   {
 *     "format": "indsatsoverblik-backup",   // identifies the file; restore refuses anything else
 *     "version": 1,                         // bumped on incompatible changes; restore migrates older ones
 *     "exportedAt": "2021-01-20T09:30:00.000Z",
 *     "overviews":   [Overview, …],         // src/domain/model.ts, sorted by createdAt, id
 *     "initiatives": [Initiative, …]        // sorted by overviewId, order, id
 *   }
 *
 * Records are written in their schema's field order (id first), fields the schema does not
 * know after them in alphabetical order, absent optional fields left out; two-space indent,
 * "\n" line ends, final newline. The same input therefore always gives byte-identical
 * output, so two backups can be compared with a plain diff.
 * Later versions will add `statusLogs` and `snapshots` arrays after `initiatives`; a
 * version 1 reader may ignore keys it does not know.
 */
import { initiativeSchema, overviewSchema, type Initiative, type Overview } from '../../domain/model'

export const BACKUP_FORMAT = 'indsatsoverblik-backup'
export const BACKUP_VERSION = 1

export interface BackupInput {
  overviews: readonly Overview[]
  initiatives: readonly Initiative[]
  /** ISO timestamp; passed in so the writer stays pure. */
  exportedAt: string
}

export function toBackupJson({ overviews, initiatives, exportedAt }: BackupInput): string {
  const overviewKeys = Object.keys(overviewSchema.shape)
  const initiativeKeys = Object.keys(initiativeSchema.shape)
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    overviews: [...overviews].sort(byKeys('createdAt', 'id')).map((o) => ordered(o, overviewKeys)),
    initiatives: [...initiatives].sort(byKeys('overviewId', 'order', 'id')).map((i) => ordered(i, initiativeKeys)),
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

/**
 * Whether a record that arrived through the shared document may be stored here: it must
 * satisfy the data model's schema (as every write does) and belong to the shared overview.
 */
import { initiativeSchema, overviewSchema, snapshotSchema, statusEntrySchema } from '../domain/schemas'
import type { CollectionName } from './shared-doc'

const SCHEMAS = { overview: overviewSchema, rows: initiativeSchema, statusLogs: statusEntrySchema, snapshots: snapshotSchema } as const

export const isPlainRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** null when the record can be stored; otherwise why not. */
export function recordIssue(name: CollectionName, record: Record<string, unknown>, overviewId: string): 'schema' | 'other-overview' | null {
  const belongs = name === 'overview' ? record.id === overviewId : record.overviewId === overviewId
  if (!belongs) return 'other-overview'
  return (SCHEMAS[name] as { safeParse: (value: unknown) => { success: boolean } }).safeParse(record).success ? null : 'schema'
}

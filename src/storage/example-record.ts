/**
 * Which overview is the example seeded on first run: the meta record the seeding
 * transaction writes (./first-run.ts). Read by the first screen (the banner); whether the
 * example is untouched is decided in ./example.ts, which loads with the writes.
 */
import type { IndsatsDb } from './db'

export const EXAMPLE_OVERVIEW_KEY = 'example-overview'

export interface ExampleRecord {
  overviewId: string
  /** The seeding transaction's timestamp: every seeded record has it as createdAt and updatedAt. */
  seededAt: string
  rowCount: number
}

function isExampleRecord(value: unknown): value is ExampleRecord {
  const record = value as Partial<ExampleRecord> | null
  return typeof record?.overviewId === 'string' && typeof record.seededAt === 'string' && typeof record.rowCount === 'number'
}

/** The example's meta record, or null when this browser was never given one (or was seeded before it was recorded). */
export async function exampleRecord(db: IndsatsDb): Promise<ExampleRecord | null> {
  const stored = await db.meta.get(EXAMPLE_OVERVIEW_KEY)
  return isExampleRecord(stored?.value) ? stored.value : null
}


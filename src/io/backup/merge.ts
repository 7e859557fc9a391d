/**
 * "Flet ind": which records of a backup to write, decided per id. New ids are added;
 * an id present on both sides with different contents keeps the side with the newer
 * `updatedAt` (this browser on a tie, so nothing changes without a reason) and is
 * reported as a conflict, so the user can see which rows were decided for them.
 */
import type { MergeConflict } from './types'

interface Keyed {
  id: string
  title: string
  updatedAt: string
}

export interface MergePlan<T> {
  /** Records to write: the new ones and the backup's versions that won. */
  writes: T[]
  added: number
  updated: number
  unchanged: number
  conflicts: MergeConflict[]
}

/**
 * `local[i]` is this browser's record with the id of `incoming[i]` (undefined if none).
 * `adopt` turns a winning backup record into what is written over the local one.
 */
export function planMerge<T extends Keyed>(
  kind: MergeConflict['kind'],
  incoming: readonly T[],
  local: readonly (T | undefined)[],
  adopt: (theirs: T, ours: T) => T = (theirs) => theirs,
): MergePlan<T> {
  const plan: MergePlan<T> = { writes: [], added: 0, updated: 0, unchanged: 0, conflicts: [] }
  incoming.forEach((theirs, index) => {
    const ours = local[index]
    if (!ours) {
      plan.writes.push(theirs)
      plan.added++
    } else if (sameRecord(theirs, ours)) {
      plan.unchanged++
    } else if (newer(theirs.updatedAt, ours.updatedAt)) {
      plan.writes.push(adopt(theirs, ours))
      plan.updated++
      plan.conflicts.push({ kind, id: theirs.id, title: theirs.title, kept: 'backup' })
    } else {
      plan.conflicts.push({ kind, id: ours.id, title: ours.title, kept: 'local' })
    }
  })
  return plan
}

/** Timestamps are ISO strings; compared as instants, with the text as a fallback for odd ones. */
function newer(a: string, b: string): boolean {
  const x = Date.parse(a)
  const y = Date.parse(b)
  if (!Number.isNaN(x) && !Number.isNaN(y) && x !== y) return x > y
  return a > b
}

/** Equal contents whatever the key order; absent and undefined fields count as the same. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  )
}

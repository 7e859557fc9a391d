/**
 * The three-way merge between the local copy (IndexedDB) and the shared Yjs document, one
 * record at a time and field by field. Pure: no Yjs, no storage.
 *
 * `base` is the record as it stood when the two last agreed, `local` as stored in this
 * browser now, `remote` as the shared document holds it now (undefined: absent or deleted).
 * A field changed on one side only takes that side's value; a field changed on both takes
 * the local value, which is sent, and the shared document's own rule (Yjs) then decides
 * between concurrent senders, so every copy ends up with the same value.
 *
 * Deletes (the documented rule): a delete wins over a concurrent edit, and the edit is not
 * lost. The shared record is only marked deleted (a tombstone) and keeps its fields; an
 * edit made meanwhile by someone else is written into the deleted record, so when the
 * person who deleted it presses *Fortryd* the row comes back with that edit in it. A
 * record that comes back (Fortryd) after a delete simply replaces the tombstone.
 */
import { sameValue, type FlatRecord } from './fields'

/** What to change in the shared document for one record. */
export interface Push {
  /** Fields to set. */
  set: FlatRecord
  /** Fields to remove (cleared on this side). */
  remove: string[]
  /** Mark the record deleted (its fields stay). */
  tombstone?: boolean
  /** The record exists again: clear a tombstone and drop fields not in `set`. */
  revive?: boolean
}

export interface RecordMerge {
  /** The record as the local copy should hold it now (undefined: not there). */
  next: FlatRecord | undefined
  /** Whether `next` differs from what the local copy holds now. */
  localChanged: boolean
  /** What to send, or null when nothing. */
  push: Push | null
}

/**
 * `deleted`: the fields of the shared record's tombstone, when it is deleted there. Readers
 * never send: the shared document is taken as it is.
 */
export function mergeRecord(
  base: FlatRecord | undefined,
  local: FlatRecord | undefined,
  remote: FlatRecord | undefined,
  readOnly = false,
  deleted?: FlatRecord,
): RecordMerge {
  if (readOnly) return { next: remote, localChanged: !sameOrBothAbsent(local, remote), push: null }
  if (!local && !remote) return { next: undefined, localChanged: false, push: null }
  if (!base) {
    if (local && !remote) {
      // Back after a delete (Fortryd): with whatever was edited elsewhere while it was deleted.
      const next = deleted ? { ...local, ...deleted } : local
      return { next, localChanged: !sameValue(next, local), push: { set: next, remove: [], revive: true } }
    }
    if (!local) return { next: remote, localChanged: true, push: null }
    // Both have a record the other has not seen agree on (a second conversion, a record that
    // came back): the local fields win where they differ, the shared ones fill the rest.
    const next = { ...remote, ...local }
    return { next, localChanged: !sameValue(next, local), push: changedFields(remote!, local) }
  }
  if (!local) return { next: undefined, localChanged: false, push: { set: {}, remove: [], tombstone: true } }
  if (!remote) {
    // Deleted elsewhere: the delete wins here too, and this side's edits go into the deleted record.
    const edits = changedFields(base, local)
    return { next: undefined, localChanged: true, push: edits ? { ...edits, remove: [] } : null }
  }
  const next: FlatRecord = {}
  const set: FlatRecord = {}
  const remove: string[] = []
  for (const key of new Set([...Object.keys(base), ...Object.keys(local), ...Object.keys(remote)])) {
    const [b, l, r] = [base[key], local[key], remote[key]]
    if (!sameValue(l, b)) {
      if (l !== undefined) next[key] = l
      if (!sameValue(l, r)) {
        if (l === undefined) remove.push(key)
        else set[key] = l
      }
    } else if (r !== undefined) next[key] = r
  }
  const push = Object.keys(set).length || remove.length ? { set, remove } : null
  return { next, localChanged: !sameValue(next, local), push }
}

function sameOrBothAbsent(a: FlatRecord | undefined, b: FlatRecord | undefined): boolean {
  return a === undefined || b === undefined ? a === b : sameValue(a, b)
}

/** The fields `to` sets or clears compared with `from`, as a push; null when none. */
function changedFields(from: FlatRecord, to: FlatRecord): Push | null {
  const set: FlatRecord = {}
  const remove: string[] = []
  for (const [key, value] of Object.entries(to)) if (!sameValue(value, from[key])) set[key] = value
  for (const key of Object.keys(from)) if (to[key] === undefined) remove.push(key)
  return Object.keys(set).length || remove.length ? { set, remove } : null
}

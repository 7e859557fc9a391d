/**
 * What a write touched, read from Dexie's change notice (`storagemutated`, fired in this tab
 * when a transaction commits and in other tabs through a BroadcastChannel). For each table
 * the notice holds a range set of the primary keys written or deleted; a key range (a
 * `clear()`, a ranged delete) cannot be listed and means "anything".
 */
import type { IndsatsDb } from './db'

/** The keys written per table; `null`: the table was written in a way that names no keys. */
export type TouchedKeys = Record<string, string[] | null>

/** A node of Dexie's range set as it arrives (also as a plain object from another tab). */
interface RangeNode {
  from?: unknown
  to?: unknown
  l?: RangeNode | null
  r?: RangeNode | null
}

/**
 * The primary keys of a range set, or null when it holds a range. Walked by hand rather than
 * through its iterator: a notice from another tab is a structured clone without prototype.
 */
export function keysOfRangeSet(set: unknown): string[] | null {
  const keys: string[] = []
  const stack: unknown[] = [set]
  while (stack.length) {
    const node = stack.pop() as RangeNode | null | undefined
    if (!node || typeof node !== 'object') continue
    if ('from' in node) {
      if (typeof node.from !== 'string' || node.from !== node.to) return null
      keys.push(node.from)
    }
    stack.push(node.l, node.r)
  }
  return keys
}

/** The tables of `db` named in a notice, each with the keys written (see `TouchedKeys`). */
export function touchedKeys(db: IndsatsDb, parts: Record<string, unknown>, tables: readonly string[]): TouchedKeys {
  const touched: TouchedKeys = {}
  for (const table of tables) {
    // `idb://<database>/<table>/` is the primary key's part; `…/:dels` and `…/<index>` are others.
    const part = `idb://${db.name}/${table}/`
    if (part in parts) touched[table] = keysOfRangeSet(parts[part])
  }
  return touched
}

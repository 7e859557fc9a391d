/**
 * How a stored record (an indsats, a status entry, a version, the overview's header) is
 * laid out as the fields of one Yjs map, without knowing its shape: every top-level field
 * is one key, and a field holding a plain object (`legend`, `extra`) is split one level
 * into `field.key` entries, so two people changing different extra columns or legend
 * letters of one record both keep their change. Arrays and deeper objects are one value.
 * A model change (a new field, a new extra column) therefore needs no change here.
 */

/** A record's fields as stored in its Yjs map. */
export type FlatRecord = Record<string, unknown>

const SEPARATOR = '.'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
}

export function flatten(record: object): FlatRecord {
  const flat: FlatRecord = {}
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined) continue
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [key, inner] of Object.entries(value)) if (inner !== undefined) flat[`${field}${SEPARATOR}${key}`] = inner
    } else if (!isPlainObject(value)) flat[field] = value
  }
  return flat
}

/** The record back from its fields. An empty plain object is not kept (flatten drops it): an absent one reads the same. */
export function unflatten(flat: FlatRecord): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(flat)) {
    const at = key.indexOf(SEPARATOR)
    if (at < 0) {
      record[key] = value
      continue
    }
    const field = key.slice(0, at)
    const inner = (record[field] ??= {}) as Record<string, unknown>
    inner[key.slice(at + 1)] = value
  }
  return record
}

/** Structural equality for JSON-like values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((item, index) => sameValue(item, other[index]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left).filter((k) => left[k] !== undefined)
  if (keys.length !== Object.keys(right).filter((k) => right[k] !== undefined).length) return false
  return keys.every((key) => sameValue(left[key], right[key]))
}

export function sameRecord(a: FlatRecord, b: FlatRecord): boolean {
  return sameValue(a, b)
}

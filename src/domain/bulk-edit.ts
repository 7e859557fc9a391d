/**
 * What a bulk action ("Sæt kategori", "Sæt status", "Sæt ansvarlig", "Sæt indsatsområde")
 * may change on many rows at once: one field, the same value on every row.
 */
import type { Initiative } from './model'

/** The fields the bulk bar sets, in the order it offers them. */
export const BULK_FIELDS = ['category', 'status', 'owner', 'area'] as const
export type BulkField = (typeof BULK_FIELDS)[number]

export type BulkPatch = Partial<Pick<Initiative, BulkField>>

/** The row with the patch put in, or the same row when it already has every value (nothing to write). */
export function patchedRow<T extends Pick<Initiative, BulkField>>(row: T, patch: BulkPatch): T {
  let changed = false
  for (const field of BULK_FIELDS) if (field in patch && patch[field] !== row[field]) changed = true
  return changed ? { ...row, ...patch } : row
}

/** A patch naming only bulk fields (anything else would be a programming error reaching storage). */
export function isBulkPatch(patch: object): patch is BulkPatch {
  const keys = Object.keys(patch)
  return keys.length > 0 && keys.every((key) => (BULK_FIELDS as readonly string[]).includes(key))
}

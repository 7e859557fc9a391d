/**
 * An overview's extra columns in the shared document: one entry per column field,
 * `columns/<id>/name`, `columns/<id>/type`, `columns/<id>/order`, so two people adding a
 * column at the same time both keep theirs, and a rename and another column's delete both
 * survive. (Before, the whole list was one value, `columns`, and one of two concurrent
 * changes was lost; a document in that form still opens, and an editor's first step
 * moves it to this form.)
 *
 * A deleted column follows the row rule (./merge.ts): the delete wins and the column keeps
 * its fields with `columns/<id>/deleted`, so a rename made meanwhile elsewhere is written
 * into it, and *Fortryd* on the deleting side brings the column back with that rename.
 *
 * The local copy never holds a deleted column: the tombstones live only in the document and
 * in the state the bridge last agreed on, from which `flattenOverview` carries them over.
 */
import type { ExtraColumn } from '../domain/columns/extra-types'
import { flatten, unflatten, type FlatRecord } from './fields'

const PREFIX = 'columns/'
/** The one-value form written before columns merged (documents shared before then). */
const OLD_FIELD = 'columns'

type ColumnFields = { name?: unknown; type?: unknown; order?: unknown; deleted?: unknown }

const keyOf = (id: string, field: keyof ColumnFields) => `${PREFIX}${id}/${field}`

/** The columns named in a flat overview record, by id, with their fields as stored. */
function columnsIn(flat: FlatRecord | undefined): Map<string, ColumnFields> {
  const columns = new Map<string, ColumnFields>()
  if (!flat) return columns
  for (const [key, value] of Object.entries(flat)) {
    if (!key.startsWith(PREFIX)) continue
    const slash = key.indexOf('/', PREFIX.length)
    if (slash < 0) continue
    const id = key.slice(PREFIX.length, slash)
    const fields = columns.get(id) ?? {}
    ;(fields as Record<string, unknown>)[key.slice(slash + 1)] = value
    columns.set(id, fields)
  }
  return columns
}

function put(flat: FlatRecord, id: string, fields: ColumnFields) {
  for (const [field, value] of Object.entries(fields)) if (value !== undefined) flat[keyOf(id, field as keyof ColumnFields)] = value
}

/**
 * The local overview as document fields. `agreed`: the record as the bridge and the
 * document last agreed on it, whose column tombstones (and columns this side deleted
 * since) become tombstones here.
 */
export function flattenOverview(overview: { columns?: readonly ExtraColumn[] } & object, agreed: FlatRecord | undefined): FlatRecord {
  const { columns = [], ...rest } = overview as { columns?: readonly ExtraColumn[] }
  const flat = flatten(rest)
  const before = columnsIn(agreed)
  const live = new Set<string>()
  columns.forEach((column, order) => {
    live.add(column.id)
    const was = before.get(column.id)
    // Back after a delete (Fortryd): as the document holds it, with a rename made elsewhere meanwhile.
    if (was?.deleted) put(flat, column.id, { name: was.name ?? column.name, type: was.type ?? column.type, order })
    else put(flat, column.id, { name: column.name, type: column.type, order })
  })
  for (const [id, was] of before) if (!live.has(id)) put(flat, id, { ...was, deleted: true })
  return flat
}

const isColumnType = (type: unknown): type is ExtraColumn['type'] => type === 'text' || type === 'number' || type === 'date'

/** The overview back from its document fields: the live columns in their order; the old one-value form when the document has no other. */
export function unflattenOverview(flat: FlatRecord): Record<string, unknown> {
  const rest: FlatRecord = {}
  for (const [key, value] of Object.entries(flat)) if (!key.startsWith(PREFIX) && key !== OLD_FIELD) rest[key] = value
  const record = unflatten(rest)
  const stored = columnsIn(flat)
  if (stored.size === 0) {
    record.columns = Array.isArray(flat[OLD_FIELD]) ? flat[OLD_FIELD] : []
    return record
  }
  const columns: (ExtraColumn & { order: number })[] = []
  for (const [id, fields] of stored) {
    // A half-known column (only a rename arrived for a column this side never had) is not shown.
    if (fields.deleted || typeof fields.name !== 'string' || !isColumnType(fields.type)) continue
    columns.push({ id, name: fields.name, type: fields.type, order: typeof fields.order === 'number' ? fields.order : Number.MAX_SAFE_INTEGER })
  }
  // Two columns added at the same place on two sides: both kept, in a fixed order everywhere.
  columns.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  record.columns = columns.map(({ id, name, type }) => ({ id, name, type }))
  return record
}

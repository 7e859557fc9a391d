/**
 * An overview's extra columns (Kolonner → Tilføj kolonne, Omdøb, Slet kolonne). Each write is
 * one transaction, checked with the domain's rules (src/domain/columns/extra.ts) and the
 * schema before anything is written. Deleting a column takes its values out of every row in
 * the same transaction and hands them back, so Fortryd puts the column and every value back.
 */
import type { IndsatsDb } from './db'
import type { Initiative, Overview } from '../domain/model'
import { columnNameIssue, newColumnId, type ColumnNameIssue, type ExtraColumn, type ExtraColumnType, type ExtraValue } from '../domain/columns/extra'
import { BUILT_IN_COLUMNS } from '../domain/columns/registry'
import { failure, ok, type WriteResult } from './result'
import { loadSchemas, validate } from './validate'
import { nowIso } from './clock'
import { rowsOf } from './row-pages'
import { putRows } from './row-writes'

export type ColumnWriteResult<T> = WriteResult<T> | { ok: false; code: ColumnNameIssue }

/** What Fortryd needs after Slet kolonne: the column, where it stood, and every row's value. */
export interface DeletedColumn {
  overviewId: string
  column: ExtraColumn
  index: number
  values: Record<string, ExtraValue>
}

/** Built-in labels count as taken: an extra column called "Status" would read as the built-in one. */
const takenNames = (overview: Overview, except?: string) => [
  ...BUILT_IN_COLUMNS.map((c) => c.label),
  ...overview.columns.filter((c) => c.id !== except).map((c) => c.name),
]

async function writeOverview(db: IndsatsDb, next: Overview): Promise<WriteResult<Overview>> {
  const { overviewSchema } = await loadSchemas()
  const checked = validate(overviewSchema, next)
  if (!checked.ok) return { ok: false, code: 'invalid', issues: checked.issues }
  await db.overviews.put(checked.value)
  return ok(checked.value)
}

export async function addColumn(db: IndsatsDb, overviewId: string, name: string, type: ExtraColumnType): Promise<ColumnWriteResult<ExtraColumn>> {
  try {
    await loadSchemas()
    return await db.transaction('rw', db.overviews, async () => {
      const overview = await db.overviews.get(overviewId)
      if (!overview) return { ok: false, code: 'not-found' } as const
      const issue = columnNameIssue(name, takenNames(overview))
      if (issue) return { ok: false, code: issue } as const
      const column: ExtraColumn = { id: newColumnId(Math.random, overview.columns), name: name.trim(), type }
      const written = await writeOverview(db, { ...overview, columns: [...overview.columns, column], updatedAt: nowIso() })
      return written.ok ? ok(column) : written
    })
  } catch (error) {
    return failure(error)
  }
}

export async function renameColumn(db: IndsatsDb, overviewId: string, columnId: string, name: string): Promise<ColumnWriteResult<ExtraColumn>> {
  try {
    await loadSchemas()
    return await db.transaction('rw', db.overviews, async () => {
      const overview = await db.overviews.get(overviewId)
      const column = overview?.columns.find((c) => c.id === columnId)
      if (!overview || !column) return { ok: false, code: 'not-found' } as const
      const issue = columnNameIssue(name, takenNames(overview, columnId))
      if (issue) return { ok: false, code: issue } as const
      const renamed = { ...column, name: name.trim() }
      const written = await writeOverview(db, { ...overview, columns: overview.columns.map((c) => (c.id === columnId ? renamed : c)), updatedAt: nowIso() })
      return written.ok ? ok(renamed) : written
    })
  } catch (error) {
    return failure(error)
  }
}

/** Removes the column and its value from every row, in one transaction. */
export async function deleteColumn(db: IndsatsDb, overviewId: string, columnId: string): Promise<WriteResult<DeletedColumn>> {
  try {
    await loadSchemas()
    return await db.transaction('rw', db.overviews, db.rowPages, async () => {
      const overview = await db.overviews.get(overviewId)
      const index = overview?.columns.findIndex((c) => c.id === columnId) ?? -1
      if (!overview || index < 0) return { ok: false, code: 'not-found' } as const
      const values: Record<string, ExtraValue> = {}
      const changed: Initiative[] = []
      for (const row of await rowsOf(db, overviewId)) {
        const value = row.extra?.[columnId]
        if (value === undefined) continue
        values[row.id] = value
        const { [columnId]: _gone, ...rest } = row.extra!
        const { extra: _old, ...withoutExtra } = row
        changed.push(Object.keys(rest).length ? { ...withoutExtra, extra: rest } : withoutExtra)
      }
      const written = await writeOverview(db, { ...overview, columns: overview.columns.filter((c) => c.id !== columnId), updatedAt: nowIso() })
      if (!written.ok) return written
      await putRows(db, changed)
      return ok({ overviewId, column: overview.columns[index]!, index, values })
    })
  } catch (error) {
    return failure(error)
  }
}

/** Fortryd after Slet kolonne: the column where it stood and every row's value back, in one transaction. Rows deleted since are left out. */
export async function restoreColumn(db: IndsatsDb, deleted: DeletedColumn): Promise<WriteResult> {
  try {
    await loadSchemas()
    return await db.transaction('rw', db.overviews, db.rowPages, async () => {
      const overview = await db.overviews.get(deleted.overviewId)
      if (!overview) return { ok: false, code: 'not-found' } as const
      if (overview.columns.some((c) => c.id === deleted.column.id)) return ok(undefined)
      const columns = [...overview.columns]
      columns.splice(Math.min(deleted.index, columns.length), 0, deleted.column)
      const written = await writeOverview(db, { ...overview, columns, updatedAt: nowIso() })
      if (!written.ok) return written
      const changed = (await rowsOf(db, deleted.overviewId))
        .filter((row) => Object.hasOwn(deleted.values, row.id))
        .map((row) => ({ ...row, extra: { ...row.extra, [deleted.column.id]: deleted.values[row.id]! } }))
      await putRows(db, changed)
      return ok(undefined)
    })
  } catch (error) {
    return failure(error)
  }
}

/**
 * Committing an import: all rows or none, in one transaction — with the extra columns the
 * table brings (added to the overview, or reused where it has one of the same name and
 * type), each row's values in them, each row's first status-log entry (the status words as
 * written) and the text above the table in the overview's notes. And "Fortryd import",
 * which removes exactly what the import added: its rows, their status logs, the columns it
 * added (the overview record put back as it was when nothing else changed it since), and
 * the overview it created, if nothing else has been put in it since.
 *
 * The first import into a browser that holds nothing but the untouched example takes the
 * example's place: it is deleted in the same transaction as the new overview is created,
 * and "Fortryd import" puts it back exactly, in the transaction that removes the import.
 */
import type { IndsatsDb } from './db'
import type { Initiative, InitiativeDraft, Overview, StatusEntry } from '../domain/model'
import type { ExtraColumn, ExtraColumnType, ExtraValue } from '../domain/columns/extra'
import { BUILT_IN_COLUMNS } from '../domain/columns/registry'
import { placeImportColumns } from '../io/import/target-columns'
import { extraIssues } from '../domain/columns/extra'
import { buildInitiative } from './initiatives'
import { countRows, lastOrder } from './row-pages'
import { addRows, deleteRows } from './row-writes'
import { failure, ok, type FieldIssue, type WriteResult } from './result'
import { newId, nowIso } from './clock'
import { loadSchemas, validate } from './validate'
import { buildOverview, type OverviewHeader } from './overviews'
import { deleteOverview, restoreOverview, type OverviewBundle } from './lifecycle'
import { onlyUntouchedExample } from './example'

/** One imported row: the form's fields, its values by the batch's column names, its first status-log entries. */
export interface ImportRowDraft extends Omit<InitiativeDraft, 'extra' | 'fixedDeadline'> {
  /** The date its deadline text was read against, when not the one a new row gets anyway. */
  readonly deadlineReference?: string
  /** Values by ImportBatch column name (text → string, number → number, date → YYYY-MM-DD). */
  readonly extra?: Readonly<Record<string, ExtraValue>>
  readonly statusLog?: readonly { readonly date: string; readonly text: string }[]
}

/** What an import writes: rows in source order, the extra columns they fill, and the text above the table. */
export interface ImportBatch {
  readonly columns: readonly { readonly name: string; readonly type: ExtraColumnType }[]
  readonly rows: readonly ImportRowDraft[]
  /** Text above the table that is neither title nor legend; added to the overview's notes. */
  readonly notes?: string
}

export interface ImportReceipt {
  overviewId: string
  /** True when the import made a new overview ("Ny oversigt"). */
  createdOverview: boolean
  initiativeIds: string[]
  /** Ids of the extra columns the import added to an existing overview. */
  addedColumnIds?: string[]
  /** The overview record before an import into it changed it (columns, notes), and the one the import wrote. */
  overviewBefore?: Overview
  overviewWritten?: Overview
  /** The example the import took the place of, exactly as it was: "Fortryd import" puts it back. */
  replacedExample?: OverviewBundle
}

type NewOverviewHeader = Partial<OverviewHeader> & Pick<OverviewHeader, 'title'>

type Schemas = Awaited<ReturnType<typeof loadSchemas>>

const BUILT_IN_LABELS = BUILT_IN_COLUMNS.map((c) => c.label)

type Built = { ok: true; value: { overview: Overview; rows: Initiative[]; statusLogs: StatusEntry[]; added: ExtraColumn[] } } | { ok: false; code: 'invalid'; issues: FieldIssue[] }

/** The overview with the batch's columns and notes, and its rows and status entries, each validated. */
function build(schemas: Schemas, target: Overview, batch: ImportBatch, firstOrder: number, now: string): Built {
  const { overviewSchema, initiativeSchema, statusEntrySchema } = schemas
  const placed = placeImportColumns(target.columns, batch.columns, BUILT_IN_LABELS, Math.random)
  if (!placed) return { ok: false, code: 'invalid', issues: [{ field: 'columns', code: 'too-many' }] }
  const notes = [target.notes ?? '', batch.notes ?? ''].filter((t) => t.trim() !== '').join('\n\n')
  const changed = placed.added.length > 0 || notes !== (target.notes ?? '')
  const next: Overview = changed ? { ...target, columns: placed.columns, ...(notes ? { notes } : {}), updatedAt: now } : target
  const overview = validate(overviewSchema, next)
  if (!overview.ok) return { ok: false, code: 'invalid', issues: overview.issues }
  const rows: Initiative[] = []
  const statusLogs: StatusEntry[] = []
  for (const [index, draft] of batch.rows.entries()) {
    const { extra: byName, statusLog, deadlineReference, ...fields } = draft
    const extra: Record<string, ExtraValue> = {}
    for (const [name, value] of Object.entries(byName ?? {})) {
      const id = placed.idByName[name]
      if (id === undefined) return { ok: false, code: 'invalid', issues: [{ field: `${index}.extra:${name}`, code: 'extra-unknown-column' }] }
      extra[id] = value
    }
    const problems = extraIssues(overview.value.columns, extra)
    if (problems.length) return { ok: false, code: 'invalid', issues: problems.map((i) => ({ field: `${index}.extra:${i.columnId}`, code: `extra-${i.code}` })) }
    // buildInitiative keeps the fields it is given: a deadlineReference goes through to the schema.
    const full = { ...fields, extra, ...(deadlineReference ? { deadlineReference } : {}) } as InitiativeDraft
    const row = buildInitiative(initiativeSchema, overview.value.id, full, firstOrder + index, now)
    if (!row.ok) return { ok: false, code: 'invalid', issues: row.issues.map((i) => ({ ...i, field: `${index}.${i.field}` })) }
    rows.push(row.value)
    for (const entry of statusLog ?? []) {
      const checked = validate(statusEntrySchema, { id: newId(), initiativeId: row.value.id, overviewId: overview.value.id, date: entry.date, text: entry.text, author: '', createdAt: now })
      if (!checked.ok) return { ok: false, code: 'invalid', issues: checked.issues.map((i) => ({ ...i, field: `${index}.statusLog.${i.field}` })) }
      statusLogs.push(checked.value)
    }
  }
  return { ok: true, value: { overview: overview.value, rows, statusLogs, added: placed.added } }
}

/**
 * An import into a new overview ("Ny oversigt"). With `replaceUntouchedExample`, and only
 * if the example is then the one overview here and untouched (checked inside the
 * transaction, so another tab's edit a moment earlier is never lost), the example goes.
 */
export async function importAsNewOverview(db: IndsatsDb, header: NewOverviewHeader, batch: ImportBatch, { replaceUntouchedExample = false } = {}): Promise<WriteResult<ImportReceipt>> {
  try {
    const now = nowIso()
    const built = build(await loadSchemas(), buildOverview(header, now), batch, 1, now)
    if (!built.ok) return built
    const { overview, rows, statusLogs } = built.value
    return await db.transaction('rw', [db.meta, db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => {
      const exampleId = replaceUntouchedExample ? await onlyUntouchedExample(db) : null
      let replacedExample: OverviewBundle | undefined
      if (exampleId) {
        const deleted = await deleteOverview(db, exampleId)
        // Thrown, not returned: the whole transaction is undone, the import included.
        if (!deleted.ok) throw new Error(`The example could not be removed: ${deleted.code}`)
        replacedExample = deleted.value
      }
      await db.overviews.add(overview)
      await addRows(db, rows)
      await db.statusLogs.bulkAdd(statusLogs)
      return ok({ overviewId: overview.id, createdOverview: true, initiativeIds: rows.map((r) => r.id), ...(replacedExample ? { replacedExample } : {}) })
    })
  } catch (error) {
    return failure(error)
  }
}

/** "Tilføj til denne oversigt": the rows at the end, the columns and notes on the overview, one transaction. */
export async function appendInitiatives(db: IndsatsDb, overviewId: string, batch: ImportBatch): Promise<WriteResult<ImportReceipt>> {
  try {
    const schemas = await loadSchemas()
    return await db.transaction('rw', [db.overviews, db.rowPages, db.statusLogs], async () => {
      const before = await db.overviews.get(overviewId)
      if (!before) return { ok: false, code: 'not-found' } as const
      const now = nowIso()
      const built = build(schemas, before, batch, (await lastOrder(db, overviewId)) + 1, now)
      if (!built.ok) return built
      const { overview, rows, statusLogs, added } = built.value
      const changed = overview !== before
      if (changed) await db.overviews.put(overview)
      await addRows(db, rows)
      await db.statusLogs.bulkAdd(statusLogs)
      return ok({
        overviewId,
        createdOverview: false,
        initiativeIds: rows.map((r) => r.id),
        ...(changed ? { addedColumnIds: added.map((c) => c.id), overviewBefore: before, overviewWritten: overview } : {}),
      })
    })
  } catch (error) {
    return failure(error)
  }
}

export async function undoImport(db: IndsatsDb, receipt: ImportReceipt): Promise<WriteResult> {
  try {
    await db.transaction('rw', [db.overviews, db.rowPages, db.statusLogs, db.snapshots], async () => {
      // Status entries written on imported rows since go with them: none may point at a missing row.
      await db.statusLogs.where('initiativeId').anyOf(receipt.initiativeIds).delete()
      await deleteRows(db, receipt.initiativeIds)
      if (receipt.createdOverview && (await countRows(db, receipt.overviewId)) === 0) {
        await db.snapshots.where('overviewId').equals(receipt.overviewId).delete()
        await db.overviews.delete(receipt.overviewId)
      }
      if (receipt.overviewBefore) await undoOverviewChange(db, receipt)
      const example = receipt.replacedExample
      if (example && !(await db.overviews.get(example.overview.id))) {
        const restored = await restoreOverview(db, example)
        if (!restored.ok) throw new Error(`The example could not be put back: ${restored.code}`)
      }
    })
    return ok(undefined)
  } catch (error) {
    return failure(error)
  }
}

/**
 * The overview as it was before the import: byte for byte when nothing changed it since;
 * else (a column renamed, the header edited) only the import's columns are taken out and
 * the rest of today's record is kept.
 */
async function undoOverviewChange(db: IndsatsDb, receipt: ImportReceipt): Promise<void> {
  const { overviewBefore: before, overviewWritten: written } = receipt
  const current = await db.overviews.get(receipt.overviewId)
  if (!before || !current) return
  if (written && JSON.stringify(current) === JSON.stringify(written)) {
    await db.overviews.put(before)
    return
  }
  const added = new Set(receipt.addedColumnIds ?? [])
  // Values in them were on the import's rows, which are gone; another row given a value since keeps the column.
  const rows = (await db.rowPages.where('overviewId').equals(receipt.overviewId).toArray()).flatMap((page) => page.rows)
  const inUse = new Set(rows.flatMap((row) => Object.keys(row.extra ?? {})))
  const columns = current.columns.filter((c) => !added.has(c.id) || inUse.has(c.id))
  if (columns.length !== current.columns.length) await db.overviews.put({ ...current, columns, updatedAt: nowIso() })
}

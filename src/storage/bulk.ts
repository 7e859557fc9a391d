/**
 * Many rows at once: one field set on every selected row, or every selected row deleted,
 * each in one transaction, and the Fortryd of each in one transaction that puts every
 * row back exactly as it was (same record, same page, same status log). Sæt status
 * writes the status-log entry a changed Status gets in Rediger, one per changed row, in
 * the same transaction (the rule is src/domain/status-log-edit.ts `statusChangeEntry`).
 */
import type { IndsatsDb } from './db'
import type { Initiative, StatusEntry } from '../domain/model'
import { isBulkPatch, patchedRow, type BulkPatch } from '../domain/bulk-edit'
import { failure, ok, type WriteResult } from './result'
import { loadSchemas, validate } from './validate'
import { statusChangeEntry, statusChangeText } from '../domain/status-log-edit'
import { newId, nowIso } from './clock'
import { byOrder, makePage, pagesHolding, PAGE_SIZE, type RowPage } from './row-pages'
import { addRows, deleteRows, putRows } from './row-writes'

/** What Fortryd of a bulk change needs: the rows as they were, and the revision each was given. */
export interface BulkUpdateReceipt {
  overviewId: string
  /** Every row the change wrote, as it was before (rows that already had the value are not here). */
  before: Initiative[]
  /** The revision the change gave each row in `before`, by id: Fortryd leaves a row edited since alone. */
  revisions: Record<string, number>
  /** The status-log entries Sæt status wrote (one per changed row): Fortryd deletes those of the rows it puts back. */
  statusLogs: StatusEntry[]
}

/** What Fortryd of a bulk delete needs: every row with the page it was on, and their status logs. */
export interface BulkDeleteReceipt {
  overviewId: string
  rows: { initiative: Initiative; pageId: string }[]
  statusLogs: StatusEntry[]
}

/** How Fortryd went: rows put back, and rows left alone because they were changed or deleted since. */
export interface UndoOutcome {
  restored: number
  skipped: number
}

/** The stored rows with these ids and the page each is on; null when one is missing or in another overview. */
async function locate(db: IndsatsDb, overviewId: string, ids: readonly string[]): Promise<{ row: Initiative; page: RowPage }[] | null> {
  const found = new Map<string, { row: Initiative; page: RowPage }>()
  const wanted = new Set(ids)
  for (const page of await pagesHolding(db, ids)) for (const row of page.rows) if (wanted.has(row.id)) found.set(row.id, { row, page })
  const located = [...wanted].map((id) => found.get(id))
  return located.every((entry) => entry !== undefined && entry.row.overviewId === overviewId) ? (located as { row: Initiative; page: RowPage }[]) : null
}

/**
 * Sets the patch's fields on every row in `ids`, all or nothing; each changed row is validated and its revision moves up.
 * A changed Status also gets its status-log entry, dated `today` (ISO, the user's day, as Rediger dates it).
 */
export async function bulkUpdate(db: IndsatsDb, overviewId: string, ids: readonly string[], patch: BulkPatch, today: string): Promise<WriteResult<BulkUpdateReceipt>> {
  if (!isBulkPatch(patch)) return { ok: false, code: 'invalid', issues: [{ field: '', code: 'invalid' }] }
  try {
    const { initiativeSchema, statusEntrySchema } = await loadSchemas()
    return await db.transaction('rw', db.rowPages, db.statusLogs, async () => {
      const located = await locate(db, overviewId, ids)
      if (!located) return { ok: false, code: 'not-found' } as const
      const now = nowIso()
      const before: Initiative[] = []
      const written: Initiative[] = []
      const statusLogs: StatusEntry[] = []
      for (const { row } of located) {
        if (patchedRow(row, patch) === row) continue
        const next = validate(initiativeSchema, { ...row, ...patch, updatedAt: now, revision: row.revision + 1 })
        if (!next.ok) return { ok: false, code: 'invalid', issues: next.issues } as const
        before.push(row)
        written.push(next.value)
        const text = statusChangeText(row.status, next.value.status)
        if (text === null) continue
        const entry = validate(statusEntrySchema, { ...statusChangeEntry(text, today), id: newId(), initiativeId: row.id, overviewId, createdAt: now })
        if (!entry.ok) return { ok: false, code: 'invalid', issues: entry.issues } as const
        statusLogs.push(entry.value)
      }
      await putRows(db, written)
      await db.statusLogs.bulkAdd(statusLogs)
      return ok({ overviewId, before, revisions: Object.fromEntries(written.map((row) => [row.id, row.revision])), statusLogs })
    })
  } catch (error) {
    return failure(error)
  }
}

/** Fortryd of a bulk change: every row put back as it was, with the status-log entries it wrote gone, unless the row was changed or deleted since (then it is left as it is, and counted). */
export async function undoBulkUpdate(db: IndsatsDb, receipt: BulkUpdateReceipt): Promise<WriteResult<UndoOutcome>> {
  try {
    return await db.transaction('rw', db.rowPages, db.statusLogs, async () => {
      const ids = receipt.before.map((row) => row.id)
      const current = new Map<string, Initiative>()
      for (const page of await pagesHolding(db, ids)) for (const row of page.rows) current.set(row.id, row)
      const restore = receipt.before.filter((row) => current.get(row.id)?.revision === receipt.revisions[row.id])
      await putRows(db, restore)
      // A row left alone keeps its entry: its Status may still be the one the entry tells of.
      const restored = new Set(restore.map((row) => row.id))
      await db.statusLogs.bulkDelete(receipt.statusLogs.filter((entry) => restored.has(entry.initiativeId)).map((entry) => entry.id))
      return ok({ restored: restore.length, skipped: receipt.before.length - restore.length })
    })
  } catch (error) {
    return failure(error)
  }
}

/** Deletes every row in `ids` with its status log, all or nothing, and hands back what Fortryd needs. */
export async function bulkDelete(db: IndsatsDb, overviewId: string, ids: readonly string[]): Promise<WriteResult<BulkDeleteReceipt>> {
  try {
    return await db.transaction('rw', db.rowPages, db.statusLogs, async () => {
      const located = await locate(db, overviewId, ids)
      if (!located) return { ok: false, code: 'not-found' } as const
      const rowIds = located.map(({ row }) => row.id)
      const statusLogs = rowIds.length ? await db.statusLogs.where('initiativeId').anyOf(rowIds).toArray() : []
      await db.statusLogs.bulkDelete(statusLogs.map((entry) => entry.id))
      await deleteRows(db, rowIds)
      return ok({ overviewId, rows: located.map(({ row, page }) => ({ initiative: row, pageId: page.id })), statusLogs })
    })
  } catch (error) {
    return failure(error)
  }
}

/**
 * Fortryd of a bulk delete: each row goes back into the page it was on (so the stored
 * pages are as they were), or, when that page has filled up since, at the end of the
 * overview; rows already back (a second Fortryd) are left alone.
 */
export async function undoBulkDelete(db: IndsatsDb, receipt: BulkDeleteReceipt): Promise<WriteResult<UndoOutcome>> {
  try {
    return await db.transaction('rw', db.rowPages, db.statusLogs, async () => {
      const ids = receipt.rows.map((entry) => entry.initiative.id)
      const present = new Set((await pagesHolding(db, ids)).flatMap((page) => page.rowIds))
      const byPage = new Map<string, Initiative[]>()
      for (const { initiative, pageId } of receipt.rows) {
        if (present.has(initiative.id)) continue
        const list = byPage.get(pageId)
        if (list) list.push(initiative)
        else byPage.set(pageId, [initiative])
      }
      const pages: RowPage[] = []
      const elsewhere: Initiative[] = []
      for (const [pageId, rows] of byPage) {
        const page = await db.rowPages.get(pageId)
        if (!page) pages.push(makePage(pageId, receipt.overviewId, rows.sort(byOrder)))
        else if (page.overviewId === receipt.overviewId && page.rows.length + rows.length <= PAGE_SIZE) pages.push(makePage(pageId, page.overviewId, [...page.rows, ...rows].sort(byOrder)))
        else elsewhere.push(...rows)
      }
      await db.rowPages.bulkPut(pages)
      await addRows(db, elsewhere)
      const restoredIds = new Set([...byPage.values()].flat().map((row) => row.id))
      await db.statusLogs.bulkPut(receipt.statusLogs.filter((entry) => restoredIds.has(entry.initiativeId)))
      return ok({ restored: restoredIds.size, skipped: ids.length - restoredIds.size })
    })
  } catch (error) {
    return failure(error)
  }
}

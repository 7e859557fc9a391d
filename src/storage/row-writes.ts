/**
 * Writing rows into their pages (layout: ./row-pages.ts). Every function runs inside
 * the caller's Dexie transaction, which must include `rowPages`.
 */
import type { IndsatsDb } from './db'
import type { Initiative } from '../domain/model'
import { PAGE_SIZE, byOrder, groupByOverview, makePage, pageId, pagesHolding, sequenceOf, type RowPage } from './row-pages'

/** Appends new rows (ids not stored yet, as `newId()` makes them) to the end of their overviews. */
export async function addRows(db: IndsatsDb, rows: readonly Initiative[]): Promise<void> {
  const pages = new Map<string, RowPage>()
  for (const [overviewId, added] of groupByOverview(rows)) for (const page of await appendPages(db, overviewId, added)) pages.set(page.id, page)
  await db.rowPages.bulkPut([...pages.values()])
}

/** Writes rows: a row whose id is stored is replaced where it is; the others are appended (addRows). */
export async function putRows(db: IndsatsDb, rows: readonly Initiative[]): Promise<void> {
  if (!rows.length) return
  const incoming = new Map(rows.map((row) => [row.id, row]))
  // null: a page every row has left, deleted unless appending fills it again.
  const changed = new Map<string, RowPage | null>()
  for (const page of await pagesHolding(db, [...incoming.keys()])) {
    const next: Initiative[] = []
    for (const row of page.rows) {
      const replacement = incoming.get(row.id)
      if (!replacement) next.push(row)
      // A row that names another overview (a merged backup could) leaves this page and is appended there.
      else if (replacement.overviewId === page.overviewId) {
        next.push(replacement)
        incoming.delete(row.id)
      }
    }
    changed.set(page.id, next.length ? makePage(page.id, page.overviewId, next.sort(byOrder)) : null)
  }
  // The last page may have just been changed above: appending starts from that version.
  for (const [overviewId, added] of groupByOverview([...incoming.values()])) for (const page of await appendPages(db, overviewId, added, changed)) changed.set(page.id, page)
  const pages = [...changed.values()].filter((page): page is RowPage => page !== null)
  await db.rowPages.bulkDelete([...changed].flatMap(([id, page]) => (page ? [] : [id])))
  await db.rowPages.bulkPut(pages)
}

/** Pages that take `added` at the end of an overview: its last page filled up first, then new ones. */
async function appendPages(db: IndsatsDb, overviewId: string, added: Initiative[], pending?: ReadonlyMap<string, RowPage | null>): Promise<RowPage[]> {
  if (!added.length) return []
  added.sort(byOrder)
  const ids = (await db.rowPages.where('overviewId').equals(overviewId).primaryKeys()) as string[]
  const lastId = ids.reduce<string | undefined>((last, id) => (last === undefined || id > last ? id : last), undefined)
  const pages: RowPage[] = []
  let sequence = lastId === undefined ? 0 : sequenceOf(lastId)
  let rest = added
  if (lastId !== undefined) {
    const last = pending?.has(lastId) ? pending.get(lastId) : await db.rowPages.get(lastId)
    if (last && last.rows.length < PAGE_SIZE) {
      const room = PAGE_SIZE - last.rows.length
      pages.push(makePage(last.id, overviewId, [...last.rows, ...rest.slice(0, room)].sort(byOrder)))
      rest = rest.slice(room)
    }
  }
  for (let start = 0; start < rest.length; start += PAGE_SIZE) pages.push(makePage(pageId(overviewId, ++sequence), overviewId, rest.slice(start, start + PAGE_SIZE)))
  return pages
}

/** Removes the rows with these ids (ids not stored are ignored); pages left empty are deleted. */
export async function deleteRows(db: IndsatsDb, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  const gone = new Set(ids)
  const keep: RowPage[] = []
  const empty: string[] = []
  for (const page of await pagesHolding(db, ids)) {
    const rows = page.rows.filter((row) => !gone.has(row.id))
    if (rows.length) keep.push(makePage(page.id, page.overviewId, rows))
    else empty.push(page.id)
  }
  await db.rowPages.bulkPut(keep)
  await db.rowPages.bulkDelete(empty)
}

export async function deleteOverviewRows(db: IndsatsDb, overviewId: string): Promise<void> {
  await db.rowPages.where('overviewId').equals(overviewId).delete()
}


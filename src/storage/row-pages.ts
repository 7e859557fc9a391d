/**
 * How the indsatser are laid out in IndexedDB: in pages of up to PAGE_SIZE rows per
 * record, one overview's rows per page. Only this module and ./row-writes.ts (the
 * writes, loaded with the first save rather than the first paint) know; the rest of
 * storage reads and writes plain `Initiative` rows through them.
 *
 * Why pages: Chromium spends ~0.15–0.2 ms per IndexedDB request whatever its size
 * (10,000 one-row puts took 2.1 s on the 2-core reference machine; the same rows in
 * 40 records 0.2 s), and reading 10,000 records costs ~280 ms against ~70 ms for the
 * same rows in pages. A page rewrite for a one-row edit costs ~25–45 ms.
 *
 * Every function runs inside the caller's Dexie transaction when there is one (it
 * must include `rowPages`), so a write that spans pages is still all or nothing.
 * Rows keep their `order`; a page is only a container: reads sort by `order`.
 */
import type { IndsatsDb } from './db'
import type { Initiative } from '../domain/model'

/** Rows per page: an edit rewrites one page (~250 KB at Bilag-like row sizes). */
export const PAGE_SIZE = 250

export interface RowPage {
  /** `<overviewId>/<sequence, zero-padded>`: an overview's pages sort in the order they were made. */
  id: string
  overviewId: string
  rows: Initiative[]
  /** Indexed (multiEntry): which page holds a row. */
  rowIds: string[]
  /** Indexed: the oldest and newest change among the rows, for the backup reminder. */
  minUpdatedAt: string
  maxUpdatedAt: string
  /** Indexed with overviewId: the highest `order` among the rows, so new rows find their place without reading the rows. */
  maxOrder: number
}

export const pageId = (overviewId: string, sequence: number) => `${overviewId}/${String(sequence).padStart(8, '0')}`
export const sequenceOf = (id: string) => Number(id.slice(id.lastIndexOf('/') + 1))

/** A page record for these rows (non-empty), with its indexed fields derived from them. */
export function makePage(id: string, overviewId: string, rows: Initiative[]): RowPage {
  let min = rows[0]!.updatedAt
  let max = min
  let maxOrder = -Infinity
  for (const row of rows) {
    if (row.updatedAt < min) min = row.updatedAt
    if (row.updatedAt > max) max = row.updatedAt
    if (row.order > maxOrder) maxOrder = row.order
  }
  return { id, overviewId, rows, rowIds: rows.map((r) => r.id), minUpdatedAt: min, maxUpdatedAt: max, maxOrder }
}

export const byOrder = (a: Initiative, b: Initiative) => a.order - b.order

/** Rows of several pages in overview order (pages are usually in order already; then no sort is needed). */
export function flatten(pages: readonly RowPage[]): Initiative[] {
  const rows: Initiative[] = []
  let sorted = true
  for (const page of pages) {
    for (const row of page.rows) {
      if (sorted && rows.length && rows[rows.length - 1]!.order > row.order) sorted = false
      rows.push(row)
    }
  }
  return sorted ? rows : rows.sort(byOrder)
}

/** One overview's rows in their Bilag order. */
export async function rowsOf(db: IndsatsDb, overviewId: string): Promise<Initiative[]> {
  return flatten(await db.rowPages.where('overviewId').equals(overviewId).toArray())
}

/** The first page of an overview's rows and whether that is all of them (see `firstRowsOf`). */
export interface FirstRows {
  rows: Initiative[]
  complete: boolean
}

/**
 * An overview's first page of rows (up to PAGE_SIZE, in their order) and whether there
 * are more: enough to paint the first screen of a large overview before the rest is
 * read (reading 40 pages costs ~70–90 ms on the reference machine, one page a few).
 * Pages sort by their sequence, the order they were made in, so this is the page that
 * usually holds the overview's first rows; whichever rows it holds, the full read
 * (`rowsOf`) replaces them.
 */
export async function firstRowsOf(db: IndsatsDb, overviewId: string): Promise<FirstRows> {
  return db.transaction('r', db.rowPages, async () => {
    // Two collections: Dexie's first() narrows the collection it is called on.
    const pages = () => db.rowPages.where('overviewId').equals(overviewId)
    const [first, count] = await Promise.all([pages().first(), pages().count()])
    return { rows: first ? flatten([first]) : [], complete: count <= 1 }
  })
}

/** Every row of every overview, by id (the order a backup lists them in). */
export async function allRows(db: IndsatsDb): Promise<Initiative[]> {
  const rows = (await db.rowPages.toArray()).flatMap((page) => page.rows)
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The highest `order` in an overview (0 when it has no rows): new rows go after it. */
export async function lastOrder(db: IndsatsDb, overviewId: string): Promise<number> {
  const page = await db.rowPages.where('[overviewId+maxOrder]').between([overviewId, -Infinity], [overviewId, Infinity]).last()
  return page?.maxOrder ?? 0
}

export async function countRows(db: IndsatsDb, overviewId?: string): Promise<number> {
  const pages = overviewId === undefined ? await db.rowPages.toArray() : await db.rowPages.where('overviewId').equals(overviewId).toArray()
  return pages.reduce((n, page) => n + page.rows.length, 0)
}

export async function getRow(db: IndsatsDb, id: string): Promise<Initiative | undefined> {
  const page = await db.rowPages.where('rowIds').equals(id).first()
  return page?.rows.find((row) => row.id === id)
}

/** The rows with these ids, in the same positions (undefined where there is none). */
export async function getRows(db: IndsatsDb, ids: readonly string[]): Promise<(Initiative | undefined)[]> {
  if (!ids.length) return []
  const byId = new Map<string, Initiative>()
  for (const page of await pagesHolding(db, ids)) for (const row of page.rows) byId.set(row.id, row)
  return ids.map((id) => byId.get(id))
}

/** Beyond this many ids, reading every page beats one index seek per id. */
const SEEK_LIMIT = 64

export async function pagesHolding(db: IndsatsDb, ids: readonly string[]): Promise<RowPage[]> {
  if (ids.length <= SEEK_LIMIT) return db.rowPages.where('rowIds').anyOf([...ids]).distinct().toArray()
  const wanted = new Set(ids)
  return (await db.rowPages.toArray()).filter((page) => page.rowIds.some((id) => wanted.has(id)))
}

export function groupByOverview(rows: Iterable<Initiative>): Map<string, Initiative[]> {
  const byOverview = new Map<string, Initiative[]>()
  for (const row of rows) {
    const list = byOverview.get(row.overviewId)
    if (list) list.push(row)
    else byOverview.set(row.overviewId, [row])
  }
  return byOverview
}

/** Lays rows out in pages from scratch (a schema upgrade). */
export function pagesFor(rows: readonly Initiative[]): RowPage[] {
  const pages: RowPage[] = []
  for (const [overviewId, list] of groupByOverview(rows)) {
    list.sort(byOrder)
    for (let start = 0, sequence = 1; start < list.length; start += PAGE_SIZE, sequence++) pages.push(makePage(pageId(overviewId, sequence), overviewId, list.slice(start, start + PAGE_SIZE)))
  }
  return pages
}

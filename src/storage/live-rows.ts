/**
 * One overview's rows, live, read page by page. The first read takes every page; after
 * that, Dexie's change notice (this tab's writes and other tabs') names the pages a write
 * touched, and only those are read again: an edit of one row costs one page (~250 rows),
 * not all 40 pages of a 10,000-row overview (~70–90 ms, and a read that a sync step's write
 * waits behind). Rows of pages nobody touched keep their identity, so what is derived from
 * them can be kept too. A notice that names no keys (a cleared table) reads everything again.
 */
import Dexie from 'dexie'
import type { IndsatsDb } from './db'
import type { Initiative } from '../domain/model'
import { touchedKeys } from './change-notice'
import { flatten, type RowPage } from './row-pages'

const byId = (a: RowPage, b: RowPage) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Calls `onRows` with every row of the overview in order, at once and after every change to them; returns the unsubscribe. */
export function watchOverviewRows(db: IndsatsDb, overviewId: string, onRows: (rows: Initiative[]) => void, onError: (error: unknown) => void): () => void {
  const pages = new Map<string, RowPage>()
  const ownPage = `${overviewId}/`
  let due: Set<string> | 'all' | null = 'all'
  let reading = false
  let stopped = false

  // Listening before the first read: a write that lands during it is read again after it.
  const listener = (parts: Record<string, unknown>) => {
    const keys = touchedKeys(db, parts, ['rowPages']).rowPages
    if (keys === undefined || due === 'all') return
    if (keys === null) due = 'all'
    else {
      const mine = keys.filter((id) => id.startsWith(ownPage))
      if (!mine.length) return
      due ??= new Set()
      for (const id of mine) due.add(id)
    }
    // After the other listeners of this notice: a shared overview's sync step opens its
    // transaction first, so the change is sent before this read and the repaint it brings.
    queueMicrotask(() => void read())
  }
  Dexie.on('storagemutated', listener)

  async function read() {
    if (reading) return
    reading = true
    try {
      while (due !== null && !stopped) {
        const now: Set<string> | 'all' = due
        due = null
        if (now === 'all') {
          const all = await db.rowPages.where('overviewId').equals(overviewId).toArray()
          pages.clear()
          for (const page of all) pages.set(page.id, page)
        } else {
          const ids = [...now]
          const found = await db.rowPages.bulkGet(ids)
          ids.forEach((id, i) => {
            const page = found[i]
            if (page?.overviewId === overviewId) pages.set(id, page)
            else pages.delete(id)
          })
        }
        // Several notices in a row: one answer, after the last read.
        if (due === null && !stopped) onRows(flatten([...pages.values()].sort(byId)))
      }
    } catch (error) {
      if (!stopped) onError(error)
    } finally {
      reading = false
    }
  }
  void read()

  return () => {
    stopped = true
    Dexie.on.storagemutated.unsubscribe(listener)
  }
}

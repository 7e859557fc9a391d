/**
 * A database written by an earlier version of the app, in real Chromium: version 2 kept
 * one IndexedDB record per indsats; version 3 keeps them in pages (src/storage/row-pages.ts).
 * The app opens the old database, moves every row, and shows them all, in their order.
 */
import { describe, expect, it } from 'vitest'
import { hasBrowser, openApp, sessionPerTest } from './browser'
import expected from '../fixtures/bilag1.expected.json'

const OVERVIEW = 'ov-bilag1'
const overview = { id: OVERVIEW, title: expected.title, committee: 'BUU', caseNumber: '2020-0781234', meetingDate: expected.reference, legend: expected.legend, createdAt: '2021-01-18T08:00:00.000Z', updatedAt: '2021-01-19T08:00:00.000Z' }
const initiatives = expected.initiatives.map((row, index) => ({
  id: `in-${index + 1}`,
  overviewId: OVERVIEW,
  area: row.area,
  category: row.category,
  title: row.title,
  method: row.method,
  deadlineText: row.deadlineText,
  status: row.deadline.kind === 'done' ? 'implemented' : 'not-started',
  owner: '',
  notes: '',
  order: index + 1,
  createdAt: '2021-01-18T08:00:00.000Z',
  updatedAt: '2021-01-18T08:00:00.000Z',
  revision: 0,
}))

describe.skipIf(!hasBrowser)('an older database', () => {
  const open = sessionPerTest(openApp)

  it('opens a version 2 database (one record per indsats) with every row, in order', async () => {
    // Any page of the app's origin that does not run the app: the old database is made first.
    const session = await open('/favicon.svg')
    const { page } = session
    await page.evaluate(
      async ({ overview, initiatives }) => {
        // Dexie's version 2 is IndexedDB version 20; the stores and indexes it declared then.
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('indsatsoverblik', 20)
          request.onupgradeneeded = () => {
            const idb = request.result
            idb.createObjectStore('overviews', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
            const rows = idb.createObjectStore('initiatives', { keyPath: 'id' })
            rows.createIndex('overviewId', 'overviewId')
            rows.createIndex('[overviewId+order]', ['overviewId', 'order'])
            rows.createIndex('updatedAt', 'updatedAt')
            const logs = idb.createObjectStore('statusLogs', { keyPath: 'id' })
            logs.createIndex('initiativeId', 'initiativeId')
            logs.createIndex('overviewId', 'overviewId')
            logs.createIndex('[initiativeId+date]', ['initiativeId', 'date'])
            const snapshots = idb.createObjectStore('snapshots', { keyPath: 'id' })
            snapshots.createIndex('overviewId', 'overviewId')
            snapshots.createIndex('createdAt', 'createdAt')
            idb.createObjectStore('meta', { keyPath: 'key' })
          }
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        const tx = db.transaction(['overviews', 'initiatives', 'meta'], 'readwrite')
        tx.objectStore('overviews').add(overview)
        // Stored out of order, as years of edits leave them: the order field decides.
        for (const row of [...initiatives].reverse()) tx.objectStore('initiatives').add(row)
        tx.objectStore('meta').add({ key: 'example-offered', value: overview.createdAt })
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        })
        db.close()
      },
      { overview, initiatives },
    )

    // Chromium asks the setup page for a /favicon.ico that does not exist: not the app's error.
    session.consoleErrors.length = 0
    await page.goto(new URL(`/?o=${OVERVIEW}`, page.url()).toString())
    const table = page.getByRole('table', { name: 'Indsatser' })
    await expect.poll(() => page.locator('.table-summary').textContent()).toMatch(/^19 indsatser/)
    await page.getByLabel('Gruppér efter indsatsområde').uncheck()
    expect(await table.locator('tbody td.col-title').allTextContents()).toEqual(initiatives.map((r) => r.title))

    // The old table is gone and the rows live in pages, unchanged.
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('indsatsoverblik')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const stores = [...db.objectStoreNames]
      const pages = await new Promise<{ rows: unknown[] }[]>((resolve, reject) => {
        const request = db.transaction('rowPages').objectStore('rowPages').getAll()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      db.close()
      return { stores, rows: pages.flatMap((p) => p.rows) }
    })
    expect(stored.stores).not.toContain('initiatives')
    expect(stored.rows).toEqual(initiatives)
  })
})

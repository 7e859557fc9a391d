/**
 * Puts an overview straight into the app's IndexedDB with the browser's raw API, for
 * tests that need a large overview without typing it (records follow src/domain/model.ts,
 * laid out in pages by the app's own src/storage/row-pages.ts).
 */
import type { Page } from 'playwright-core'
import type { Initiative } from '../../src/domain/model'
import { pagesFor } from '../../src/storage/row-pages'

export async function seedLargeOverview(page: Page, count: number): Promise<string> {
  const now = new Date().toISOString()
  const overviewId = crypto.randomUUID()
  const areas = ['Tilsyn og forældreinddragelse', 'Central understøttelse', 'Styrket administrativ praksis', 'Rekruttering']
  const deadlines = ['April/maj 2021', 'Medio 2021', 'Implementeres i 3. kvartal 2021', '20. januar 2021', 'Er implementeret', 'uge 34 2021']
  const rows: Initiative[] = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    overviewId,
    area: areas[Math.floor((i * areas.length) / count)]!,
    category: (['A', 'B', 'C'] as const)[i % 3]!,
    title: `Indsats nummer ${i + 1}: bedre inddragelse af forældreråd og bestyrelser i tilsynet`,
    method: 'Forvaltningen udarbejder en procedure i samarbejde med de lokale ledere, og den følges op i dialog med forældrene.',
    deadlineText: deadlines[i % deadlines.length]!,
    status: 'not-started',
    owner: 'BUF',
    notes: '',
    order: i + 1,
    createdAt: now,
    updatedAt: now,
    revision: 0,
  }))
  const overview = { id: overviewId, title: `Stor oversigt med ${count} indsatser`, committee: 'BUU', caseNumber: '2021-0001', meetingDate: '2021-01-20', legend: { A: 'Allerede implementeret', B: 'Kan implementeres', C: 'Kræver politisk drøftelse' }, createdAt: now, updatedAt: now }
  await page.evaluate(
    async ({ overview, pages }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('indsatsoverblik')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const tx = db.transaction(['overviews', 'rowPages'], 'readwrite')
      tx.objectStore('overviews').add(overview)
      for (const rowPage of pages) tx.objectStore('rowPages').add(rowPage)
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    { overview, pages: pagesFor(rows) },
  )
  return overviewId
}

/**
 * Puts an overview straight into the app's IndexedDB with the browser's raw API, for
 * tests that need a large overview without typing it (records follow src/domain/model.ts).
 */
import type { Page } from 'playwright-core'

export async function seedLargeOverview(page: Page, count: number): Promise<string> {
  return page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('indsatsoverblik')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const now = new Date().toISOString()
    const overviewId = crypto.randomUUID()
    const areas = ['Tilsyn og forældreinddragelse', 'Central understøttelse', 'Styrket administrativ praksis', 'Rekruttering']
    const deadlines = ['April/maj 2021', 'Medio 2021', 'Implementeres i 3. kvartal 2021', '20. januar 2021', 'Er implementeret', 'uge 34 2021']
    const tx = db.transaction(['overviews', 'initiatives'], 'readwrite')
    tx.objectStore('overviews').add({ id: overviewId, title: `Stor oversigt med ${count} indsatser`, committee: 'BUU', caseNumber: '2021-0001', meetingDate: '2021-01-20', legend: { A: 'Allerede implementeret', B: 'Kan implementeres', C: 'Kræver politisk drøftelse' }, createdAt: now, updatedAt: now })
    for (let i = 0; i < count; i++) {
      tx.objectStore('initiatives').add({
        id: crypto.randomUUID(),
        overviewId,
        area: areas[Math.floor((i * areas.length) / count)],
        category: 'ABC'[i % 3],
        title: `Indsats nummer ${i + 1}: bedre inddragelse af forældreråd og bestyrelser i tilsynet`,
        method: 'Forvaltningen udarbejder en procedure i samarbejde med de lokale ledere, og den følges op i dialog med forældrene.',
        deadlineText: deadlines[i % deadlines.length],
        status: 'not-started',
        owner: 'BUF',
        notes: '',
        order: i + 1,
        createdAt: now,
        updatedAt: now,
        revision: 0,
      })
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
    return overviewId
  }, count)
}

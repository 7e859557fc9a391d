/*
 * Injected into every page of the bench (page.addInitScript, so before the app's own
 * code and outside its Content-Security-Policy). Plain JavaScript on purpose: nothing
 * here goes through a bundler, and functions handed to page.evaluate stay one-liners.
 *
 * What it measures, always inside the page with performance.now() (ms since the
 * navigation started):
 *  - the first table paint: a MutationObserver sees the first `tr.leaf-row`, then waits
 *    for the frame that shows it to be painted; and, for a large overview that paints its
 *    first rows while the rest are read, when every row is in (nothing on the page is
 *    `aria-busy="true"` any more) and painted;
 *  - an interaction: `arm()` listens (capture phase, on window) for the event that starts
 *    it; its `timeStamp` is t0. From there every frame is followed to its paint
 *    (requestAnimationFrame, then a MessageChannel task, which runs once that frame's
 *    style, layout and paint are done). The result holds
 *      firstPaint   t0 → the first frame painted after the event,
 *      doubleRaf    t0 → the second requestAnimationFrame (the classic "double rAF"),
 *      painted      t0 → the last frame that changed the DOM, once it has been painted
 *                   (the UI has settled: QUIET frames in a row without a DOM change), or
 *                   once `until` holds, whichever is later;
 *  - downloads: the moment the app clicks its download link.
 * It also writes the bench's generated data straight into IndexedDB in one transaction.
 */
;(() => {
  if (window.__bench) return
  const QUIET = 3
  const B = {}
  window.__bench = B

  // ---- DOM change counter (feeds "settled") and the first table row -----------------
  let mutations = 0
  let lastMutationAt = 0
  const load = { firstRowSeen: null, firstRowPaint: null, firstRowDoubleRaf: null, completeSeen: null, completePaint: null, settled: null, done: false, longTasks: [], idbReads: [] }
  B.load = load
  let resolveLoad
  B.loadDone = new Promise((resolve) => (resolveLoad = resolve))

  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => callback(performance.now())
      channel.port2.postMessage(0)
    })

  /** Follows frames from t0 until the DOM has been quiet for QUIET painted frames (and `until` holds). */
  const follow = (t0, mutationsAtStart, options) =>
    new Promise((resolve) => {
      const timeout = options.timeoutMs ?? 60_000
      let seen = mutationsAtStart
      let firstPaint = null
      let doubleRaf = null
      let lastChanged = null
      let conditionAt = null
      let quiet = 0
      let frames = 0
      const step = () =>
        requestAnimationFrame(() => {
          if (frames === 0) requestAnimationFrame(() => (doubleRaf = performance.now()))
          frames++
          const channel = new MessageChannel()
          channel.port1.onmessage = () => {
            const now = performance.now()
            if (firstPaint === null) firstPaint = now
            if (mutations !== seen) {
              seen = mutations
              lastChanged = now
              quiet = 0
            } else quiet++
            if (conditionAt === null && (!options.until || holds(options.until))) conditionAt = now
            const settled = conditionAt !== null && quiet >= QUIET && doubleRaf !== null
            if (settled || now - t0 > timeout) {
              const end = Math.max(lastChanged ?? firstPaint, conditionAt ?? now)
              resolve({
                t0,
                firstPaint: firstPaint - t0,
                doubleRaf: (doubleRaf ?? now) - t0,
                painted: end - t0,
                frames,
                changed: lastChanged !== null,
                timedOut: !settled,
              })
            } else step()
          }
          channel.port2.postMessage(0)
        })
      step()
    })

  /** `until`: every {selector, includes} must match a present element's text. */
  const holds = (conditions) =>
    conditions.every((c) => {
      const el = document.querySelector(c.selector)
      return el !== null && (c.includes === undefined || (el.textContent ?? '').includes(c.includes))
    })

  const observer = new MutationObserver((records) => {
    mutations += records.length
    lastMutationAt = performance.now()
    if (load.firstRowSeen === null && document.querySelector('tr.leaf-row')) {
      load.firstRowSeen = performance.now()
      requestAnimationFrame(() => requestAnimationFrame(() => (load.firstRowDoubleRaf = performance.now())))
      afterPaint((t) => (load.firstRowPaint = t))
    }
    // Every row in: the app marks the table busy while it reads the rest (an app that reads
    // every row before its first paint is complete at the first row).
    if (load.firstRowSeen !== null && load.completeSeen === null && !document.querySelector('[aria-busy="true"]')) {
      load.completeSeen = performance.now()
      afterPaint((t) => {
        load.completePaint = t
        // The load has settled when, every row in, the DOM has been quiet for a few frames.
        follow(load.firstRowSeen, mutations, { timeoutMs: 120_000 }).then((r) => {
          load.settled = load.firstRowSeen + r.painted
          load.done = true
          resolveLoad(load)
        })
      })
    }
  })
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  B.mutationCount = () => mutations
  B.lastMutationAt = () => lastMutationAt

  // Long tasks during the load, for the breakdown.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) load.longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // Not supported: the breakdown goes without.
  }

  // How long the app's IndexedDB reads take (Dexie's toArray on an index range is one getAll).
  for (const Proto of [IDBIndex.prototype, IDBObjectStore.prototype]) {
    const getAll = Proto.getAll
    Proto.getAll = function (...args) {
      const request = getAll.apply(this, args)
      const start = performance.now()
      const name = this.name
      request.addEventListener('success', () => {
        const rows = Array.isArray(request.result) ? request.result.length : 0
        if (load.idbReads.length < 50) load.idbReads.push({ name, start: Math.round(start), ms: Math.round(performance.now() - start), rows })
      })
      return request
    }
  }

  // ---- interactions -------------------------------------------------------------------
  let pending = null
  /** Starts measuring at the next event of one of `types` (capture phase, before the app sees it). */
  B.arm = (types, options = {}) => {
    const listener = (event) => {
      for (const type of types) window.removeEventListener(type, listener, true)
      pending = follow(event.timeStamp, mutations, options)
    }
    for (const type of types) window.addEventListener(type, listener, true)
    pending = null
    B.disarm = () => {
      for (const type of types) window.removeEventListener(type, listener, true)
    }
  }
  /** The armed measurement, once its event came and the UI settled. */
  B.result = async () => {
    for (let i = 0; pending === null && i < 100; i++) await new Promise((r) => setTimeout(r, 20))
    if (pending === null) throw new Error('the armed event never came')
    const r = await pending
    pending = null
    return r
  }

  // ---- downloads ----------------------------------------------------------------------
  B.downloads = []
  const click = HTMLAnchorElement.prototype.click
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) B.downloads.push({ name: this.download, at: performance.now() })
    return click.call(this)
  }

  // ---- a plain input outside React: the cost of a keystroke with no app work ----------
  B.addPlainInput = () => {
    const input = document.createElement('input')
    input.id = 'bench-plain-input'
    input.setAttribute('aria-label', 'bench plain input')
    input.style.cssText = 'position:fixed;top:0;left:0;width:200px;z-index:99999'
    document.body.append(input)
  }
  B.removePlainInput = () => document.getElementById('bench-plain-input')?.remove()

  // ---- generated data -------------------------------------------------------------------
  const rng = (seed) => () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const weighted = (random, entries) => {
    let x = random() * entries.reduce((n, [, w]) => n + w, 0)
    for (const [value, w] of entries) if ((x -= w) < 0) return value
    return entries[entries.length - 1][0]
  }
  const pick = (random, list) => list[Math.floor(random() * list.length)]
  const shiftYears = (text, by) => text.replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) + by)).replace(/\b(\d{4})\/(\d{2})\b/g, (m, a, b) => `${a}/${String((Number(b) + by + 100) % 100).padStart(2, '0')}`)

  /** Rows like a real Bilag: `corpus` comes from tests/fixtures (see bench/corpus.ts). */
  /**
   * An overview's own extra columns as a secretary adds them (issue 13): an amount, a
   * department and a decision date. Ids as the app makes them (`x` + letters).
   */
  const EXTRA_COLUMNS = [
    { id: 'xbudget', name: 'Budget', type: 'number' },
    { id: 'xafd', name: 'Afd.', type: 'text' },
    { id: 'xbesl', name: 'Besluttet', type: 'date' },
  ]
  /** Values for the first `n` extra columns; about one row in six leaves a column empty, as real tables do. */
  const extraValues = (random, corpus, n) => {
    const extra = {}
    for (const column of EXTRA_COLUMNS.slice(0, n)) {
      if (random() < 0.17) continue
      if (column.type === 'number') extra[column.id] = Math.round(random() * 5000) * 1000
      else if (column.type === 'text') extra[column.id] = pick(random, corpus.owners)
      else extra[column.id] = `${2020 + Math.floor(random() * 7)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
    }
    return extra
  }

  const makeRows = (count, seed, corpus, overviewId, now, extraColumns = 0) => {
    const random = rng(seed)
    const sentence = () => pick(random, corpus.sentences)
    const title = () => {
      const base = pick(random, corpus.titles)
      const r = random()
      if (r < 0.35) return base
      if (r < 0.7) return `${base} – ${pick(random, corpus.fragments)}`
      return `${pick(random, corpus.fragments)}: ${base.charAt(0).toLowerCase()}${base.slice(1)}`
    }
    const method = () => {
      const n = weighted(random, [[1, 3], [2, 4], [3, 2], [4, 1]])
      const parts = []
      for (let i = 0; i < n; i++) parts.push(i === 0 && random() < 0.5 ? pick(random, corpus.methods) : sentence())
      return parts.join(' ')
    }
    const rows = []
    for (let i = 0; i < count; i++) {
      const fixed = random() < 0.03
      const row = {
        id: crypto.randomUUID(),
        overviewId,
        area: corpus.areas[Math.min(corpus.areas.length - 1, Math.floor(Math.pow(random(), 1.3) * corpus.areas.length))],
        category: weighted(random, [['A', 45], ['B', 30], ['C', 25]]),
        title: title(),
        method: method(),
        deadlineText: shiftYears(pick(random, corpus.deadlines), Math.floor(random() * 8) - 3),
        status: weighted(random, [['not-started', 35], ['in-progress', 30], ['implemented', 20], ['on-hold', 8], ['dropped', 7]]),
        owner: pick(random, corpus.owners),
        notes: random() < 0.7 ? '' : sentence(),
        order: i + 1,
        createdAt: now,
        updatedAt: now,
        revision: 0,
      }
      if (extraColumns > 0) row.extra = extraValues(random, corpus, extraColumns)
      if (fixed) row.fixedDeadline = `${2021 + Math.floor(random() * 7)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
      rows.push(row)
    }
    return rows
  }

  /**
   * The app's page layout (src/storage/row-pages.ts: makePage/pagesFor), for rows of one
   * overview already in order. Kept in step by hand; the bench checks the app then shows
   * every row ("<count> indsatser").
   */
  const pagesOf = (overviewId, rows, pageSize) => {
    const pages = []
    for (let start = 0, sequence = 1; start < rows.length; start += pageSize, sequence++) {
      const slice = rows.slice(start, start + pageSize)
      const times = slice.map((r) => r.updatedAt).sort()
      pages.push({
        id: `${overviewId}/${String(sequence).padStart(8, '0')}`,
        overviewId,
        rows: slice,
        rowIds: slice.map((r) => r.id),
        minUpdatedAt: times[0],
        maxUpdatedAt: times[times.length - 1],
        maxOrder: Math.max(...slice.map((r) => r.order)),
      })
    }
    return pages
  }

  /** Generates `count` rows and writes them (in the app's pages) with one IndexedDB transaction; returns the overview id and timings. */
  B.seed = async (count, seed, corpus, pageSize, extraColumns = 0) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('indsatsoverblik')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    if (!db.objectStoreNames.contains('rowPages')) throw new Error('the app has not created its database yet')
    const now = new Date().toISOString()
    const overviewId = crypto.randomUUID()
    const overview = {
      id: overviewId,
      title: `Bench: ${count} indsatser`,
      committee: 'Børne- og Ungdomsudvalget',
      caseNumber: '2025-0012345',
      meetingDate: corpus.meetingDate,
      legend: corpus.legend,
      columns: EXTRA_COLUMNS.slice(0, extraColumns),
      createdAt: now,
      updatedAt: now,
    }
    const g0 = performance.now()
    const rows = makeRows(count, seed, corpus, overviewId, now, extraColumns)
    const generateMs = performance.now() - g0
    let bytes = 0
    for (let i = 0; i < rows.length; i += Math.max(1, Math.floor(rows.length / 200))) bytes += JSON.stringify(rows[i]).length
    const avgRowBytes = Math.round(bytes / Math.min(rows.length, 200))
    const t0 = performance.now()
    const tx = db.transaction(['overviews', 'rowPages'], 'readwrite')
    tx.objectStore('overviews').put(overview)
    const store = tx.objectStore('rowPages')
    for (const page of pagesOf(overviewId, rows, pageSize)) store.put(page)
    await new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error ?? new Error('aborted'))
    })
    const writeMs = performance.now() - t0
    db.close()
    return { overviewId, generateMs, writeMs, avgRowBytes }
  }

  /** A tab-separated Bilag (header + `count` rows) as it comes from Excel, kept in the page. */
  B.makeTsv = (count, seed, corpus) => {
    const rows = makeRows(count, seed, corpus, 'x', new Date().toISOString())
    const clean = (s) => s.replace(/[\t\r\n]+/g, ' ')
    const lines = ['Indsatsområde\tABC\tIndsats\tHvordan implementeres det\tHvornår forventes det implementeret\tStatus\tAnsvarlig']
    for (const r of rows) lines.push([r.area, r.category, r.title, r.method, r.deadlineText, corpus.statusLabels[r.status], r.owner].map(clean).join('\t'))
    B.tsv = lines.join('\n')
    return B.tsv.length
  }

  /** Pastes B.tsv into `target` as a real paste arrives (a ClipboardEvent with text/plain), and measures it. */
  B.pasteInto = (target, options = {}) => {
    target.focus()
    const data = new DataTransfer()
    data.setData('text/plain', B.tsv)
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true })
    pending = follow(event.timeStamp, mutations, options)
    target.dispatchEvent(event)
    return true
  }
})()

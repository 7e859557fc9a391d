/**
 * The app bench: the built app (vite build, vite preview on 127.0.0.1) in headless
 * Chromium, a fresh profile per size, driven through its real UI. Every timing is taken
 * inside the page by bench/in-page.js (performance.now(), event timestamps, frames
 * followed to their paint); Node only drives and collects.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core'
import type { Corpus } from './corpus'
import { sampled, single, type Figure } from './report'
import { PAGE_SIZE } from '../src/storage/row-pages'
import { bulkChange } from './bulk'

/** As tests/e2e/browser.ts, plus exact heap figures. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-precise-memory-info']

/** The in-page timing harness (window.__bench); the sync bench injects it too. */
export const IN_PAGE = readFileSync(new URL('./in-page.js', import.meta.url), 'utf8')

/** What an in-page interaction measurement returns (see in-page.js `follow`). */
export interface Timing {
  t0: number
  firstPaint: number
  doubleRaf: number
  painted: number
  frames: number
  changed: boolean
  timedOut: boolean
}

interface LoadTiming {
  firstRowSeen: number
  firstRowPaint: number
  firstRowDoubleRaf: number | null
  /** Every row in (no `aria-busy` left) and painted: the same as the first row for an app that reads them all first. */
  completeSeen: number
  completePaint: number
  settled: number
  longTasks: { start: number; ms: number }[]
  idbReads: { name: string; start: number; ms: number; rows: number }[]
}

declare global {
  interface Window {
    __bench: {
      load: LoadTiming & { done: boolean }
      loadDone: Promise<LoadTiming>
      arm: (types: string[], options?: { until?: { selector: string; includes?: string }[]; timeoutMs?: number }) => void
      disarm?: () => void
      result: () => Promise<Timing>
      downloads: { name: string; at: number }[]
      seed: (count: number, seed: number, corpus: Corpus, pageSize: number, extraColumns?: number) => Promise<{ overviewId: string; generateMs: number; writeMs: number; avgRowBytes: number }>
      makeTsv: (count: number, seed: number, corpus: Corpus) => number
      pasteInto: (target: Element, options?: { until?: { selector: string; includes?: string }[]; timeoutMs?: number }) => boolean
      addPlainInput: () => void
      removePlainInput: () => void
    }
  }
}

export interface AppServer {
  url: string
  outDir: string
  close: () => Promise<void>
}

/** Builds the app once into a private folder (never the shared dist/) and serves it. */
export async function buildAndServe(log: (s: string) => void): Promise<AppServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'indsats-bench-dist-'))
  const t0 = performance.now()
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true'
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } })
  log(`built the app in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${outDir}`)
  let server: PreviewServer | undefined
  try {
    server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true })
    throw error
  }
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  return {
    url,
    outDir,
    close: async () => {
      await server?.close()
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}

export interface SizeOptions {
  size: number
  baseUrl: string
  chromiumPath: string
  corpus: Corpus
  /** Wall-clock time (performance.now()) by which this size must stop starting new steps. */
  deadline: number
  log: (s: string) => void
  /**
   * The overview's own extra columns (issue 13: Budget as Tal, Afd. as Tekst, Besluttet as
   * Dato, filled on about five rows in six). A run with them measures the table, sort on
   * them and the bulk change; its figures are named "… (3 extra columns)".
   */
  extraColumns?: number
  /** Called with a session after the standard steps (the profiler uses it). */
  extra?: (session: SizeSession) => Promise<void>
}

export interface SizeSession {
  page: Page
  cdp: CDPSession
  overviewId: string
  size: number
}

export interface SizeResult {
  figures: Figure[]
  chromium: string
  problems: string[]
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms)
    }),
  ])
}

/** Chooses the parts of each measurement that go into figures. */
const painted = (ts: Timing[]) => ts.map((t) => t.painted)
const doubleRaf = (ts: Timing[]) => ts.map((t) => t.doubleRaf)

/** Headless Chromium on a new profile folder (disk-backed IndexedDB, as for a real user), with in-page.js injected. */
export async function launchApp(chromiumPath: string, profileDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: FLAGS,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    // The service worker would add a second, cached path for the assets and can reload
    // the page when it takes control; the bench measures the app, not the worker.
    serviceWorkers: 'block',
  })
  await context.addInitScript({ content: IN_PAGE })
  return context
}

export { withTimeout }

/** One size: a new profile, data written, then every UI measurement in turn. */
export async function benchSize(options: SizeOptions): Promise<SizeResult> {
  const { size, baseUrl, corpus, log } = options
  const extraColumns = options.extraColumns ?? 0
  /** How problems name this run. */
  const where = extraColumns > 0 ? `${size} with ${extraColumns} extra columns` : String(size)
  const big = size >= 100_000
  const figures: Figure[] = []
  const problems: string[] = []
  const profileDir = mkdtempSync(join(tmpdir(), `indsats-bench-profile-${size}-`))
  let context: BrowserContext | undefined
  let crashed = false
  const consoleErrors: string[] = []
  let chromiumVersion = ''

  const timeLeft = () => options.deadline - performance.now()
  /** Runs a step unless time is up; a failure becomes an error figure and the next step runs. */
  async function step(id: string, measure: string, run: () => Promise<void>, opts: { needMs?: number } = {}) {
    if (crashed) {
      figures.push({ id, measure, size, unit: 'ms', skipped: 'page crashed earlier' })
      return
    }
    if (timeLeft() < (opts.needMs ?? 0)) {
      figures.push({ id, measure, size, unit: 'ms', skipped: 'time budget of the bench used up' })
      log(`  ${measure}: skipped (time budget)`)
      return
    }
    const t0 = performance.now()
    try {
      await run()
      log(`  ${measure}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
      figures.push({ id, measure, size, unit: 'ms', error: message })
      problems.push(`${where}: ${measure}: ${message}`)
      log(`  ${measure}: FAILED: ${message}`)
    }
  }

  try {
    context = await launchApp(options.chromiumPath, profileDir)
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(big ? 180_000 : 60_000)
    page.on('crash', () => {
      crashed = true
      problems.push(`${where}: the page crashed`)
    })
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text())
    })
    page.on('pageerror', (e) => consoleErrors.push(e.message))
    const cdp = await context.newCDPSession(page)
    chromiumVersion = ((await cdp.send('Browser.getVersion').catch(() => null)) as { product?: string } | null)?.product ?? (await page.evaluate(() => navigator.userAgent))

    // The app on a new profile: it creates its database and opens the Bilag 1 example.
    await page.goto(baseUrl)
    await page.locator('tr.leaf-row').first().waitFor()

    let overviewId = ''
    await step('bulk-write', 'Bulk write to IndexedDB (one transaction)', async () => {
      const seeded = await withTimeout(page.evaluate(([n, c, p, x]) => window.__bench.seed(n, 20210120 + n, c, p, x), [size, corpus, PAGE_SIZE, extraColumns] as const), 300_000, 'seeding')
      overviewId = seeded.overviewId
      figures.push(single({ id: 'bulk-write', measure: 'Bulk write to IndexedDB (one transaction)', size, unit: 'ms', details: { generateMs: Math.round(seeded.generateMs), avgRowBytes: seeded.avgRowBytes } }, seeded.writeMs))
    })
    if (!overviewId) throw new Error('no data was written; nothing more to measure')
    const overviewUrl = new URL(`/?o=${overviewId}`, baseUrl).toString()

    const loadOnce = async (how: 'goto' | 'reload') => {
      if (how === 'goto') await page.goto(overviewUrl, { waitUntil: 'load', timeout: 300_000 })
      else await page.reload({ waitUntil: 'load', timeout: 300_000 })
      const load = await withTimeout(page.evaluate(() => window.__bench.loadDone), big ? 300_000 : 60_000, 'the first table paint')
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]
        return { responseEnd: n?.responseEnd ?? 0, domContentLoaded: n?.domContentLoadedEventEnd ?? 0, loadEvent: n?.loadEventEnd ?? 0, fcp: fcp?.startTime ?? 0 }
      })
      return { ...load, nav }
    }

    await step('first-paint', 'First table paint after reload', async () => {
      const first = await loadOnce('goto')
      const summary = await page.locator('.table-summary').textContent()
      if (!summary?.startsWith(`${danish(size)} indsatser`)) throw new Error(`the table says "${summary}", expected ${danish(size)} indsatser`)
      // The extra columns are on screen, with their values, before anything is timed.
      for (const name of EXTRA_COLUMN_NAMES.slice(0, extraColumns)) await page.getByRole('columnheader', { name }).waitFor()
      if (extraColumns > 0 && (await page.locator('tr.leaf-row td.col-xbudget').filter({ hasText: /\d/ }).count()) === 0) throw new Error('no Budget values in the table')
      const loads: Awaited<ReturnType<typeof loadOnce>>[] = []
      const reloads = big ? 3 : 5
      for (let i = 0; i < reloads && timeLeft() > 60_000; i++) loads.push(await loadOnce('reload'))
      const last = loads[loads.length - 1] ?? first
      figures.push(
        sampled(
          {
            id: 'first-paint',
            measure: 'First table paint after reload',
            size,
            unit: 'ms',
            budget: size === 10_000 ? { max: 400, median: 400, text: '≤ 400 ms' } : undefined,
            note: 'navigation start → first tr.leaf-row painted; median of reloads',
            details: {
              firstVisitAfterSeeding: Math.round(first.firstRowPaint),
              settled: loads.map((l) => Math.round(l.settled)),
              firstRowSeen: loads.map((l) => Math.round(l.firstRowSeen)),
              complete: loads.map((l) => Math.round(l.completePaint)),
              lastReload: { nav: last.nav, idbReads: last.idbReads, longTasks: last.longTasks },
            },
          },
          loads.map((l) => l.firstRowPaint),
          loads.map((l) => l.firstRowDoubleRaf ?? l.firstRowPaint),
        ),
      )
      // What the first paint does not show: when the rest of the rows are in, counted and painted.
      figures.push(
        sampled(
          { id: 'load-complete', measure: '  every row in and painted after reload', size, unit: 'ms', note: 'navigation start → no aria-busy left, painted; median of reloads' },
          loads.map((l) => l.completePaint),
          loads.map((l) => l.completePaint),
        ),
      )
    })

    await step('heap', 'JS heap after load', async () => {
      const before = await page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0)
      await cdp.send('HeapProfiler.collectGarbage')
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number }
      figures.push(single({ id: 'heap', measure: 'JS heap after load (after GC)', size, unit: 'MB', details: { beforeGcMB: Math.round(before / 1e5) / 10, totalMB: Math.round(usage.totalSize / 1e5) / 10 } }, usage.usedSize / 1e6))
    })

    const arm = (types: string[], opts: Parameters<Window['__bench']['arm']>[1] = {}) => page.evaluate(([t, o]) => window.__bench.arm(t, o), [types, opts] as const)
    const result = (ms = big ? 120_000 : 30_000) => withTimeout(page.evaluate(() => window.__bench.result()), ms, 'waiting for the paint')
    const summaryText = async () => (await page.locator('.table-summary').textContent()) ?? ''

    await step('baseline-key', 'Baseline: keystroke in a plain input (no app work)', async () => {
      await page.evaluate(() => window.__bench.addPlainInput())
      await page.locator('#bench-plain-input').click()
      const ts: Timing[] = []
      for (const ch of 'abcdefghijklmnopqrst') {
        await arm(['keydown', 'beforeinput'])
        await page.keyboard.type(ch)
        ts.push(await result())
      }
      await page.evaluate(() => window.__bench.removePlainInput())
      figures.push(sampled({ id: 'baseline-key', measure: 'Baseline: keystroke in a plain input (no app work)', size, unit: 'ms', note: 'the floor of the method: vsync wait + one small paint' }, painted(ts), doubleRaf(ts)))
    })

    await step(
      'filter-key',
      'Filter keystroke → painted (Søg)',
      async () => {
        const search = page.getByLabel('Søg', { exact: true })
        await search.click()
        // Words people look for, typed one key at a time and deleted again (≥ 50 keystrokes).
        const script: { type?: string; back?: number }[] = [{ type: 'forældre' }, { type: ' tilsyn' }, { back: 15 }, { type: 'klageenhed' }, { back: 10 }, { type: 'dagtilbudsledelse' }, { back: 17 }]
        const ts: Timing[] = []
        const shown: Record<string, string> = {}
        for (const part of script) {
          if (part.type) {
            for (const ch of part.type) {
              await arm(['keydown', 'beforeinput'])
              await page.keyboard.type(ch)
              ts.push(await result())
            }
            shown[(await search.inputValue()) || '(empty)'] = await summaryText()
          } else {
            for (let i = 0; i < (part.back ?? 0); i++) {
              await arm(['keydown', 'beforeinput'])
              await page.keyboard.press('Backspace')
              ts.push(await result())
            }
          }
        }
        if ((await search.inputValue()) !== '') throw new Error('the search box did not end empty')
        const timedOut = ts.filter((t) => t.timedOut).length
        figures.push(
          sampled(
            {
              id: 'filter-key',
              measure: 'Filter keystroke → painted (Søg)',
              size,
              unit: 'ms',
              budget: size === 10_000 ? { median: 16, p95: 33, text: '≤ 16 med, ≤ 33 p95' } : big ? { median: 100, text: '≤ 100 med' } : undefined,
              details: { firstPaintMedian: med(ts.map((t) => t.firstPaint)), summaries: shown, timedOut },
            },
            painted(ts),
            doubleRaf(ts),
          ),
        )
      },
      { needMs: 30_000 },
    )

    await step('category', 'Kategori C toggle → painted', async () => {
      const button = page.getByRole('button', { name: /^Kategori C/ })
      const ts: Timing[] = []
      for (let i = 0; i < (big ? 6 : 12); i++) {
        await arm(['click'])
        await button.click()
        ts.push(await result())
      }
      if ((await button.getAttribute('aria-pressed')) !== 'false') throw new Error('Kategori C did not end unpressed')
      figures.push(sampled({ id: 'category', measure: 'Kategori C toggle → painted', size, unit: 'ms' }, painted(ts), doubleRaf(ts)))
    })

    await step(
      'sort',
      'Sort click → painted (column header)',
      async () => {
        const ts: Timing[] = []
        const byColumn: Record<string, number[]> = {}
        for (let round = 0; round < (big ? 1 : 2); round++) {
          for (const column of ['title', 'deadline', 'status', 'category', ...EXTRA_COLUMN_IDS.slice(0, extraColumns)]) {
            const button = page.locator(`thead th.col-${column} button.sort-button`)
            for (let click = 0; click < 3; click++) {
              await arm(['click'])
              await button.click()
              const t = await result()
              ts.push(t)
              ;(byColumn[column] ??= []).push(Math.round(t.painted))
            }
            const sort = await page.locator(`thead th.col-${column}`).getAttribute('aria-sort')
            if (sort !== 'none') throw new Error(`column ${column} did not return to unsorted (aria-sort=${sort})`)
          }
        }
        figures.push(
          sampled(
            { id: 'sort', measure: 'Sort click → painted (column header)', size, unit: 'ms', budget: size === 10_000 ? { median: 16, p95: 33, text: '≤ 16 med, ≤ 33 p95' } : undefined, details: { byColumn, note: `asc, desc, unsorted on Indsats, Frist, Status, ABC${extraColumns ? ' and the extra columns' : ''}; grouped view` } },
            painted(ts),
            doubleRaf(ts),
          ),
        )
      },
      { needMs: 30_000 },
    )

    await step('grouping', 'Grouping off/on → painted', async () => {
      const box = page.getByLabel('Gruppér efter indsatsområde')
      const off: Timing[] = []
      const on: Timing[] = []
      for (let i = 0; i < (big ? 4 : 10); i++) {
        await arm(['click'])
        await box.click()
        ;(i % 2 === 0 ? off : on).push(await result())
      }
      if (!(await box.isChecked())) throw new Error('grouping did not end on')
      const all = [...off, ...on]
      figures.push(sampled({ id: 'grouping', measure: 'Grouping off/on → painted', size, unit: 'ms', details: { offMedian: med(painted(off)), onMedian: med(painted(on)) } }, painted(all), doubleRaf(all)))
    })

    if (size === 10_000) await step('bulk', 'Bulk change of 10,000 selected rows', () => bulkChange(page, size, figures, arm, result), { needMs: 30_000 })
    // Exports and the paste-import do not depend on the table's columns being read: once is enough.
    if (size === 10_000 && extraColumns === 0) {
      await step('export', 'Export of 10,000 rows', () => exportAll(page, size, figures, arm, result), { needMs: 60_000 })
      await step('import', 'Paste-import of 10,000 rows', () => pasteImport(page, size, corpus, figures, arm, result), { needMs: 60_000 })
    }

    if (options.extra && !crashed) await step('extra', 'profiling', () => options.extra!({ page, cdp, overviewId, size }))

    // The app stays alive after all of that: the table still answers.
    await step('alive', 'Nothing crashes', async () => {
      const rows = await page.locator('tr.leaf-row').count()
      if (rows === 0) throw new Error('no table rows at the end')
    })
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    problems.push(`${where}: ${message}`)
    log(`  FAILED: ${message}`)
  } finally {
    await context?.close().catch(() => {})
    rmSync(profileDir, { recursive: true, force: true })
  }

  // How far each interaction is above the empty-frame floor of the method (baseline keystroke).
  const baseline = figures.find((f) => f.id === 'baseline-key')?.median
  if (baseline !== undefined)
    for (const f of figures)
      if (['filter-key', 'category', 'sort', 'grouping'].includes(f.id) && f.median !== undefined) f.details = { ...f.details, overBaselineMedian: Math.round((f.median - baseline) * 10) / 10 }

  const healthy = !crashed && consoleErrors.length === 0 && problems.length === 0
  figures.push({
    id: 'no-crash',
    measure: 'Nothing crashes (no page crash, no console error, every step ran)',
    size,
    unit: '',
    value: healthy ? 1 : 0,
    ok: healthy,
    budget: { text: 'no crash, no error' },
    details: { crashed, consoleErrors: consoleErrors.slice(0, 20), problems },
  })
  if (extraColumns > 0)
    for (const f of figures) {
      f.id = `${f.id}-extra${extraColumns}`
      f.measure = `${f.measure} (${extraColumns} extra columns)`
    }
  return { figures, chromium: chromiumVersion, problems: [...problems, ...consoleErrors.map((e) => `${where}: console: ${e}`)] }
}

/** The extra columns bench/in-page.js seeds, in order (see `EXTRA_COLUMNS` there). */
const EXTRA_COLUMN_IDS = ['xbudget', 'xafd', 'xbesl']
const EXTRA_COLUMN_NAMES = ['Budget', 'Afd.', 'Besluttet']

/** A count as the app writes it: "10.000". */
const danish = (n: number) => n.toLocaleString('da-DK')

const med = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length ? Math.round(s[Math.floor(s.length / 2)]!) : NaN
}

export type Arm = (types: string[], opts?: Parameters<Window['__bench']['arm']>[1]) => Promise<void>
export type Result = (ms?: number) => Promise<Timing>

/** CSV, XLSX, DOCX of the whole 10,000-row view: click → download, first (lazy chunk) and repeat. */
async function exportAll(page: Page, size: number, figures: Figure[], arm: Arm, result: Result) {
  const formats = [
    { id: 'csv', name: 'CSV', budget: undefined },
    { id: 'xlsx', name: 'Excel (.xlsx)', budget: 2000 },
    { id: 'docx', name: 'Word (.docx)', budget: 3000 },
  ] as const
  for (const format of formats) {
    const clickToDownload: number[] = []
    const toPainted: number[] = []
    let bytes = 0
    let scope = ''
    for (let run = 0; run < 2; run++) {
      await page.getByRole('button', { name: 'Eksportér', exact: true }).click()
      const dialog = page.getByRole('dialog', { name: 'Eksportér' })
      await dialog.waitFor()
      scope = (await dialog.locator('label').first().textContent()) ?? ''
      const button = dialog.getByRole('button', { name: format.name, exact: true })
      await arm(['click'], { until: [{ selector: '.export-status', includes: 'er hentet' }], timeoutMs: 120_000 })
      const downloads = await page.evaluate(() => window.__bench.downloads.length)
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()])
      const t = await result(120_000)
      const at = await page.evaluate((n) => window.__bench.downloads[n]?.at ?? NaN, downloads)
      clickToDownload.push(at - t.t0)
      toPainted.push(t.painted)
      bytes = statSync(await download.path()).size
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
    }
    const [first, repeat] = clickToDownload as [number, number]
    figures.push(
      single(
        {
          id: `export-${format.id}`,
          measure: `Export ${format.id.toUpperCase()} (click → download; first, incl. loading its code)`,
          size,
          unit: 'ms',
          budget: format.budget ? { max: format.budget, text: `≤ ${format.budget.toLocaleString('en-US')} ms` } : undefined,
          details: { repeat: Math.round(repeat), statusPainted: toPainted.map(Math.round), bytes, scope },
        },
        first,
      ),
    )
    figures.push(single({ id: `export-${format.id}-repeat`, measure: `Export ${format.id.toUpperCase()} (repeat)`, size, unit: 'ms' }, repeat))
  }
}

/** Importér: paste 10,000 tab-separated rows, wait for the preview, import into a new overview. */
async function pasteImport(page: Page, size: number, corpus: Corpus, figures: Figure[], arm: Arm, result: Result) {
  await page.getByRole('button', { name: 'Importér', exact: true }).click()
  const box = page.getByLabel('Indsæt tabel')
  await box.waitFor()
  const chars = await page.evaluate(([n, c]) => window.__bench.makeTsv(n, 4242, c), [size, corpus] as const)
  await box.evaluate((el) => window.__bench.pasteInto(el, { until: [{ selector: '.import-summary', includes: 'fundet' }], timeoutMs: 60_000 }))
  const preview = await result(90_000)
  const summary = (await page.locator('.import-summary').textContent()) ?? ''
  if (!summary.startsWith(`${danish(size)} rækker fundet`)) throw new Error(`the preview says "${summary}"`)
  const commit = page.getByRole('button', { name: /^Importér [\d.]+ indsatser$/ })
  const label = (await commit.textContent()) ?? ''
  if (label !== `Importér ${danish(size)} indsatser`) throw new Error(`the import button says "${label}"`)
  if (await commit.isDisabled()) throw new Error(`the import button is disabled: ${await page.locator('.import-commit__reason').textContent()}`)
  await arm(['click'], {
    until: [
      { selector: '.app-toast', includes: 'er importeret' },
      { selector: 'h1', includes: 'Importeret oversigt' },
      { selector: '.table-summary', includes: `${danish(size)} indsatser` },
      { selector: 'tr.leaf-row' },
    ],
    timeoutMs: 120_000,
  })
  await commit.click()
  const done = await result(150_000)
  const undo = await page.getByRole('button', { name: 'Fortryd import' }).count()
  const total = preview.painted + done.painted
  figures.push(
    single(
      {
        id: 'import',
        measure: 'Paste-import of 10,000 rows (preview + commit)',
        size,
        unit: 'ms',
        budget: { max: 1500, text: '≤ 1,500 ms' },
        details: { preview: Math.round(preview.painted), commit: Math.round(done.painted), pastedChars: chars, undoOffered: undo === 1, previewTimedOut: preview.timedOut, commitTimedOut: done.timedOut },
      },
      total,
    ),
  )
  figures.push(single({ id: 'import-preview', measure: '  of which: paste → preview painted', size, unit: 'ms' }, preview.painted))
  figures.push(single({ id: 'import-commit', measure: '  of which: Importér click → new table painted', size, unit: 'ms' }, done.painted))
}

/**
 * `npx tsx bench/profile.ts [--size 10000] [--only load,filter,sort,category,grouping,import,export]`
 *
 * Records Chromium CPU profiles (CDP Profiler, 200 µs sampling) of the bench's UI paths
 * on a generated overview, maps every frame back to the original source through the
 * build's source maps, and prints where the time goes: self time per function, inclusive
 * time per app function, and self time per package. The raw profiles are written to
 * bench/results/profiles/*.cpuprofile (open them in Chrome DevTools → Performance).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { buildAndServe, launchApp, withTimeout } from './app'
import { PAGE_SIZE } from '../src/storage/row-pages'
import { loadCorpus } from './corpus'
import { decodeMappings, moduleGroup, originalPosition, shortSource, type RawSourceMap, type Segment } from './sourcemap'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const size = Number(option('--size') ?? 10_000)
const only = option('--only')?.split(',')
const outDir = 'bench/results/profiles'
const wanted = (step: string) => !only || only.includes(step)

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  hitCount?: number
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

/** Resolves generated positions of the served build to original sources. */
class Resolver {
  private maps = new Map<string, { map: RawSourceMap; decoded: Segment[][]; lines: Map<string, string[]> } | null>()
  constructor(private dist: string) {}
  resolve(url: string, line: number, column: number, fallbackName: string): { key: string; group: string } {
    if (!url) return { key: `(${fallbackName || 'native'})`, group: `(${fallbackName || 'native'})` }
    const file = url.replace(/^https?:\/\/[^/]+\//, '').split('?')[0]!
    let entry = this.maps.get(file)
    if (entry === undefined) {
      const path = join(this.dist, `${file}.map`)
      if (existsSync(path)) {
        const map = JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap
        entry = { map, decoded: decodeMappings(map.mappings), lines: new Map() }
      } else entry = null
      this.maps.set(file, entry)
    }
    if (!entry) return { key: `${fallbackName || '(anonymous)'} ${file}:${line + 1}`, group: file }
    const pos = originalPosition(entry.decoded, entry.map, line, column)
    if (!pos) return { key: `${fallbackName || '(anonymous)'} ${file}:${line + 1}:${column}`, group: file }
    const source = shortSource(pos.source)
    const index = entry.map.sources.indexOf(pos.source)
    let lines = entry.lines.get(source)
    if (!lines) {
      lines = (entry.map.sourcesContent?.[index] ?? '').split('\n')
      entry.lines.set(source, lines)
    }
    const text = (lines[pos.line - 1] ?? '').trim().slice(0, 70)
    return { key: `${source}:${pos.line}  ${pos.name ? `[${pos.name}] ` : ''}${text}`, group: moduleGroup(pos.source) }
  }
}

function summarise(profile: CpuProfile, resolver: Resolver, title: string): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const resolved = new Map<number, { key: string; group: string }>()
  const info = (id: number) => {
    let r = resolved.get(id)
    if (!r) {
      const f = byId.get(id)!.callFrame
      const native = f.functionName.startsWith('(') ? f.functionName : `(${f.functionName || 'native'})`
      r = f.url ? resolver.resolve(f.url, f.lineNumber, f.columnNumber, f.functionName) : { key: native, group: native }
      resolved.set(id, r)
    }
    return r
  }
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const group = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let total = 0
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000
    const leaf = samples[i]!
    const li = info(leaf)
    if (li.key === '(idle)' || li.key === '(program)') continue
    total += ms
    self.set(li.key, (self.get(li.key) ?? 0) + ms)
    group.set(li.group, (group.get(li.group) ?? 0) + ms)
    const seen = new Set<string>()
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const k = info(id).key
      if (seen.has(k)) continue
      seen.add(k)
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms)
    }
  }
  const top = (m: Map<string, number>, n: number, filter: (k: string) => boolean = () => true) =>
    [...m]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ms  ${k}`)
      .join('\n')
  return [
    `=== ${title}: ${total.toFixed(0)} ms busy (of ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms profiled)`,
    '-- self time by package / app folder',
    top(group, 14),
    '-- self time by function',
    top(self, 25),
    '-- inclusive time, app code (src/) and table/virtual/dexie entry points',
    top(inclusive, 30, (k) => k.startsWith('src/') || /^@tanstack|^dexie|^dexie-react-hooks/.test(k)),
  ].join('\n')
}

async function profiled(cdp: CDPSession, name: string, resolver: Resolver, run: () => Promise<void>): Promise<string> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  try {
    await run()
  } catch (error) {
    await cdp.send('Profiler.stop').catch(() => {})
    throw error
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
  writeFileSync(join(outDir, `${name}-${size}.cpuprofile`), JSON.stringify(profile))
  return summarise(profile, resolver, `${name} @ ${size}`)
}

async function main() {
  mkdirSync(outDir, { recursive: true })
  const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p))
  if (!chromiumPath) throw new Error('No Chromium (set CHROMIUM_PATH)')
  const corpus = loadCorpus()
  const server = await buildAndServe(console.log)
  const profileDir = mkdtempSync(join(tmpdir(), 'indsats-profile-'))
  const context = await launchApp(chromiumPath, profileDir)
  const resolver = new Resolver(server.outDir)
  const reports: string[] = []
  try {
    const page: Page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(120_000)
    await page.goto(server.url)
    await page.locator('tr.leaf-row').first().waitFor()
    const seeded = await page.evaluate(([n, c, p]) => window.__bench.seed(n, 20210120 + n, c, p), [size, corpus, PAGE_SIZE] as const)
    await page.goto(new URL(`/?o=${seeded.overviewId}`, server.url).toString())
    await page.evaluate(() => window.__bench.loadDone)
    const cdp = await context.newCDPSession(page)
    const arm = (types: string[], o: Parameters<Window['__bench']['arm']>[1] = {}) => page.evaluate(([t, x]) => window.__bench.arm(t, x), [types, o] as const)
    const result = () => withTimeout(page.evaluate(() => window.__bench.result()), 120_000, 'paint')
    const timings: Record<string, number[]> = {}
    const note = (k: string, v: number) => (timings[k] ??= []).push(Math.round(v))

    if (wanted('load'))
      reports.push(
        await profiled(cdp, 'load', resolver, async () => {
          await page.reload()
          const load = await page.evaluate(() => window.__bench.loadDone)
          note('load firstRowPaint', load.firstRowPaint)
        }),
      )
    if (wanted('filter')) {
      const search = page.getByLabel('Søg', { exact: true })
      await search.click()
      reports.push(
        await profiled(cdp, 'filter', resolver, async () => {
          for (const ch of 'forældre') {
            await arm(['keydown', 'beforeinput'])
            await page.keyboard.type(ch)
            note('filter', (await result()).painted)
          }
          for (let i = 0; i < 8; i++) {
            await arm(['keydown', 'beforeinput'])
            await page.keyboard.press('Backspace')
            note('filter', (await result()).painted)
          }
        }),
      )
    }
    if (wanted('sort'))
      reports.push(
        await profiled(cdp, 'sort', resolver, async () => {
          for (const column of ['title', 'deadline']) {
            for (let i = 0; i < 3; i++) {
              await arm(['click'])
              await page.locator(`thead th.col-${column} button.sort-button`).click()
              note(`sort ${column}`, (await result()).painted)
            }
          }
        }),
      )
    if (wanted('category'))
      reports.push(
        await profiled(cdp, 'category', resolver, async () => {
          for (let i = 0; i < 4; i++) {
            await arm(['click'])
            await page.getByRole('button', { name: /^Kategori C/ }).click()
            note('category', (await result()).painted)
          }
        }),
      )
    if (wanted('grouping'))
      reports.push(
        await profiled(cdp, 'grouping', resolver, async () => {
          for (let i = 0; i < 4; i++) {
            await arm(['click'])
            await page.getByLabel('Gruppér efter indsatsområde').click()
            note('grouping', (await result()).painted)
          }
        }),
      )
    if (wanted('export'))
      for (const [id, name] of [
        ['xlsx', 'Excel (.xlsx)'],
        ['docx', 'Word (.docx)'],
      ] as const) {
        await page.getByRole('button', { name: 'Eksportér', exact: true }).click()
        const dialog = page.getByRole('dialog', { name: 'Eksportér' })
        // Warm: the writer's chunk is loaded once before profiling.
        await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name, exact: true }).click()])
        await page.keyboard.press('Escape')
        await page.getByRole('button', { name: 'Eksportér', exact: true }).click()
        reports.push(
          await profiled(cdp, `export-${id}`, resolver, async () => {
            const t0 = Date.now()
            await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('dialog', { name: 'Eksportér' }).getByRole('button', { name, exact: true }).click()])
            note(`export ${id} (wall)`, Date.now() - t0)
          }),
        )
        await page.keyboard.press('Escape')
      }
    if (wanted('import')) {
      await page.getByRole('button', { name: 'Importér', exact: true }).click()
      const box = page.getByLabel('Indsæt tabel')
      await box.waitFor()
      await page.evaluate(([n, c]) => window.__bench.makeTsv(n, 4242, c), [size, corpus] as const)
      reports.push(
        await profiled(cdp, 'import-preview', resolver, async () => {
          await box.evaluate((el) => window.__bench.pasteInto(el, { until: [{ selector: '.import-summary', includes: 'fundet' }], timeoutMs: 90_000 }))
          note('import preview', (await result()).painted)
        }),
      )
      reports.push(
        await profiled(cdp, 'import-commit', resolver, async () => {
          await arm(['click'], { until: [{ selector: '.app-toast', includes: 'er importeret' }, { selector: 'h1', includes: 'Importeret oversigt' }, { selector: 'tr.leaf-row' }], timeoutMs: 150_000 })
          await page.getByRole('button', { name: /^Importér [\d.]+ indsatser$/ }).click()
          note('import commit', (await result()).painted)
        }),
      )
    }
    reports.unshift(`Timings while profiled (ms; the profiler slows things down): ${JSON.stringify(timings)}`)
  } finally {
    await context.close().catch(() => {})
    rmSync(profileDir, { recursive: true, force: true })
    await server.close()
  }
  const text = reports.join('\n\n')
  writeFileSync(join(outDir, `summary-${size}.txt`), `${text}\n`)
  console.log(text)
  console.log(`\nWrote ${outDir}/*.cpuprofile and summary-${size}.txt`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
})

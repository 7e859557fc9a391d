/**
 * `npx tsx bench/profile.ts [--size 10000] [--only load,filter,sort,category,grouping,import,export]`
 *
 * Records Chromium CPU profiles (CDP Profiler, 200 µs sampling) of the bench's UI paths
 * on a generated overview, maps every frame back to the original source through the
 * build's source maps, and prints where the time goes: self time per function, inclusive
 * time per app function, and self time per package. The raw profiles are written to
 * bench/results/profiles/*.cpuprofile (open them in Chrome DevTools → Performance).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { buildAndServe, launchApp, withTimeout } from './app'
import { PAGE_SIZE } from '../src/storage/row-pages'
import { loadCorpus } from './corpus'
import { Resolver, summarise, type CpuProfile } from './cpu-profile'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const size = Number(option('--size') ?? 10_000)
const only = option('--only')?.split(',')
const outDir = 'bench/results/profiles'
const wanted = (step: string) => !only || only.includes(step)

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

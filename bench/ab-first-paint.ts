/**
 * `npx tsx bench/ab-first-paint.ts --a <dist> --b <dist> [--rounds 15] [--size 10000]`:
 * the first table paint of two builds compared on the same load. On a shared machine two
 * bench runs one after the other can differ by 30 % or more on load alone; here both
 * builds are served side by side, each in its own fresh profile with the bench's
 * overview, and reloaded in turn (A, B, B, A, A, B …), so each pair meets the same load.
 * Build each side first, e.g. `npx vite build --outDir /tmp/dist-b` (and the same at the
 * other commit). Timing is bench/in-page.js's: navigation start → first row painted, and
 * → every row in and painted.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview } from 'vite'
import { launchApp } from './app'
import { loadCorpus } from './corpus'
import { PAGE_SIZE } from '../src/storage/row-pages'

const args = process.argv.slice(2)
const option = (name: string, fallback?: string) => {
  const at = args.indexOf(name)
  const value = at >= 0 ? args[at + 1] : fallback
  if (value === undefined) throw new Error(`missing ${name}`)
  return value
}
const rounds = Number(option('--rounds', '15'))
const size = Number(option('--size', '10000'))
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

async function side(name: string, outDir: string) {
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  const profile = mkdtempSync(join(tmpdir(), `indsats-ab-${name}-`))
  const context = await launchApp(chromiumPath, profile)
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(url)
  await page.locator('tr.leaf-row').first().waitFor()
  const { overviewId } = await page.evaluate(([n, c, p]) => window.__bench.seed(n, 20210120 + n, c, p), [size, loadCorpus(), PAGE_SIZE] as const)
  const overviewUrl = new URL(`/?o=${overviewId}`, url).toString()
  await page.goto(overviewUrl)
  await page.evaluate(() => window.__bench.loadDone)
  const samples = { first: [] as number[], complete: [] as number[] }
  return {
    name,
    samples,
    reload: async () => {
      await page.reload({ waitUntil: 'load' })
      const load = await page.evaluate(() => window.__bench.loadDone)
      samples.first.push(load.firstRowPaint)
      samples.complete.push(load.completePaint)
    },
    close: async () => {
      await context.close()
      await server.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!
const sides = [await side('A', option('--a')), await side('B', option('--b'))]
const loads = [loadavg()[0]!]
try {
  for (let round = 0; round < rounds; round++) {
    for (const s of round % 2 ? [...sides].reverse() : sides) await s.reload()
    loads.push(loadavg()[0]!)
  }
  for (const { name, samples } of sides) {
    const { first, complete } = samples
    console.log(
      `${name}: first paint median ${quantile(first, 0.5).toFixed(0)} ms (p25 ${quantile(first, 0.25).toFixed(0)}, p75 ${quantile(first, 0.75).toFixed(0)}); every row in median ${quantile(complete, 0.5).toFixed(0)} ms`,
    )
  }
  console.log(`${rounds} reloads each at ${size.toLocaleString('en-US')} indsatser; load average ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`)
} finally {
  for (const s of sides) await s.close()
}

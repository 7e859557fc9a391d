/**
 * `npm run check:bundle`: how much JavaScript a first visit loads, gzip-compressed.
 *
 * The initial JavaScript is the entry chunk(s) that dist/index.html loads
 * (<script type="module" src>) and every chunk they import statically (also listed as
 * <link rel="modulepreload">), followed recursively. Lazily loaded chunks (import()),
 * CSS, fonts and the service worker are not counted. Each file is gzipped at level 9
 * (node:zlib); 1 kB = 1,000 bytes, as Vite prints.
 *
 * Fails (exit 1) above 170 kB; warns above the 150 kB target. Prints the largest modules
 * of the initial chunks (from their source maps) so a regression is easy to trace.
 *
 *   npm run check:bundle                 builds into a temporary folder, then checks it
 *   npm run check:bundle -- --dist dist  checks an existing build without building
 *   npm run check:bundle -- --json       also prints the result as JSON
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { codeBySource, moduleGroup, shortSource, type RawSourceMap } from '../bench/sourcemap'

export const LIMIT_KB = 170
export const TARGET_KB = 150

const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length
const kb = (bytes: number) => Math.round(bytes / 10) / 100

export interface InitialFile {
  file: string
  bytes: number
  gzipBytes: number
}

export interface ModuleSize {
  module: string
  bytes: number
  /** This module's share of the gzip total (each module gzipped alone, then scaled to the total). */
  gzipEstimate: number
}

export interface BundleReport {
  initial: InitialFile[]
  totalGzipKB: number
  totalKB: number
  limitKB: number
  targetKB: number
  status: 'ok' | 'over-target' | 'over-limit'
  modules: ModuleSize[]
  packages: ModuleSize[]
  lazy: InitialFile[]
  cssGzipKB: number
}

/** Entry scripts and modulepreload links of index.html, as paths relative to the output folder. */
export function entriesOf(html: string): string[] {
  const found: string[] = []
  for (const m of html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*>/gi)) {
    const src = /\bsrc=["']([^"']+)["']/i.exec(m[0])?.[1]
    if (src) found.push(src)
  }
  for (const m of html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*>/gi)) {
    const href = /\bhref=["']([^"']+)["']/i.exec(m[0])?.[1]
    if (href) found.push(href)
  }
  return [...new Set(found.filter((p) => !/^[a-z]+:/i.test(p)).map((p) => p.replace(/^\.?\//, '')))]
}

/** Relative specifiers a chunk imports statically (import … from, import "…", export … from); never import(). */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>()
  const pattern = /(?:^|[;\n}])\s*(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*|\{[^}]*\})\s*(?:as\s+[\w$]+\s*)?from\s*)["'](\.{1,2}\/[^"']+)["']/g
  for (const m of code.matchAll(pattern)) found.add(m[1]!)
  return [...found]
}

/** The initial chunks: entries plus everything they import statically, recursively. */
export function initialFiles(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const queue = entriesOf(html).filter((f) => f.endsWith('.js'))
  const seen = new Set<string>()
  while (queue.length) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    const path = join(outDir, file)
    if (!existsSync(path)) throw new Error(`index.html refers to ${file}, which is not in ${outDir}`)
    seen.add(file)
    for (const spec of staticImportsOf(readFileSync(path, 'utf8'))) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)))
  }
  return [...seen]
}

export function measureBundle(outDir: string): BundleReport {
  const files = initialFiles(outDir)
  const initial = files.map((file) => {
    const code = readFileSync(join(outDir, file))
    return { file, bytes: code.length, gzipBytes: gzipBytes(code) }
  })
  const totalGzip = initial.reduce((n, f) => n + f.gzipBytes, 0)
  const totalBytes = initial.reduce((n, f) => n + f.bytes, 0)

  // Attribute the initial chunks' code to the modules it came from.
  const perModule = new Map<string, string[]>()
  for (const { file } of initial) {
    const mapPath = join(outDir, `${file}.map`)
    const code = readFileSync(join(outDir, file), 'utf8')
    if (!existsSync(mapPath)) {
      perModule.set(`(no source map) ${file}`, [code])
      continue
    }
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as RawSourceMap
    for (const [source, parts] of codeBySource(code, map)) {
      const key = source ? shortSource(source) : `(bundler glue) ${file}`
      const list = perModule.get(key) ?? []
      list.push(...parts)
      perModule.set(key, list)
    }
  }
  const sizes = (groups: Map<string, string[]>): ModuleSize[] => {
    const raw = [...groups].map(([module, parts]) => {
      const text = parts.join('')
      return { module, bytes: Buffer.byteLength(text), alone: text.length ? gzipBytes(text) : 0 }
    })
    const aloneTotal = raw.reduce((n, m) => n + m.alone, 0) || 1
    return raw.map((m) => ({ module: m.module, bytes: m.bytes, gzipEstimate: Math.round((m.alone / aloneTotal) * totalGzip) })).sort((a, b) => b.gzipEstimate - a.gzipEstimate)
  }
  const modules = sizes(perModule)
  const byPackage = new Map<string, string[]>()
  for (const [module, parts] of perModule) {
    const key = module.startsWith('(') ? '(bundler glue)' : moduleGroup(module.startsWith('src/') ? module : `node_modules/${module}`)
    byPackage.set(key, [...(byPackage.get(key) ?? []), ...parts])
  }
  const assets = existsSync(join(outDir, 'assets')) ? readdirSync(join(outDir, 'assets')) : []
  const lazy = assets
    .filter((f) => f.endsWith('.js') && !files.includes(`assets/${f}`))
    .map((f) => {
      const code = readFileSync(join(outDir, 'assets', f))
      return { file: `assets/${f}`, bytes: code.length, gzipBytes: gzipBytes(code) }
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const css = [...html.matchAll(/<link\b[^>]*rel=["']stylesheet["'][^>]*href=["']([^"']+)["']/gi)].map((m) => m[1]!.replace(/^\.?\//, ''))
  const cssGzip = css.filter((f) => existsSync(join(outDir, f))).reduce((n, f) => n + gzipBytes(readFileSync(join(outDir, f))), 0)
  const totalGzipKB = kb(totalGzip)
  return {
    initial,
    totalGzipKB,
    totalKB: kb(totalBytes),
    limitKB: LIMIT_KB,
    targetKB: TARGET_KB,
    status: totalGzipKB > LIMIT_KB ? 'over-limit' : totalGzipKB > TARGET_KB ? 'over-target' : 'ok',
    modules,
    packages: sizes(byPackage),
    lazy,
    cssGzipKB: kb(cssGzip),
  }
}

export function printBundleReport(report: BundleReport, top = 25): void {
  const line = (a: string, b: string, c: string) => console.log(`${a.padEnd(64)} ${b.padStart(10)} ${c.padStart(10)}`)
  console.log('\nInitial JavaScript (loaded before the app can start):')
  line('file', 'minified', 'gzip -9')
  for (const f of report.initial) line(f.file, `${kb(f.bytes)} kB`, `${kb(f.gzipBytes)} kB`)
  line('TOTAL', `${report.totalKB} kB`, `${report.totalGzipKB} kB`)
  console.log(`\nBy package (gzip share is an estimate: each part gzipped alone, scaled to the total):`)
  line('package', 'minified', '≈ gzip')
  for (const m of report.packages.slice(0, 15)) line(m.module, `${kb(m.bytes)} kB`, `${kb(m.gzipEstimate)} kB`)
  console.log(`\nLargest modules of the initial chunks:`)
  line('module', 'minified', '≈ gzip')
  for (const m of report.modules.slice(0, top)) line(m.module.length > 64 ? `…${m.module.slice(-63)}` : m.module, `${kb(m.bytes)} kB`, `${kb(m.gzipEstimate)} kB`)
  console.log(`\nLazy chunks (not counted): ${report.lazy.map((f) => `${posix.basename(f.file)} ${kb(f.gzipBytes)} kB`).join(', ')}`)
  console.log(`Initial CSS (not counted): ${report.cssGzipKB} kB gzip`)
  const verdict =
    report.status === 'over-limit'
      ? `FAIL: initial JavaScript is ${report.totalGzipKB} kB gzip, above the ${report.limitKB} kB limit.`
      : report.status === 'over-target'
        ? `WARNING: initial JavaScript is ${report.totalGzipKB} kB gzip: within the ${report.limitKB} kB limit, above the ${report.targetKB} kB target.`
        : `OK: initial JavaScript is ${report.totalGzipKB} kB gzip (target ≤ ${report.targetKB} kB, limit ${report.limitKB} kB).`
  console.log(`\n${verdict}`)
}

async function main() {
  const args = process.argv.slice(2)
  const distAt = args.indexOf('--dist')
  let outDir = distAt >= 0 ? args[distAt + 1] : undefined
  let temporary: string | undefined
  if (!outDir) {
    temporary = mkdtempSync(join(tmpdir(), 'indsats-bundle-'))
    outDir = temporary
    const { build } = await import('vite')
    console.log(`Building into ${outDir} …`)
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } })
  }
  try {
    if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir} has no index.html: run vite build first, or leave out --dist`)
    const report = measureBundle(outDir)
    printBundleReport(report)
    if (args.includes('--json')) console.log(JSON.stringify(report, null, 2))
    process.exitCode = report.status === 'over-limit' ? 1 : 0
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}

/**
 * The bundle check (scripts/check-bundle.ts) counts exactly the JavaScript a first visit
 * loads: index.html's entry scripts and modulepreloads plus their static imports, never a
 * chunk that is only import()-ed. Checked on a small hand-made build, so no Vite build runs.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { entriesOf, initialFiles, measureBundle, staticImportsOf } from '../../scripts/check-bundle'
import { codeBySource, decodeMappings } from '../../bench/sourcemap'

const dir = mkdtempSync(join(tmpdir(), 'bundle-check-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(path: string, text: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(join(dir, path), text)
}

file(
  'index.html',
  `<!doctype html><html><head>
  <script type="module" crossorigin src="/assets/index-a.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/runtime-b.js">
  <link rel="stylesheet" href="/assets/index.css">
  </head><body></body></html>`,
)
file('assets/index-a.js', `import{a as e}from"./runtime-b.js";import"./shared-c.js";const l=()=>import("./lazy-d.js");export{e};\n`)
file('assets/runtime-b.js', `export const a=1;\n`)
file('assets/shared-c.js', `export*from"./deep-e.js";\n`)
file('assets/deep-e.js', `export const z="${'x'.repeat(2000)}";\n`)
file('assets/lazy-d.js', `import{a}from"./runtime-b.js";export default a;\n`)
file('assets/index.css', `body{color:red}`)

describe('check-bundle', () => {
  it('reads entry scripts and modulepreloads from index.html', () => {
    expect(entriesOf(`<script type="module" src="./assets/x.js"></script><link rel="modulepreload" href="/assets/y.js"><script src="https://cdn/z.js" type="module"></script>`)).toEqual(['assets/x.js', 'assets/y.js'])
  })

  it('finds static imports and re-exports but not import()', () => {
    expect(staticImportsOf(`import{a}from"./a.js";import"./b.js";export*from"./c.js";export{d}from"./d.js";const x=import("./e.js")`).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js'])
  })

  it('follows static imports recursively and leaves lazy chunks out', () => {
    expect(initialFiles(dir).sort()).toEqual(['assets/deep-e.js', 'assets/index-a.js', 'assets/runtime-b.js', 'assets/shared-c.js'])
  })

  it('adds up gzip -9 sizes of the initial files only', () => {
    const report = measureBundle(dir)
    const expected = ['assets/index-a.js', 'assets/runtime-b.js', 'assets/shared-c.js', 'assets/deep-e.js']
      .map((f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0)
    expect(report.totalGzipKB).toBeCloseTo(expected / 1000, 1)
    expect(report.lazy.map((f) => f.file)).toEqual(['assets/lazy-d.js'])
    expect(report.status).toBe('ok')
  })
})

describe('source maps', () => {
  it('decodes VLQ mappings and splits code by source', () => {
    // Line 0: col 0 → source 0 line 0; col 4 → source 1 line 0. Line 1: col 0 → source 1 line 1.
    const map = { version: 3, sources: ['a.ts', 'node_modules/b/index.js'], mappings: 'AAAA,ICAA;AACA', names: [] }
    const lines = decodeMappings(map.mappings)
    expect(lines[0]?.map((s) => [s.genCol, s.source, s.line])).toEqual([
      [0, 0, 0],
      [4, 1, 0],
    ])
    expect(lines[1]?.map((s) => [s.genCol, s.source, s.line])).toEqual([[0, 1, 1]])
    const parts = codeBySource('abcdefgh\nij', map)
    expect(parts.get('a.ts')?.join('')).toBe('abcd')
    expect(parts.get('node_modules/b/index.js')?.join('')).toBe('efghij')
  })
})

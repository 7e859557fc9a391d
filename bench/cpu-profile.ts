/**
 * A Chromium CPU profile (CDP Profiler) summarised against the build's source maps: self
 * time per package and per function, inclusive time of app code (bench/profile.ts, the
 * sync bench's --profile).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeMappings, moduleGroup, originalPosition, shortSource, type RawSourceMap, type Segment } from './sourcemap'

export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  hitCount?: number
  children?: number[]
}
export interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

/** Resolves generated positions of the served build to original sources. */
export class Resolver {
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

export function summarise(profile: CpuProfile, resolver: Resolver, title: string): string {
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


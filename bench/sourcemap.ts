/**
 * Just enough source-map reading for the bench and the bundle check: which original
 * file each stretch of a built chunk came from, and where a generated position maps to.
 * (Source maps v3, "mappings" in base64 VLQ; no dependency needed.)
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]))

export interface RawSourceMap {
  version: number
  sources: string[]
  sourcesContent?: (string | null)[]
  names?: string[]
  mappings: string
}

/** One mapped segment: generated line/column → source index, line, column (all 0-based). */
export interface Segment {
  genLine: number
  genCol: number
  source: number
  line: number
  col: number
  name?: number
}

export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = []
  let source = 0
  let line = 0
  let col = 0
  let name = 0
  let genLine = 0
  let current: Segment[] = []
  let i = 0
  const readVlq = (): number => {
    let result = 0
    let shift = 0
    for (;;) {
      const digit = B64_VALUE.get(mappings[i++]!)
      if (digit === undefined) throw new Error('bad VLQ in source map')
      result += (digit & 31) << shift
      if (!(digit & 32)) break
      shift += 5
    }
    return result & 1 ? -(result >>> 1) : result >>> 1
  }
  let genCol = 0
  while (i <= mappings.length) {
    const c = mappings[i]
    if (c === undefined || c === ';') {
      lines[genLine] = current
      current = []
      genLine++
      genCol = 0
      i++
      if (c === undefined) break
      continue
    }
    if (c === ',') {
      i++
      continue
    }
    genCol += readVlq()
    const next = mappings[i]
    if (next === undefined || next === ',' || next === ';') {
      current.push({ genLine, genCol, source: -1, line: 0, col: 0 })
      continue
    }
    source += readVlq()
    line += readVlq()
    col += readVlq()
    const seg: Segment = { genLine, genCol, source, line, col }
    const after = mappings[i]
    if (after !== undefined && after !== ',' && after !== ';') {
      name += readVlq()
      seg.name = name
    }
    current.push(seg)
  }
  return lines
}

/** Generated code of a chunk split by the source each stretch came from ('' for unmapped). */
export function codeBySource(code: string, map: RawSourceMap): Map<string, string[]> {
  const lines = code.split('\n')
  const decoded = decodeMappings(map.mappings)
  const out = new Map<string, string[]>()
  lines.forEach((text, lineIndex) => {
    const segs = decoded[lineIndex] ?? []
    let lastEnd = 0
    const add = (key: string, from: number, to: number) => {
      if (to <= from) return
      let list = out.get(key)
      if (!list) out.set(key, (list = []))
      list.push(text.slice(from, to))
    }
    if (segs.length === 0) add('', 0, text.length)
    segs.forEach((seg, k) => {
      if (k === 0) add('', 0, seg.genCol)
      const end = segs[k + 1]?.genCol ?? text.length
      add(seg.source >= 0 ? map.sources[seg.source] ?? '' : '', seg.genCol, end)
      lastEnd = end
    })
    if (lastEnd < text.length && segs.length) add('', lastEnd, text.length)
  })
  return out
}

/** Maps a generated (0-based line, 0-based column) to its original place, when the map says. */
export function originalPosition(decoded: Segment[][], map: RawSourceMap, line: number, column: number): { source: string; line: number; column: number; name?: string } | null {
  const segs = decoded[line]
  if (!segs?.length) return null
  let lo = 0
  let hi = segs.length - 1
  let best = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (segs[mid]!.genCol <= column) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  const seg = best >= 0 ? segs[best] : undefined
  if (!seg || seg.source < 0) return null
  const name = seg.name !== undefined ? map.names?.[seg.name] : undefined
  return { source: map.sources[seg.source] ?? '?', line: seg.line + 1, column: seg.col, ...(name ? { name } : {}) }
}

/** "react-dom", "@tanstack/react-table", or the app's own "src/…" path. */
export function moduleGroup(source: string): string {
  const nm = source.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/')
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? source)
  }
  const src = source.indexOf('src/')
  // The app's own code by folder: src/domain/deadline, src/features/table …
  return src >= 0 ? source.slice(src).split('/').slice(0, -1).join('/') || source.slice(src) : source
}

/** A source path without the leading ../../ and up to node_modules/ or src/. */
export function shortSource(source: string): string {
  const nm = source.lastIndexOf('node_modules/')
  if (nm >= 0) return source.slice(nm + 'node_modules/'.length)
  const src = source.indexOf('src/')
  return src >= 0 ? source.slice(src) : source.replace(/^(\.\.\/)+/, '')
}

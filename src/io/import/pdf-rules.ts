/**
 * A page's ruling lines (pure geometry): the strokes and thin filled rectangles a table's
 * borders are drawn with, as horizontal boundaries (each with the stretches it covers, so
 * a cell merged over several rows shows as a gap in its column) and vertical positions.
 */
import type { PdfRule } from './pdf-lines'

export interface Boundary {
  readonly y: number
  /** [x1, x2] stretches of this boundary, merged where they touch. */
  readonly spans: readonly (readonly [number, number])[]
}

export interface Rulings {
  /** Horizontal boundaries inside the table, top to bottom. */
  readonly boundaries: readonly Boundary[]
  /** x of each vertical rule (clustered), left to right. */
  readonly verticals: readonly number[]
  /** The ruled area, or null when the page draws no table (fewer than two rules each way). */
  readonly box: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number } | null
}

/** Rules this close (points) are one: Writer draws a border as two strokes half a point apart. */
const SAME = 2.5
/** Shorter strokes are glyph parts, underlines of a letter or the ends of a thin rectangle. */
const MIN_LENGTH = 3

export function rulingsOf(rules: readonly PdfRule[]): Rulings {
  const horizontal: { y: number; x1: number; x2: number }[] = []
  const vertical: { x: number; y1: number; y2: number }[] = []
  for (const r of rules) {
    if (![r.x1, r.x2, r.y1, r.y2].every(Number.isFinite)) continue
    if (Math.abs(r.y1 - r.y2) < 1 && Math.abs(r.x2 - r.x1) >= MIN_LENGTH)
      horizontal.push({ y: (r.y1 + r.y2) / 2, x1: Math.min(r.x1, r.x2), x2: Math.max(r.x1, r.x2) })
    else if (Math.abs(r.x1 - r.x2) < 1 && Math.abs(r.y2 - r.y1) >= MIN_LENGTH)
      vertical.push({ x: (r.x1 + r.x2) / 2, y1: Math.min(r.y1, r.y2), y2: Math.max(r.y1, r.y2) })
  }
  horizontal.sort((a, b) => a.y - b.y)
  const boundaries: { y: number; spans: [number, number][]; count: number }[] = []
  for (const h of horizontal) {
    const last = boundaries.at(-1)
    if (last && h.y - last.y / last.count <= SAME) {
      last.y += h.y
      last.count++
      last.spans.push([h.x1, h.x2])
    } else boundaries.push({ y: h.y, spans: [[h.x1, h.x2]], count: 1 })
  }
  const verticals = cluster(vertical.map((v) => v.x))
  const merged = boundaries.map((b) => ({ y: b.y / b.count, spans: mergeSpans(b.spans) }))
  if (merged.length < 2 || verticals.length < 2) return { boundaries: merged, verticals, box: null }
  const box = {
    top: merged[0]?.y ?? 0,
    bottom: merged.at(-1)?.y ?? 0,
    left: Math.min(...vertical.map((v) => v.x)),
    right: Math.max(...vertical.map((v) => v.x)),
  }
  return { boundaries: merged, verticals, box }
}

/** Does boundary `b` run through x (a column's middle)? */
export const crosses = (b: Boundary, x: number): boolean => b.spans.some(([x1, x2]) => x1 - 1 <= x && x <= x2 + 1)

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: { sum: number; n: number }[] = []
  for (const v of sorted) {
    const last = out.at(-1)
    if (last && v - last.sum / last.n <= SAME) {
      last.sum += v
      last.n++
    } else out.push({ sum: v, n: 1 })
  }
  return out.map((c) => c.sum / c.n)
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [x1, x2] of sorted) {
    const last = out.at(-1)
    if (last && x1 <= last[1] + SAME) last[1] = Math.max(last[1], x2)
    else out.push([x1, x2])
  }
  return out
}

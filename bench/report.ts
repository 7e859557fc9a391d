/** Figures, budgets and the table printed for people. */

export interface Budget {
  /** Upper limits (ms, KB, MB …) on the median and/or p95, or on the single value. */
  median?: number
  p95?: number
  max?: number
  /** Lower limit on the single value (throughput). */
  min?: number
  text: string
}

export interface Figure {
  id: string
  measure: string
  /** Number of indsatser in the overview, when the figure depends on it. */
  size?: number
  unit: string
  /** Single-valued figures. */
  value?: number
  /** Sampled figures. */
  median?: number
  p95?: number
  /** Median of the "double requestAnimationFrame" end point, for comparison (see README). */
  doubleRafMedian?: number
  n?: number
  samples?: number[]
  budget?: Budget
  /** true: met, false: NOT MET, undefined: no budget. */
  ok?: boolean
  note?: string
  skipped?: string
  error?: string
  details?: Record<string, unknown>
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5)
}

/** Nearest-rank quantile (p95 of 50 samples is the 48th smallest). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  if (q === 0.5) {
    const mid = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  }
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10)

/** A sampled figure with its median, p95 and verdict. */
export function sampled(base: Omit<Figure, 'median' | 'p95' | 'n' | 'samples' | 'ok'>, samples: number[], doubleRaf?: number[]): Figure {
  const f: Figure = { ...base, samples: samples.map(round), n: samples.length, median: round(median(samples)), p95: round(quantile(samples, 0.95)) }
  if (doubleRaf?.length) f.doubleRafMedian = round(median(doubleRaf))
  return judge(f)
}

export function single(base: Omit<Figure, 'value' | 'ok'>, value: number): Figure {
  return judge({ ...base, value: round(value) })
}

export function judge(f: Figure): Figure {
  const b = f.budget
  if (!b || f.skipped || f.error) return f
  const checks: boolean[] = []
  if (b.median !== undefined && f.median !== undefined) checks.push(f.median <= b.median)
  if (b.p95 !== undefined && f.p95 !== undefined) checks.push(f.p95 <= b.p95)
  if (b.max !== undefined) checks.push((f.value ?? f.median ?? Infinity) <= b.max)
  if (b.min !== undefined) checks.push((f.value ?? f.median ?? -Infinity) >= b.min)
  if (checks.length) f.ok = checks.every(Boolean)
  return f
}

const fmt = (v: number | undefined, unit: string) => (v === undefined || Number.isNaN(v) ? '' : `${v.toLocaleString('en-US')}${unit === 'ms' ? ' ms' : ` ${unit}`}`)

/** The table for people: one line per figure. */
export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => ({
    measure: f.measure,
    size: f.size ? f.size.toLocaleString('en-US') : '',
    'median / value': f.skipped ? `skipped: ${f.skipped}` : f.error ? `ERROR: ${f.error.slice(0, 60)}` : fmt(f.value ?? f.median, f.unit),
    p95: f.p95 !== undefined ? fmt(f.p95, f.unit) : '',
    '2×rAF med': f.doubleRafMedian !== undefined ? fmt(f.doubleRafMedian, f.unit) : '',
    n: f.n ?? '',
    budget: f.budget?.text ?? '',
    result: f.ok === undefined ? '' : f.ok ? 'ok' : 'NOT MET',
  }))
  const columns = Object.keys(rows[0] ?? {}) as (keyof (typeof rows)[number])[]
  const width = (c: (typeof columns)[number]) => Math.max(c.length, ...rows.map((r) => String(r[c]).length))
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(width(columns[i]!)) : cell.padStart(width(columns[i]!)))).join(' │ ')
  console.log(line(columns.map(String)))
  console.log(columns.map((c) => '─'.repeat(width(c))).join('─┼─'))
  for (const r of rows) console.log(line(columns.map((c) => String(r[c]))))
}

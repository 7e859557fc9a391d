/**
 * Geometry of the deadline chart, in SVG user units. Pure, so the numbers drawn
 * can be tested against the numbers in the table alternative.
 */
import { CATEGORIES, type Category } from '../../domain/model'
import { monthIndex, type Timeline } from '../../domain/dashboard'
import { daysInMonth } from '../../domain/deadline/calendar'

/** Plot height and the margins for labels. */
export const CHART = { plot: 200, top: 36, bottom: 48, left: 40, right: 16 } as const

/**
 * Width per month: wide for a few months, narrower for many, so three years still
 * fit a desktop screen near 1:1 and the 13px labels stay readable.
 */
export const slotWidth = (months: number) => (months <= 12 ? 56 : months <= 24 ? 44 : 36)
export const barWidth = (months: number) => Math.round(slotWidth(months) * 0.65)

/**
 * Colours and patterns per category: each meets 3:1 against white (WCAG 1.4.11),
 * and the pattern (solid, stripes, dots) tells them apart without colour.
 */
export const CATEGORY_STYLE: Record<Category, { colour: string; pattern: 'solid' | 'stripes' | 'dots' }> = {
  A: { colour: '#0059b3', pattern: 'solid' },
  B: { colour: '#b35900', pattern: 'stripes' },
  C: { colour: '#5b2c83', pattern: 'dots' },
}

/** Axis values from 0 to a round top at or above the peak, at most six lines. */
export function axisTicks(peak: number): number[] {
  let step = 1
  for (let power = 1; peak / step > 5; power *= 10) step = [1, 2, 5].map((s) => s * power).find((s) => peak / s <= 5) ?? 10 * power
  const top = Math.max(step, Math.ceil(peak / step) * step)
  return Array.from({ length: top / step + 1 }, (_, i) => i * step)
}

export interface Segment {
  category: Category
  count: number
  y: number
  height: number
}

export interface Bar {
  month: string
  total: number
  /** Left edge and width of the bar. */
  x: number
  width: number
  /** Top of the stack. */
  y: number
  segments: Segment[]
}

export const chartWidth = (months: number) => CHART.left + months * slotWidth(months) + CHART.right
export const chartHeight = CHART.top + CHART.plot + CHART.bottom
export const baseline = CHART.top + CHART.plot
export const yOf = (value: number, top: number) => baseline - (top > 0 ? (value / top) * CHART.plot : 0)

/** One bar per month, stacked A at the bottom, then B, then C; empty segments are left out. */
export function layoutBars(timeline: Timeline, top: number): Bar[] {
  const slot = slotWidth(timeline.months.length)
  const bar = barWidth(timeline.months.length)
  return timeline.months.map((m, i) => {
    let running = 0
    const segments: Segment[] = []
    for (const category of CATEGORIES) {
      const count = m.counts[category]
      if (count === 0) continue
      const y = yOf(running + count, top)
      segments.push({ category, count, y, height: yOf(running, top) - y })
      running += count
    }
    return { month: m.month, total: m.total, x: CHART.left + i * slot + (slot - bar) / 2, width: bar, y: yOf(running, top), segments }
  })
}

/** Where the as-of day falls: inside its month's slot by day of month; undefined outside the months shown. */
export function asOfX(timeline: Timeline, asOf: string): number | undefined {
  const first = timeline.months[0]
  const index = monthIndex(asOf)
  if (!first || index < 0) return undefined
  const offset = index - monthIndex(first.month)
  if (offset >= timeline.months.length || offset < 0) return undefined
  const year = Number(asOf.slice(0, 4))
  const day = Number(asOf.slice(8, 10)) || 1
  const fraction = (day - 1) / daysInMonth(year, (index % 12) + 1)
  return CHART.left + (offset + fraction) * slotWidth(timeline.months.length)
}

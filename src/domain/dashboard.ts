/**
 * The numbers behind the dashboard ("Overblik"): category × status, overdue per
 * area, and deadlines per month. Pure: the rows come in already derived for the
 * chosen as-of date, and the as-of date is an argument, never the clock.
 *
 * Every count here is paired with the filter that shows exactly those rows
 * (`cellFilter`, `areaFilter`, …), and those filters run through the table's own
 * predicates, so a number on the dashboard always equals the rows a click shows.
 */
import { CATEGORY_FILTER_VALUES, STATUSES, categoryKey, type CategoryKey, type Status } from './model'
import type { ViewFilters } from './filters'
import type { ViewRow } from './view-row'
import { compareDanish } from './text'

/** What a dashboard click asks the table to show. Always complete, so no earlier filter lingers. */
export type DashboardFilter = Pick<ViewFilters, 'categories' | 'statuses' | 'areas' | 'overdueOnly'>

const filter = (patch: Partial<DashboardFilter>): DashboardFilter => ({ categories: [], statuses: [], areas: [], overdueOnly: false, ...patch })

/** One cell of the matrix; leave out category or status for a row or column total. */
export const cellFilter = (category?: CategoryKey, status?: Status): DashboardFilter =>
  filter({ categories: category ? [category] : [], statuses: status ? [status] : [] })

/** One area's overdue rows, or all of the area's rows. */
export const areaFilter = (area: string, overdueOnly: boolean): DashboardFilter => filter({ areas: [area], overdueOnly })

// ---------------------------------------------------------------------------
// CategoryKey × status

export interface StatusMatrix {
  cells: Record<CategoryKey, Record<Status, number>>
  categoryTotals: Record<CategoryKey, number>
  statusTotals: Record<Status, number>
  total: number
}

const zeroStatuses = () => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
const zeroCategories = () => Object.fromEntries(CATEGORY_FILTER_VALUES.map((c) => [c, 0])) as Record<CategoryKey, number>

export function statusMatrix(rows: readonly ViewRow[]): StatusMatrix {
  const cells = Object.fromEntries(CATEGORY_FILTER_VALUES.map((c) => [c, zeroStatuses()])) as Record<CategoryKey, Record<Status, number>>
  const categoryTotals = zeroCategories()
  const statusTotals = zeroStatuses()
  for (const { initiative } of rows) {
    const category = categoryKey(initiative.category)
    cells[category][initiative.status]++
    categoryTotals[category]++
    statusTotals[initiative.status]++
  }
  return { cells, categoryTotals, statusTotals, total: rows.length }
}

// ---------------------------------------------------------------------------
// Overdue per area

export interface AreaOverdue {
  area: string
  overdue: number
  total: number
}

/** Every area with its overdue and total count; the worst first, then by Danish name. */
export function overdueByArea(rows: readonly ViewRow[]): AreaOverdue[] {
  const byArea = new Map<string, AreaOverdue>()
  for (const row of rows) {
    const area = row.initiative.area
    let entry = byArea.get(area)
    if (!entry) byArea.set(area, (entry = { area, overdue: 0, total: 0 }))
    entry.total++
    if (row.flag === 'overdue') entry.overdue++
  }
  return [...byArea.values()].sort((a, b) => b.overdue - a.overdue || compareDanish(a.area, b.area))
}

// ---------------------------------------------------------------------------
// Deadlines per month

export interface TimelineMonth {
  /** YYYY-MM */
  month: string
  counts: Record<CategoryKey, number>
  total: number
}

export interface Timeline {
  /** Consecutive months, empty ones included; [] when no row has a date. */
  months: TimelineMonth[]
  /** YYYY-MM of the as-of date (it may lie outside `months`). */
  asOfMonth: string
  /** Dated rows whose month lies before / after the months shown (the range is capped). */
  before: number
  after: number
  /** "Løbende" rows: a period may be given, but it is no deadline, so they are not placed. */
  ongoing: number
  /** Rows with no date at all ("Ingen dato", or "Er implementeret" without a date). */
  undated: number
}

/** At most three years of bars: more would make each bar too thin to read or click. */
export const MAX_TIMELINE_MONTHS = 36
/** When capped, the window starts a year before the as-of month: what slipped, then what is ahead. */
const MONTHS_BEFORE_AS_OF = 11

const MONTH_KEY = /^(\d{4})-(\d{2})/

/** Months since year 0, so month ranges are integer ranges; -1 when not an ISO date. */
export function monthIndex(iso: string): number {
  const match = MONTH_KEY.exec(iso)
  if (!match) return -1
  const month = Number(match[2])
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : -1
}

export function monthKey(index: number): string {
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${year}-${month < 10 ? '0' : ''}${month}`
}

/** Year and month (1–12) of a YYYY-MM key, for labels. */
export function monthParts(key: string): { year: number; month: number } {
  const index = monthIndex(key)
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/**
 * Rows by the month of their deadline (`deadlineEnd`), stacked by category, from
 * the earliest to the latest month. Done rows with a date count in their month
 * (the bar shows the work planned for it); ongoing rows and rows without a date
 * are counted apart. Longer spans are cut to `maxMonths` around the as-of month
 * and the rows outside are counted in `before` / `after`.
 */
export function deadlineTimeline(rows: readonly ViewRow[], asOf: string, maxMonths = MAX_TIMELINE_MONTHS): Timeline {
  let ongoing = 0
  let undated = 0
  const dated: { index: number; category: CategoryKey }[] = []
  for (const row of rows) {
    if (row.deadline.kind === 'ongoing') ongoing++
    else {
      const index = row.deadlineEnd === undefined ? -1 : monthIndex(row.deadlineEnd)
      if (index < 0) undated++
      else dated.push({ index, category: categoryKey(row.initiative.category) })
    }
  }
  const asOfIndex = monthIndex(asOf)
  const base = { asOfMonth: asOfIndex < 0 ? '' : monthKey(asOfIndex), ongoing, undated }
  if (dated.length === 0) return { ...base, months: [], before: 0, after: 0 }

  let first = Infinity
  let last = -Infinity
  for (const { index } of dated) {
    if (index < first) first = index
    if (index > last) last = index
  }
  const limit = Math.max(1, Math.floor(maxMonths))
  if (last - first + 1 > limit) {
    // A third of the window at most lies before the as-of month, so it stays in view under a small cap.
    const back = Math.min(MONTHS_BEFORE_AS_OF, Math.floor((limit - 1) / 3))
    const anchor = asOfIndex < 0 ? first : asOfIndex
    first = Math.min(Math.max(anchor - back, first), last - limit + 1)
    last = first + limit - 1
  }

  const months: TimelineMonth[] = []
  for (let index = first; index <= last; index++) months.push({ month: monthKey(index), counts: zeroCategories(), total: 0 })
  let before = 0
  let after = 0
  for (const { index, category } of dated) {
    if (index < first) before++
    else if (index > last) after++
    else {
      const month = months[index - first]
      if (month) {
        month.counts[category]++
        month.total++
      }
    }
  }
  return { ...base, months, before, after }
}

/** The tallest bar, for the chart's scale. */
export const timelinePeak = (timeline: Timeline): number => timeline.months.reduce((max, m) => Math.max(max, m.total), 0)

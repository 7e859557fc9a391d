/**
 * The rows as the table shows them: sorted, then grouped by area with a heading
 * item per group. Built here, in plain data, so a keystroke in Søg costs a pass over
 * the rows shown rather than a rebuild of a table library's row models.
 *
 * Sorting (the semantics the table has always had):
 * - text columns by Danish collation (`compareDanish`: æ, ø, å after z, numbers as
 *   numbers, case and accents ignored); ABC in A, B, C order; Status in STATUSES order;
 *   Frist by the interpreted end date and Seneste status by its date, rows without a
 *   date last in both directions;
 * - several columns: the first decides, the next breaks ties, and so on; rows that
 *   tie on every column keep their order in the data (a stable sort).
 *
 * Grouping: one group per area (exact text), the groups in the order of their first
 * row in the display order, rows inside a group sorted as above. Unsorted, that is the
 * overview's own order; sorted by Frist, the group holding the earliest deadline comes
 * first (descending: the latest); sorted by Indsatsområde, the groups are in Danish
 * order of their names. Several sort columns: the same rule over the whole sort. (Before,
 * groups kept the overview's order under any sort but Indsatsområde, so sorting by Frist
 * only sorted inside each area and the earliest deadline could sit far down.)
 *
 * Speed: each column's values are ranked once per data set (the collator runs only
 * over distinct values, memoised on the rows array), so sorting compares integers;
 * the whole data set is sorted once per sort order, and a filtered view takes its
 * rows from that order in one pass.
 */
import type { ViewRow } from './view-row'
import { BUILT_IN_COLUMNS, KIND_BEHAVIOUR, isExtraColumnId, type ColumnSpec, type SortKind } from './columns'
import type { SortKey } from './view-state'
import { compareDanish } from './text'

export type DisplayItem = GroupItem | LeafItem

export interface GroupItem {
  kind: 'group'
  /** Stable across renders (a React and virtualiser key). */
  key: string
  area: string
  /** Rows shown in this group. */
  count: number
}

export interface LeafItem {
  kind: 'leaf'
  key: string
  row: ViewRow
  /** Under a group heading: the area cell is then shown to screen readers only. */
  inGroup: boolean
}

/**
 * How one column sorts. 'value' is an extra column's: its values are numbers (Tal), ISO
 * dates (Dato) or text, one type per column; numbers rank numerically, texts and ISO dates
 * by Danish collation (numeric, so dates order right), empty cells last in both directions.
 */
type ColumnSort =
  | { kind: 'text'; get: (r: ViewRow) => string }
  | { kind: 'order'; get: (r: ViewRow) => number }
  | { kind: 'date'; get: (r: ViewRow) => string | undefined }
  | { kind: 'value'; get: (r: ViewRow) => string | number | undefined }

/** A built-in column's sort, from the registry: its kind says how it sorts and what value it ranks. */
function sortOf(spec: ColumnSpec, sort: SortKind): ColumnSort {
  const value = KIND_BEHAVIOUR[spec.kind].sortValue
  // Frist: the derived end date is kept on the row already.
  if (spec.kind === 'deadline') return { kind: 'date', get: (r) => r.deadlineEnd }
  switch (sort) {
    case 'text':
      return { kind: 'text', get: (r) => String(value(spec, r) ?? '') }
    case 'order':
      return { kind: 'order', get: (r) => value(spec, r) as number }
    case 'date':
      return { kind: 'date', get: (r) => value(spec, r) as string | undefined }
    case 'number':
      return { kind: 'value', get: (r) => value(spec, r) }
  }
}

const COLUMNS: Record<string, ColumnSort> = Object.fromEntries(
  BUILT_IN_COLUMNS.flatMap((spec) => {
    const sort = KIND_BEHAVIOUR[spec.kind].sort
    return spec.inTable && sort ? [[spec.id, sortOf(spec, sort)]] : []
  }),
)

/** An extra column's sort, made once per id. Its id says where its values are; their type says how they rank. */
const extraSorts = new Map<string, ColumnSort>()
function columnSort(id: string): ColumnSort | undefined {
  if (Object.hasOwn(COLUMNS, id)) return COLUMNS[id]
  if (!isExtraColumnId(id)) return undefined
  let sort = extraSorts.get(id)
  if (!sort) extraSorts.set(id, (sort = { kind: 'value', get: (r) => r.initiative.extra?.[id] }))
  return sort
}

/** The built-in columns the table can sort by (and any extra column's id); other ids in a sort order (say, from an old URL) are ignored. */
export const SORTABLE_COLUMNS: readonly string[] = Object.keys(COLUMNS)

/** Rank of a row without a date: sorts last whichever the direction. */
const UNDATED = -1

interface DataSetIndex {
  /** Built on first need: callers that pass positions never need it. */
  position?: Map<ViewRow, number>
  ranks: Map<string, Int32Array>
  textRanks: Map<string, Map<string, number>>
  sorted: Map<string, Int32Array>
  /** Each row's area as a small number (exact text), and the texts. */
  areas?: { id: Int32Array; names: string[] }
  /** One leaf item per row and way of showing, made on first need and reused by every render. */
  leaves: { grouped: LeafItem[]; flat: LeafItem[] }
}

const indexes = new WeakMap<readonly ViewRow[], DataSetIndex>()

function indexOf(all: readonly ViewRow[]): DataSetIndex {
  let index = indexes.get(all)
  if (!index) {
    index = { ranks: new Map(), textRanks: new Map(), sorted: new Map(), leaves: { grouped: [], flat: [] } }
    indexes.set(all, index)
  }
  return index
}

function positionMap(all: readonly ViewRow[], index: DataSetIndex): Map<ViewRow, number> {
  if (!index.position) {
    index.position = new Map()
    for (let i = 0; i < all.length; i++) if (!index.position.has(all[i]!)) index.position.set(all[i]!, i)
  }
  return index.position
}

function areasOf(all: readonly ViewRow[], index: DataSetIndex): { id: Int32Array; names: string[] } {
  if (!index.areas) {
    const ids = new Map<string, number>()
    const id = new Int32Array(all.length)
    for (let i = 0; i < all.length; i++) {
      const area = all[i]!.initiative.area
      let n = ids.get(area)
      if (n === undefined) ids.set(area, (n = ids.size))
      id[i] = n
    }
    index.areas = { id, names: [...ids.keys()] }
  }
  return index.areas
}

function leaf(all: readonly ViewRow[], index: DataSetIndex, position: number, inGroup: boolean): LeafItem {
  const cache = inGroup ? index.leaves.grouped : index.leaves.flat
  let item = cache[position]
  if (!item) {
    const row = all[position]!
    cache[position] = item = { kind: 'leaf', key: row.id, row, inGroup }
  }
  return item
}

/** Each distinct text ranked once; texts the collator holds equal share a rank, so ties stay ties. */
function textRanks(all: readonly ViewRow[], index: DataSetIndex, columnId: string, get: (r: ViewRow) => string): Map<string, number> {
  let ranks = index.textRanks.get(columnId)
  if (!ranks) {
    const distinct = [...new Set(all.map(get))].sort(compareDanish)
    ranks = new Map()
    let rank = 0
    for (let i = 0; i < distinct.length; i++) {
      if (i > 0 && compareDanish(distinct[i - 1]!, distinct[i]!) !== 0) rank++
      ranks.set(distinct[i]!, rank)
    }
    index.textRanks.set(columnId, ranks)
  }
  return ranks
}

/** A column's rank for every row of the data set, by position. */
function columnRanks(all: readonly ViewRow[], index: DataSetIndex, columnId: string, column: ColumnSort): Int32Array {
  let ranks = index.ranks.get(columnId)
  if (ranks) return ranks
  ranks = new Int32Array(all.length)
  if (column.kind === 'order') {
    for (let i = 0; i < all.length; i++) ranks[i] = column.get(all[i]!)
  } else if (column.kind === 'text') {
    const byText = textRanks(all, index, columnId, column.get)
    for (let i = 0; i < all.length; i++) ranks[i] = byText.get(column.get(all[i]!))!
  } else if (column.kind === 'value') {
    valueRanks(all, column.get, ranks)
  } else {
    // ISO dates order as strings: plain comparison, no collator.
    const distinct = [...new Set(all.map(column.get).filter((d): d is string => d !== undefined))].sort()
    const byDate = new Map(distinct.map((date, i) => [date, i]))
    for (let i = 0; i < all.length; i++) {
      const date = column.get(all[i]!)
      ranks[i] = date === undefined ? UNDATED : byDate.get(date)!
    }
  }
  index.ranks.set(columnId, ranks)
  return ranks
}

/** Numbers by value, then texts by Danish collation (a column holds one or the other); empty (undefined or '') is UNDATED. */
function valueRanks(all: readonly ViewRow[], get: (r: ViewRow) => string | number | undefined, ranks: Int32Array): void {
  const numbers = new Set<number>()
  const texts = new Set<string>()
  for (const row of all) {
    const value = get(row)
    if (typeof value === 'number') numbers.add(value)
    else if (value) texts.add(value)
  }
  const rankOf = new Map<string | number, number>()
  for (const n of [...numbers].sort((a, b) => a - b)) rankOf.set(n, rankOf.size)
  const sortedTexts = [...texts].sort(compareDanish)
  let rank = rankOf.size
  for (let i = 0; i < sortedTexts.length; i++) {
    if (i > 0 && compareDanish(sortedTexts[i - 1]!, sortedTexts[i]!) !== 0) rank++
    rankOf.set(sortedTexts[i]!, rank)
  }
  for (let i = 0; i < all.length; i++) {
    const value = get(all[i]!)
    ranks[i] = value === undefined || value === '' ? UNDATED : rankOf.get(value)!
  }
}

/**
 * Ranks one column of the data set ahead of need (a no-op when it is ranked already or does
 * not sort), so the first click on its header costs what the later ones do. Returns whether
 * it did any work.
 */
export function rankColumn(all: readonly ViewRow[], columnId: string): boolean {
  const column = columnSort(columnId)
  const index = indexOf(all)
  if (!column || index.ranks.has(columnId)) return false
  columnRanks(all, index, columnId, column)
  return true
}

const sortingKey = (sorting: readonly SortKey[]) => sorting.map((s) => `${s.desc ? '-' : ''}${s.id}`).join(',')

/**
 * Positions of the whole data set in the given order (memoised per data set and order).
 * Ranks are small integers, so this is a stable counting sort per column, the last
 * column first (LSD radix): O(rows × columns), and rows that tie on every column stay
 * in data order.
 */
function sortedPositions(all: readonly ViewRow[], index: DataSetIndex, sorting: readonly SortKey[]): Int32Array {
  const key = sortingKey(sorting)
  const cached = index.sorted.get(key)
  if (cached) return cached
  const n = all.length
  let current: Int32Array = new Int32Array(n)
  for (let i = 0; i < n; i++) current[i] = i
  let next: Int32Array = new Int32Array(n)
  for (let k = sorting.length - 1; k >= 0; k--) {
    const { id, desc } = sorting[k]!
    const column = columnSort(id)!
    const ranks = columnRanks(all, index, id, column)
    const undated = column.kind === 'date' || column.kind === 'value'
    let min = Infinity
    let max = -Infinity
    for (let i = 0; i < n; i++) {
      const r = ranks[i]!
      if (undated && r === UNDATED) continue
      if (r < min) min = r
      if (r > max) max = r
    }
    if (min > max) continue // every row undated: this column orders nothing
    const last = max - min + 1 // the bucket of undated rows, after every dated one in both directions
    const bucket = (r: number) => (undated && r === UNDATED ? last : desc ? max - r : r - min)
    const starts = new Int32Array(last + 2)
    for (let i = 0; i < n; i++) starts[bucket(ranks[i]!) + 1]!++
    for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!
    for (let i = 0; i < n; i++) {
      const p = current[i]!
      next[starts[bucket(ranks[p]!)]!++] = p
    }
    ;[current, next] = [next, current]
  }
  if (index.sorted.size >= 16) index.sorted.clear()
  index.sorted.set(key, current)
  return current
}

/** A view of the data set: where each shown row is in it. */
interface Located {
  all: readonly ViewRow[]
  index: DataSetIndex
  positions: Int32Array
}

/** Positions of `shown` in `all` (taken as given when they check out), or, when `shown` holds rows not in `all`, `shown` as its own data set. */
function locate(shown: readonly ViewRow[], all: readonly ViewRow[], given?: Int32Array): Located {
  const index = indexOf(all)
  if (given && given.length === shown.length && shown.every((row, i) => all[given[i]!] === row)) return { all, index, positions: given }
  const position = positionMap(all, index)
  const positions = new Int32Array(shown.length)
  for (let i = 0; i < shown.length; i++) {
    const p = position.get(shown[i]!)
    if (p === undefined) return locate(shown, shown, Int32Array.from(shown, (_, j) => j))
    positions[i] = p
  }
  return { all, index, positions }
}

const knownKeys = (sorting: readonly SortKey[]) => sorting.filter((s) => columnSort(s.id) !== undefined)

/** The shown positions in display order: the whole data set's order for this sort, kept to the rows shown. */
function orderOf({ all, index, positions }: Located, sorting: readonly SortKey[]): Int32Array {
  const keys = knownKeys(sorting)
  if (!keys.length || positions.length < 2) return positions
  const order = sortedPositions(all, index, keys)
  if (positions.length === all.length) return order
  const inView = new Uint8Array(all.length)
  for (let i = 0; i < positions.length; i++) inView[positions[i]!] = 1
  const kept = new Int32Array(positions.length)
  let k = 0
  for (let i = 0; i < order.length; i++) if (inView[order[i]!]) kept[k++] = order[i]!
  return kept
}

/**
 * `shown` sorted. `all` is the data set `shown` was filtered from (in the same order);
 * ranks and sorted orders are memoised on it, so pass the same array while the data
 * is unchanged.
 */
export function sortRows(shown: readonly ViewRow[], all: readonly ViewRow[], sorting: readonly SortKey[]): readonly ViewRow[] {
  if (!knownKeys(sorting).length || shown.length < 2) return shown
  const located = locate(shown, all)
  return Array.from(orderOf(located, sorting), (p) => located.all[p]!)
}

export const groupKey = (area: string) => `group\u0000${area}`

/** Display items already built, per data set and rows shown (the filter cache hands back the same array for a query it has seen, so Backspace finds its items here). */
const built = new WeakMap<readonly ViewRow[], WeakMap<readonly ViewRow[], Map<string, readonly DisplayItem[]>>>()

/**
 * The table's rows in display order: sorted, and grouped by area when `grouped`.
 * `positions` (optional) says where each shown row is in `all`, as the filter cache
 * gives it; without it the rows are looked up. Shared: do not mutate.
 */
export function displayRows(shown: readonly ViewRow[], all: readonly ViewRow[], sorting: readonly SortKey[], grouped: boolean, positions?: Int32Array): readonly DisplayItem[] {
  let byShown = built.get(all)
  if (!byShown) built.set(all, (byShown = new WeakMap()))
  let byView = byShown.get(shown)
  if (!byView) byShown.set(shown, (byView = new Map()))
  const key = `${grouped ? 'grouped' : 'flat'}|${sortingKey(sorting)}`
  let items = byView.get(key)
  if (!items) {
    items = buildItems(locate(shown, all, positions), sorting, grouped)
    if (byView.size >= 8) byView.clear()
    byView.set(key, items)
  }
  return items
}

function buildItems(located: Located, sorting: readonly SortKey[], grouped: boolean): DisplayItem[] {
  const { all, index } = located
  const order = orderOf(located, sorting)
  if (!grouped) return Array.from(order, (p) => leaf(all, index, p, false))

  // Groups in the order of their first row in the display order: one pass, no comparisons.
  const areas = areasOf(all, index)
  const count = new Int32Array(areas.names.length)
  const groups: number[] = []
  for (let i = 0; i < order.length; i++) {
    const g = areas.id[order[i]!]!
    if (count[g] === 0) groups.push(g)
    count[g]!++
  }
  const items: DisplayItem[] = new Array(groups.length + order.length)
  const next = new Int32Array(areas.names.length)
  let at = 0
  for (const g of groups) {
    const area = areas.names[g]!
    items[at] = { kind: 'group', key: groupKey(area), area, count: count[g]! }
    next[g] = at + 1
    at += 1 + count[g]!
  }
  for (let i = 0; i < order.length; i++) {
    const p = order[i]!
    items[next[areas.id[p]!]!++] = leaf(all, index, p, true)
  }
  return items
}

/** The leaf rows of display items, in order (what an export of the view writes). */
export const leafRows = (items: readonly DisplayItem[]): ViewRow[] => items.flatMap((item) => (item.kind === 'leaf' ? [item.row] : []))

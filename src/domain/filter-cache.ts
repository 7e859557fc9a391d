/**
 * The view's filters applied in one pass: the rows shown, the Kategori counts and
 * the overdue count come out of the same loop over the same predicates
 * (src/domain/filters.ts), so the toggles, the summary line and the table can never
 * disagree.
 *
 * `createFilterCache` adds what makes typing in Søg cheap on 10,000+ rows:
 *
 * - It keeps, per query, the rows that pass every filter but the category (the set
 *   the Kategori counts are taken over). A Kategori toggle therefore scans no rows,
 *   only that set.
 * - Typing on scans only the previous result. When the last word grows ("forældr" →
 *   "forældre") it also remembers where that word was found in each row, so most rows
 *   are settled by one comparison at that spot; a new word ("forældre t") is looked
 *   for only in the rows that had the others. Any other query that narrows a cached
 *   one (every cached word is part of a new word) scans the smallest such result.
 * - Backspace finds the shorter query's result ready.
 *
 * The cache is for one data set: a new rows array (an edit, another as-of date) or
 * another area/status/overdue choice starts it afresh. It holds at most a few times
 * the data set's size in row references.
 */
import { categoryKey, zeroCategoryCounts, type CategoryKey } from './model'
import type { ViewRow } from './view-row'
import { matchesCategory, rowPredicate, searchWords, wordAt, type ViewFilters } from './filters'

export interface FilterResult {
  /** Rows passing every filter, in the order of the rows given. Shared: do not mutate. */
  shown: readonly ViewRow[]
  /** Where each shown row is in the rows given (ascending); lets display-rows.ts skip looking them up. */
  positions: Int32Array
  /** Rows per category under every filter but the category (the Kategori toggles' counts). */
  counts: Record<CategoryKey, number>
  /** Rows shown that are overdue (the summary line). */
  overdue: number
}

/** Rows passing every filter but the category. */
interface Passing {
  rows: ViewRow[]
  positions: Int32Array
}

/** Rows per category, the shown rows and the overdue count from rows that already pass every filter but the category. */
function split(passing: Passing, categories: ViewFilters['categories']): FilterResult {
  const counts = zeroCategoryCounts()
  const every = categories.length === 0
  const shown: ViewRow[] = every ? passing.rows : []
  const positions = every ? passing.positions : new Int32Array(passing.rows.length)
  let kept = 0
  let overdue = 0
  for (let i = 0; i < passing.rows.length; i++) {
    const row = passing.rows[i]!
    counts[categoryKey(row.initiative.category)]++
    if (every || matchesCategory(row, categories)) {
      if (!every) {
        shown.push(row)
        positions[kept++] = passing.positions[i]!
      }
      if (row.flag === 'overdue') overdue++
    }
  }
  return { shown, positions: every ? positions : positions.slice(0, kept), counts, overdue }
}

/** Every filter but the category over `rows`, or over the given positions of them only. */
function scan(rows: readonly ViewRow[], filters: ViewFilters, within?: Int32Array): Passing {
  const matches = rowPredicate(filters, 'categories')
  const n = within ? within.length : rows.length
  const kept: ViewRow[] = []
  const positions = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const p = within ? within[i]! : i
    const row = rows[p]!
    if (matches(row)) {
      positions[kept.length] = p
      kept.push(row)
    }
  }
  return { rows: kept, positions: positions.slice(0, kept.length) }
}

/** Every filter in one pass, without a cache: the reference the cache is tested against. */
export function filterRows(rows: readonly ViewRow[], filters: ViewFilters): FilterResult {
  return split(scan(rows, filters), filters.categories)
}

/** Everything but the search and the categories: a change here starts the cache afresh. */
const otherFiltersKey = (filters: ViewFilters) => JSON.stringify([filters.areas, filters.statuses, filters.overdueOnly])

/** Rows matching `narrower` are a subset of those matching `wider` when each word of `wider` is part of some word of `narrower`. */
const narrows = (narrower: readonly string[], wider: readonly string[]) => wider.every((w) => narrower.some((n) => n.includes(w)))

/** `words` is `cached` with its last word grown and maybe more words after it (typing on). */
function typesOn(words: readonly string[], cached: readonly string[]): boolean {
  const k = cached.length - 1
  if (k < 0 || words.length <= k || !words[k]!.startsWith(cached[k]!)) return false
  for (let i = 0; i < k; i++) if (words[i] !== cached[i]) return false
  return true
}

interface Entry extends Passing {
  words: string[]
  /** Where the last word first occurs in each row's search text, when known. */
  found?: Int32Array
}

/**
 * Typing on from `base`: its rows already have every word but the grown last one and
 * the new ones, and pass the other filters. The grown word's first occurrence cannot
 * be before the cached word's, so most rows are settled by one comparison there.
 */
function typeOn(base: Entry, words: string[]): Entry {
  const k = base.words.length - 1
  const grown = words[k]!
  const extra = words.slice(k + 1)
  const n = base.rows.length
  const rows: ViewRow[] = []
  const positions = new Int32Array(n)
  const found = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const row = base.rows[i]!
    const from = base.found ? base.found[i]! : -1
    let at = from < 0 ? wordAt(row, grown) : row.searchText.startsWith(grown, from) ? from : wordAt(row, grown, from + 1)
    for (let j = 0; at >= 0 && j < extra.length; j++) at = wordAt(row, extra[j]!)
    if (at < 0) continue
    positions[rows.length] = base.positions[i]!
    found[rows.length] = at
    rows.push(row)
  }
  return { words, rows, positions: positions.slice(0, rows.length), found: found.slice(0, rows.length) }
}

export interface FilterCacheOptions {
  /** Most queries kept (least recently used go first). */
  maxEntries?: number
  /** Most row references kept over all queries, as a multiple of the data set's size. */
  maxRowsFactor?: number
}

export type FilterCache = (rows: readonly ViewRow[], filters: ViewFilters) => FilterResult

export function createFilterCache({ maxEntries = 64, maxRowsFactor = 8 }: FilterCacheOptions = {}): FilterCache {
  let source: readonly ViewRow[] | null = null
  let otherKey = ''
  /** Insertion order is recency order: a hit is moved to the end. */
  const byQuery = new Map<string, Entry>()
  let keptRows = 0
  let last: { query: string; categories: string; result: FilterResult } | null = null

  const reset = (rows: readonly ViewRow[], key: string) => {
    source = rows
    otherKey = key
    byQuery.clear()
    keptRows = 0
    last = null
  }

  const remember = (query: string, entry: Entry, limit: number) => {
    byQuery.set(query, entry)
    keptRows += entry.rows.length
    for (const [oldest, old] of byQuery) {
      if (byQuery.size <= maxEntries && keptRows <= limit) break
      if (oldest === query) continue
      byQuery.delete(oldest)
      keptRows -= old.rows.length
    }
  }

  /** The rows passing every filter but the category for a query not seen yet, from the best cached result. */
  const compute = (rows: readonly ViewRow[], filters: ViewFilters, words: string[]): Entry => {
    let typedOnFrom: Entry | undefined
    let narrowest: Entry | undefined
    // Ties go to the most recent query (the map is in recency order): typing on, that is the one just typed.
    for (const cached of byQuery.values()) {
      if (typesOn(words, cached.words) && (!typedOnFrom || cached.rows.length <= typedOnFrom.rows.length)) typedOnFrom = cached
      if (narrows(words, cached.words) && (!narrowest || cached.rows.length <= narrowest.rows.length)) narrowest = cached
    }
    // Typing on is the common case and the cheapest scan; another narrower result wins only if much smaller.
    if (typedOnFrom && (!narrowest || typedOnFrom.rows.length <= 2 * narrowest.rows.length)) return typeOn(typedOnFrom, words)
    return { words, ...scan(rows, filters, narrowest?.positions) }
  }

  return (rows, filters) => {
    const key = otherFiltersKey(filters)
    if (rows !== source || key !== otherKey) reset(rows, key)
    const words = searchWords(filters.search)
    const query = words.join(' ')
    const categories = filters.categories.join(',')
    if (last && last.query === query && last.categories === categories) return last.result

    let entry = byQuery.get(query)
    if (entry) {
      byQuery.delete(query)
      byQuery.set(query, entry)
    } else {
      entry = compute(rows, filters, words)
      remember(query, entry, Math.max(rows.length * maxRowsFactor, 1000))
    }
    const result = split(entry, filters.categories)
    last = { query, categories, result }
    return result
  }
}

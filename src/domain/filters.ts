/**
 * The view's filters as pure predicates: the single source of truth for what a
 * filter means. The table's one-pass filter (filter-cache.ts: rows shown, Kategori
 * counts and overdue count together) is built on `rowPredicate`, so a count can
 * never disagree with what the table shows; `countByCategory` is the plain form.
 */
import { categoryKey, zeroCategoryCounts, type CategoryKey, type Status } from './model'
import type { ViewRow } from './view-row'
import { normaliseForSearch } from './text'

export interface ViewFilters {
  search: string
  /** Empty means every category; 'none' is the rows without one. */
  categories: CategoryKey[]
  /** Empty means every area. */
  areas: string[]
  /** Empty means every status. */
  statuses: Status[]
  overdueOnly: boolean
}

export const noFilters: ViewFilters = { search: '', categories: [], areas: [], statuses: [], overdueOnly: false }

/** The query as normalised words, computed once per keystroke rather than once per row. */
export const searchWords = (query: string): string[] => normaliseForSearch(query).split(/\s+/).filter(Boolean)

/** Where a (normalised) word first occurs in the row's search text at or after `from`; -1 when it does not. */
export const wordAt = (row: ViewRow, word: string, from = 0) => row.searchText.indexOf(word, from)

/** Every word of the query must occur somewhere in the row. */
export const matchesSearch = (row: ViewRow, words: readonly string[]) => words.every((word) => wordAt(row, word) >= 0)

export const matchesCategory = (row: ViewRow, categories: readonly CategoryKey[]) =>
  categories.length === 0 || categories.includes(categoryKey(row.initiative.category))

export const matchesArea = (row: ViewRow, areas: readonly string[]) =>
  areas.length === 0 || areas.includes(row.initiative.area)

export const matchesStatus = (row: ViewRow, statuses: readonly Status[]) =>
  statuses.length === 0 || statuses.includes(row.initiative.status)

export const matchesOverdue = (row: ViewRow, overdueOnly: boolean) => !overdueOnly || row.flag === 'overdue'

/** One predicate for all filters (optionally leaving one out, for counts). */
export function rowPredicate(filters: ViewFilters, except?: keyof ViewFilters): (row: ViewRow) => boolean {
  const words = except === 'search' ? [] : searchWords(filters.search)
  return (row) =>
    matchesSearch(row, words) &&
    (except === 'categories' || matchesCategory(row, filters.categories)) &&
    (except === 'areas' || matchesArea(row, filters.areas)) &&
    (except === 'statuses' || matchesStatus(row, filters.statuses)) &&
    (except === 'overdueOnly' || matchesOverdue(row, filters.overdueOnly))
}

/** Live counts for the Kategori toggles: rows per category under every other filter. */
export function countByCategory(rows: readonly ViewRow[], filters: ViewFilters): Record<CategoryKey, number> {
  const counts = zeroCategoryCounts()
  const matches = rowPredicate(filters, 'categories')
  for (const row of rows) if (matches(row)) counts[categoryKey(row.initiative.category)]++
  return counts
}

export function hasActiveFilters(filters: ViewFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.categories.length > 0 ||
    filters.areas.length > 0 ||
    filters.statuses.length > 0 ||
    filters.overdueOnly
  )
}

/**
 * What an export of a filtered view leaves out, said on the document itself: a view
 * narrowed by a filter is an "udsnit", and its readers must see so. Built once, from the
 * view's filters, by src/app/export-document.ts; every writer prints the same words.
 */
import { hasActiveFilters, type ViewFilters } from '../../domain/filters'
import { statusLabels, t } from '../../strings/core'
import { selectionText as tx } from '../../strings/export'
import { longDate } from './shared'

// Made on first use: this module loads with the page, and most sessions never export.
let lists: { and: Intl.ListFormat; or: Intl.ListFormat } | undefined
const danishLists = () => (lists ??= { and: new Intl.ListFormat('da', { type: 'conjunction' }), or: new Intl.ListFormat('da', { type: 'disjunction' }) })

/**
 * "Kategori C · kun overskredne · opgjort pr. 1. marts 2021 · 4 af 19 indsatser": every
 * filter the user set, in the filter bar's order, then the as-of date and the count.
 * Undefined when no filter narrows the view (the as-of date and the sort do not).
 */
export function describeSelection(filters: ViewFilters, asOf: string, shown: number, total: number): string | undefined {
  if (!hasActiveFilters(filters)) return undefined
  const { and, or } = danishLists()
  const search = filters.search.trim()
  const parts = [
    search && tx.search(search),
    filters.categories.length > 0 && tx.categories(and.format([...filters.categories].sort())),
    filters.areas.length > 0 && tx.areas(filters.areas, and.format(filters.areas.map((area) => tx.area(area || t.noArea)))),
    filters.statuses.length > 0 && tx.statuses(or.format(filters.statuses.map((status) => statusLabels[status]))),
    filters.overdueOnly && tx.overdueOnly,
    tx.asOf(longDate(asOf)),
    tx.count(shown, total),
  ]
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(tx.separator)
}

/** The line as the documents show it: "Udsnit: Kategori C · …". */
export const selectionLine = (description: string): string => `${tx.label}: ${description}`

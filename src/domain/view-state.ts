/**
 * The view a manager can bookmark: filters, sort, grouping and the as-of date,
 * kept in the URL's query string ("C, overdue as of the meeting"). The same query
 * string is what this browser remembers per overview (./view-memory.ts), so one
 * reader checks both.
 */
import { CATEGORY_FILTER_VALUES, STATUSES, type CategoryKey, type Status } from './model'
import { noFilters, type ViewFilters } from './filters'
import { NO_DAY, parseIso } from './deadline/calendar'
import { SORTABLE_COLUMNS } from './display-rows'
import { isExtraColumnId } from './columns/ids'

export interface SortKey {
  id: string
  desc: boolean
}

export interface ViewState {
  filters: ViewFilters
  sorting: SortKey[]
  grouped: boolean
  /** YYYY-MM-DD, or null for today. */
  asOf: string | null
}

export const defaultView: ViewState = { filters: noFilters, sorting: [], grouped: true, asOf: null }

/** The query parameters that carry the view; any other (the open overview, a version) is left alone. */
export const VIEW_PARAMS = ['q', 'kat', 'omr', 'status', 'overskredne', 'sort', 'grupper', 'pr'] as const

/** "Uden kategori" in the URL (`kat=A,ingen`): Danish, like the other parameters. */
const NO_CATEGORY_PARAM = 'ingen'

/** A real YYYY-MM-DD date (not "2021-02-31"). */
const isIsoDate = (value: string) => parseIso(value) !== NO_DAY
const list = (params: URLSearchParams, key: string) => params.getAll(key).flatMap((v) => v.split(',')).filter(Boolean)

/** "-deadline,title" → Frist descending, then Indsats; columns that cannot sort, and repeats, are left out. */
function sortingFrom(keys: string[]): SortKey[] {
  const sorting: SortKey[] = []
  for (const key of keys) {
    const id = key.replace(/^-/, '')
    if ((SORTABLE_COLUMNS.includes(id) || isExtraColumnId(id)) && !sorting.some((s) => s.id === id)) sorting.push({ id, desc: key.startsWith('-') })
  }
  return sorting
}

export function viewFromQuery(query: string): ViewState {
  const params = new URLSearchParams(query)
  const asOf = params.get('pr') ?? ''
  return {
    filters: {
      search: params.get('q') ?? '',
      categories: list(params, 'kat').flatMap((c): CategoryKey[] => (c === NO_CATEGORY_PARAM ? ['none'] : c !== 'none' && (CATEGORY_FILTER_VALUES as readonly string[]).includes(c) ? [c as CategoryKey] : [])),
      areas: params.getAll('omr'),
      statuses: list(params, 'status').filter((s): s is Status => (STATUSES as readonly string[]).includes(s)),
      overdueOnly: params.get('overskredne') === '1',
    },
    sorting: sortingFrom(list(params, 'sort')),
    grouped: params.get('grupper') !== '0',
    asOf: isIsoDate(asOf) ? asOf : null,
  }
}

/** Writes only what differs from the default view, so a plain URL stays plain. */
export function viewToQuery(view: ViewState, base = ''): string {
  const params = new URLSearchParams(base)
  for (const key of VIEW_PARAMS) params.delete(key)
  const { filters } = view
  if (filters.search) params.set('q', filters.search)
  if (filters.categories.length) params.set('kat', filters.categories.map((c) => (c === 'none' ? NO_CATEGORY_PARAM : c)).join(','))
  for (const area of filters.areas) params.append('omr', area)
  if (filters.statuses.length) params.set('status', filters.statuses.join(','))
  if (filters.overdueOnly) params.set('overskredne', '1')
  if (view.sorting.length) params.set('sort', view.sorting.map((s) => (s.desc ? '-' : '') + s.id).join(','))
  if (!view.grouped) params.set('grupper', '0')
  if (view.asOf) params.set('pr', view.asOf)
  return params.toString()
}

/** Whether a query string carries any part of the view: a link that does shows exactly what it says. */
export function carriesView(query: string): boolean {
  const params = new URLSearchParams(query)
  return VIEW_PARAMS.some((key) => params.has(key))
}

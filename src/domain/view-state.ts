/**
 * The view a manager can bookmark: filters, sort, grouping and the as-of date,
 * kept in the URL's query string ("C, overdue as of the meeting").
 */
import { CATEGORIES, STATUSES, type Category, type Status } from './model'
import { noFilters, type ViewFilters } from './filters'

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

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)
const list = (params: URLSearchParams, key: string) => params.getAll(key).flatMap((v) => v.split(',')).filter(Boolean)

export function viewFromQuery(query: string): ViewState {
  const params = new URLSearchParams(query)
  const asOf = params.get('pr') ?? ''
  return {
    filters: {
      search: params.get('q') ?? '',
      categories: list(params, 'kat').filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c)),
      areas: params.getAll('omr'),
      statuses: list(params, 'status').filter((s): s is Status => (STATUSES as readonly string[]).includes(s)),
      overdueOnly: params.get('overskredne') === '1',
    },
    sorting: list(params, 'sort').map((key) => ({ id: key.replace(/^-/, ''), desc: key.startsWith('-') })),
    grouped: params.get('grupper') !== '0',
    asOf: isIsoDate(asOf) ? asOf : null,
  }
}

/** Writes only what differs from the default view, so a plain URL stays plain. */
export function viewToQuery(view: ViewState, base = ''): string {
  const params = new URLSearchParams(base)
  for (const key of ['q', 'kat', 'omr', 'status', 'overskredne', 'sort', 'grupper', 'pr']) params.delete(key)
  const { filters } = view
  if (filters.search) params.set('q', filters.search)
  if (filters.categories.length) params.set('kat', filters.categories.join(','))
  for (const area of filters.areas) params.append('omr', area)
  if (filters.statuses.length) params.set('status', filters.statuses.join(','))
  if (filters.overdueOnly) params.set('overskredne', '1')
  if (view.sorting.length) params.set('sort', view.sorting.map((s) => (s.desc ? '-' : '') + s.id).join(','))
  if (!view.grouped) params.set('grupper', '0')
  if (view.asOf) params.set('pr', view.asOf)
  return params.toString()
}

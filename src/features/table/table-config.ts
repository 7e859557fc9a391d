/**
 * The table, configured once: features, row models, Danish sort functions and the
 * view's filters. Filter functions delegate to src/domain/filters, the same
 * predicates the category counts use, so counts and rows always agree.
 */
import {
  columnFilteringFeature,
  constructFilterFn,
  constructSortFn,
  columnGroupingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table'
import type { ViewRow } from '../../domain/view-row'
import { CATEGORIES, STATUSES, type Category, type Status } from '../../domain/model'
import { matchesArea, matchesCategory, matchesOverdue, matchesSearch, matchesStatus, searchWords } from '../../domain/filters'
import { compareDanish } from '../../domain/text'
import { columnLabels } from '../../strings'

const byIndexIn = (order: readonly string[]) => (a: unknown, b: unknown) => order.indexOf(String(a)) - order.indexOf(String(b))

export const features = tableFeatures({
  columnVisibilityFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnGroupingFeature,
  rowSortingFeature,
  rowExpandingFeature,
  filteredRowModel: createFilteredRowModel(),
  groupedRowModel: createGroupedRowModel(),
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  sortFns: {
    danish: constructSortFn({ sort: (a: unknown, b: unknown) => compareDanish(String(a ?? ''), String(b ?? '')) }),
    category: constructSortFn({ sort: byIndexIn(CATEGORIES) }),
    status: constructSortFn({ sort: byIndexIn(STATUSES) }),
    isoDate: constructSortFn({ sort: (a: unknown, b: unknown) => String(a).localeCompare(String(b)) }),
  },
  filterFns: {
    search: constructFilterFn({ filter: (_: unknown, words: string[], row: { original: ViewRow }) => matchesSearch(row.original, words), resolveFilterValue: (q: string) => searchWords(q) }),
    category: constructFilterFn({ filter: (_: unknown, value: Category[], row: { original: ViewRow }) => matchesCategory(row.original, value) }),
    area: constructFilterFn({ filter: (_: unknown, value: string[], row: { original: ViewRow }) => matchesArea(row.original, value) }),
    status: constructFilterFn({ filter: (_: unknown, value: Status[], row: { original: ViewRow }) => matchesStatus(row.original, value) }),
    overdue: constructFilterFn({ filter: (_: unknown, value: boolean, row: { original: ViewRow }) => matchesOverdue(row.original, value) }),
  },
})

export type Features = typeof features
const helper = createColumnHelper<Features, ViewRow>()

export const columns = helper.columns([
  helper.accessor((row) => row.initiative.area, { id: 'area', header: columnLabels.area, sortFn: 'danish', filterFn: 'area' }),
  helper.accessor((row) => row.initiative.category, { id: 'category', header: columnLabels.category, sortFn: 'category', filterFn: 'category' }),
  helper.accessor((row) => row.initiative.title, { id: 'title', header: columnLabels.title, sortFn: 'danish', filterFn: 'search' }),
  helper.accessor((row) => row.initiative.method, { id: 'method', header: columnLabels.method, sortFn: 'danish' }),
  helper.accessor((row) => row.initiative.deadlineText, { id: 'deadlineText', header: columnLabels.deadlineText, sortFn: 'danish' }),
  helper.accessor((row) => row.deadlineEnd, { id: 'deadline', header: columnLabels.deadline, sortFn: 'isoDate', sortUndefined: 'last', filterFn: 'overdue' }),
  helper.accessor((row) => row.initiative.status, { id: 'status', header: columnLabels.status, sortFn: 'status', filterFn: 'status' }),
  helper.accessor((row) => row.initiative.owner, { id: 'owner', header: columnLabels.owner, sortFn: 'danish' }),
  // Sorts by the status date, so the most recently updated rows can be brought to the top.
  helper.accessor((row) => row.latestStatus?.date, { id: 'latestStatus', header: columnLabels.latestStatus, sortFn: 'isoDate', sortUndefined: 'last' }),
])

// @vitest-environment jsdom
/**
 * display-rows.ts replaces TanStack Table's filtered, grouped, sorted and expanded
 * row models. This checks, for random data, filters and sort orders, that the rows
 * shown are exactly what that pipeline gave — configured as the table was before
 * (the configuration is copied here verbatim, so the old semantics stay pinned).
 *
 * One rule differs on purpose: with grouping on and a sort, the groups follow their
 * first row in the sorted order (TanStack kept the data's group order unless sorting
 * by the grouped column). Grouped views are therefore compared with TanStack's flat
 * sorted rows, grouped by that rule (`regrouped`); unsorted grouped views, whose order
 * did not change, with TanStack's grouped row model itself.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { renderHook } from '@testing-library/react'
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
  useTable,
} from '@tanstack/react-table'
import { displayRows, type DisplayItem } from '../../src/domain/display-rows'
import { createFilterCache } from '../../src/domain/filter-cache'
import { matchesArea, matchesCategory, matchesOverdue, matchesSearch, matchesStatus, searchWords, noFilters, type ViewFilters } from '../../src/domain/filters'
import { CATEGORIES, STATUSES, type Category, type Status } from '../../src/domain/model'
import type { ViewRow } from '../../src/domain/view-row'
import type { SortKey } from '../../src/domain/view-state'
import { compareDanish, normaliseForSearch } from '../../src/domain/text'
import { BILAG_COLUMNS } from '../../src/domain/columns'
import { columnLabels } from '../../src/strings'
import type { Flag } from '../../src/domain/deadline/types'

// ---- The table's former configuration (src/features/table/table-config.ts before display-rows.ts) ----
const byIndexIn = (order: readonly string[]) => (a: unknown, b: unknown) => order.indexOf(String(a)) - order.indexOf(String(b))

const features = tableFeatures({
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

const helper = createColumnHelper<typeof features, ViewRow>()

const columns = helper.columns([
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

// ---- The former use-overview-table.ts, rows included ----
const getRowId = (row: ViewRow) => row.id
function tanstackItems(rows: ViewRow[], filters: ViewFilters, sorting: SortKey[], grouped: boolean): string[] {
  const columnFilters = [
    { id: 'title', value: filters.search },
    { id: 'category', value: filters.categories },
    { id: 'area', value: filters.areas },
    { id: 'status', value: filters.statuses },
    { id: 'deadline', value: filters.overdueOnly },
  ].filter((f) => (Array.isArray(f.value) ? f.value.length > 0 : Boolean(f.value)))
  const { result, unmount } = renderHook(() =>
    useTable({
      features,
      columns,
      data: rows,
      getRowId,
      state: { columnFilters, sorting, grouping: grouped ? ['area'] : [], expanded: true, columnVisibility: {} },
      enableMultiSort: true,
      enableSortingRemoval: true,
      groupedColumnMode: false,
      autoResetExpanded: false,
    }),
  )
  const items = result.current.getRowModel().rows.map((row) =>
    row.getIsGrouped() ? `# ${String(row.groupingValue)} (${row.subRows.length})` : `${row.original.id}${row.depth > 0 ? '' : ' flat'}`,
  )
  unmount()
  return items
}

/** TanStack's flat sorted rows grouped by area: groups in the order of their first row, rows in sorted order inside. */
function regrouped(rows: ViewRow[], filters: ViewFilters, sorting: SortKey[]): string[] {
  const areaOf = new Map(rows.map((r) => [r.id, r.initiative.area]))
  const flat = tanstackItems(rows, filters, sorting, false).map((item) => item.replace(/ flat$/, ''))
  const groups = new Map<string, string[]>()
  for (const id of flat) {
    const area = areaOf.get(id)!
    groups.set(area, [...(groups.get(area) ?? []), id])
  }
  return [...groups].flatMap(([area, ids]) => [`# ${area} (${ids.length})`, ...ids])
}

const reference = (rows: ViewRow[], filters: ViewFilters, sorting: SortKey[], grouped: boolean) =>
  grouped && sorting.length ? regrouped(rows, filters, sorting) : tanstackItems(rows, filters, sorting, grouped)

const describeItems = (items: readonly DisplayItem[]) => items.map((item) => (item.kind === 'group' ? `# ${item.area} (${item.count})` : `${item.row.id}${item.inGroup ? '' : ' flat'}`))

function ourItems(rows: ViewRow[], filters: ViewFilters, sorting: SortKey[], grouped: boolean): string[] {
  const { shown, positions } = createFilterCache()(rows, filters)
  const items = describeItems(displayRows(shown, rows, sorting, grouped, positions))
  // The same without the filter's positions (rows looked up), and for a copy of the rows shown.
  expect(describeItems(displayRows([...shown], rows, sorting, grouped))).toEqual(items)
  return items
}

// ---- Random data made to tie: collator-equal texts, shared dates, missing dates ----
const TEXTS = ['Tilsyn', 'tilsyn', 'Tílsyn', 'Central', 'Ærø', 'Øvelse', 'Åbenhed', 'aften', 'Zone', 'Indsats 2', 'Indsats 10', '', 'B', 'b']
const DATES = ['2021-01-20', '2021-02-28', '2021-05-31', '2022-12-31']
const arbRow = fc.record({
  area: fc.constantFrom(...TEXTS),
  category: fc.constantFrom(...CATEGORIES),
  title: fc.constantFrom(...TEXTS),
  method: fc.constantFrom(...TEXTS),
  deadlineText: fc.constantFrom(...TEXTS),
  owner: fc.constantFrom(...TEXTS),
  status: fc.constantFrom(...STATUSES),
  flag: fc.constantFrom<Flag>('overdue', 'due-soon', 'no-date', 'none'),
  end: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  latest: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
})
type RowSpec = typeof arbRow extends fc.Arbitrary<infer T> ? T : never

function toRow(spec: RowSpec, i: number): ViewRow {
  const id = `r${i}`
  const { area, category, title, method, deadlineText, owner, status } = spec
  return {
    id,
    initiative: { id, overviewId: 'o', area, category, title, method, deadlineText, status, owner, notes: '', order: i, createdAt: '', updatedAt: '', revision: 0 },
    reading: { kind: 'none' },
    deadline: { kind: 'none' },
    flag: spec.flag,
    deadlineEnd: spec.end,
    searchText: normaliseForSearch([area, category, title, method, deadlineText, owner].join('\n')),
    ...(spec.latest ? { latestStatus: { id: `s${i}`, initiativeId: id, overviewId: 'o', date: spec.latest, text: '', createdAt: '' } } : {}),
  } as ViewRow
}

const arbSorting = fc
  .uniqueArray(fc.record({ id: fc.constantFrom(...BILAG_COLUMNS), desc: fc.boolean() }), { maxLength: 3, selector: (s) => s.id })
  .map((keys): SortKey[] => keys)
const arbFilters = fc.record({
  search: fc.constantFrom('', 'til', 'tilsyn', 'a', 'ø', 'indsats 1', 'b'),
  categories: fc.subarray<Category>([...CATEGORIES]),
  areas: fc.subarray(TEXTS, { maxLength: 2 }),
  statuses: fc.subarray<Status>([...STATUSES], { maxLength: 2 }),
  overdueOnly: fc.boolean(),
})

describe('display rows equal the former TanStack row models', () => {
  it('for the Bilag-like cases written out', () => {
    const rows = ['Tilsyn', 'Central', 'Tilsyn', 'Ærø', 'Central', 'tilsyn'].map((area, i) =>
      toRow({ area, category: CATEGORIES[i % 3]!, title: TEXTS[i]!, method: '', deadlineText: '', owner: TEXTS[(i * 5) % TEXTS.length]!, status: STATUSES[i % 5]!, flag: 'none', end: i % 3 ? DATES[i % 4] : undefined, latest: i % 2 ? DATES[(i + 1) % 4] : undefined }, i),
    )
    const sortings: SortKey[][] = [[], [{ id: 'deadline', desc: false }], [{ id: 'deadline', desc: true }], [{ id: 'area', desc: true }], [{ id: 'title', desc: false }, { id: 'area', desc: false }], [{ id: 'latestStatus', desc: true }, { id: 'owner', desc: false }]]
    for (const sorting of sortings)
      for (const grouped of [true, false]) expect(ourItems(rows, noFilters, sorting, grouped), JSON.stringify({ sorting, grouped })).toEqual(reference(rows, noFilters, sorting, grouped))
  })

  it('for random rows, filters, sort orders and grouping', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 30 }), arbFilters, arbSorting, fc.boolean(), (specs, filters, sorting, grouped) => {
        const rows = specs.map(toRow)
        expect(ourItems(rows, filters, sorting, grouped)).toEqual(reference(rows, filters, sorting, grouped))
      }),
      { numRuns: 250 },
    )
  })
})

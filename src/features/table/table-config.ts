/**
 * The table, configured once. TanStack Table owns the headers, the sort state
 * (Shift+click adds a column, aria-sort) and column visibility; it holds no rows.
 * Filtering, sorting and grouping of the rows happen in the domain, in plain data:
 * src/domain/filter-cache.ts (every filter and the counts in one pass) and
 * src/domain/display-rows.ts (sorted, grouped, with the Danish sort semantics).
 */
import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { ViewRow } from '../../domain/view-row'
import { columnLabels } from '../../strings'

export const features = tableFeatures({ columnVisibilityFeature, rowSortingFeature })

export type Features = typeof features
const helper = createColumnHelper<Features, ViewRow>()

// Accessors make a column sortable for TanStack; the values themselves are read by display-rows.ts.
export const columns = helper.columns([
  helper.accessor((row) => row.initiative.area, { id: 'area', header: columnLabels.area }),
  helper.accessor((row) => row.initiative.category, { id: 'category', header: columnLabels.category }),
  helper.accessor((row) => row.initiative.title, { id: 'title', header: columnLabels.title }),
  helper.accessor((row) => row.initiative.method, { id: 'method', header: columnLabels.method }),
  helper.accessor((row) => row.initiative.deadlineText, { id: 'deadlineText', header: columnLabels.deadlineText }),
  helper.accessor((row) => row.deadlineEnd, { id: 'deadline', header: columnLabels.deadline }),
  helper.accessor((row) => row.initiative.status, { id: 'status', header: columnLabels.status }),
  helper.accessor((row) => row.initiative.owner, { id: 'owner', header: columnLabels.owner }),
  // Sorts by the status date, so the most recently updated rows can be brought to the top.
  helper.accessor((row) => row.latestStatus?.date, { id: 'latestStatus', header: columnLabels.latestStatus }),
])

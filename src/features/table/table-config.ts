/**
 * The table, configured once. TanStack Table owns the headers, the sort state
 * (Shift+click adds a column, aria-sort) and column visibility; it holds no rows.
 * Its column defs are built from the column registry (src/domain/columns): one per
 * table column of the overview, built-ins and the overview's own extra columns.
 * Filtering, sorting and grouping of the rows happen in the domain, in plain data:
 * src/domain/filter-cache.ts (every filter and the counts in one pass) and
 * src/domain/display-rows.ts (sorted, grouped, with the Danish sort semantics).
 */
import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { ViewRow } from '../../domain/view-row'
import { KIND_BEHAVIOUR, type ColumnSpec } from '../../domain/columns'

export const features = tableFeatures({ columnVisibilityFeature, rowSortingFeature })

export type Features = typeof features
const helper = createColumnHelper<Features, ViewRow>()

const built = new WeakMap<readonly ColumnSpec[], ReturnType<typeof build>>()

// Accessors make a column sortable for TanStack; the values themselves are read by display-rows.ts.
const build = (specs: readonly ColumnSpec[]) =>
  helper.columns(
    specs.map((spec) => {
      const { sortValue, sort } = KIND_BEHAVIOUR[spec.kind]
      return helper.accessor((row) => sortValue(spec, row), { id: spec.id, header: spec.label, enableSorting: sort !== null })
    }),
  )

/** The TanStack column defs of the given table columns (the same array for the same columns). */
export function columnDefs(specs: readonly ColumnSpec[]) {
  let defs = built.get(specs)
  if (!defs) built.set(specs, (defs = build(specs)))
  return defs
}

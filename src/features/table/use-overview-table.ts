/** Binds the configured table (headers, sort state, column visibility) to the view state (URL) and the column choice. */
import { useMemo } from 'react'
import { useTable, functionalUpdate, type SortingState, type Updater } from '@tanstack/react-table'
import type { ViewRow } from '../../domain/view-row'
import type { ViewState } from '../../domain/view-state'
import { columnDefs, features } from './table-config'
import { columnVisibility, type ColumnSpec } from '../../domain/columns'

// The table holds no rows: src/domain/display-rows.ts builds what is shown.
const noRows: ViewRow[] = []

export function useOverviewTable(view: ViewState, onViewChange: (next: ViewState) => void, columnVisibilityChoices: Record<string, boolean>, specs: readonly ColumnSpec[]) {
  const visibility = useMemo(() => columnVisibility(specs, columnVisibilityChoices), [specs, columnVisibilityChoices])

  return useTable({
    features,
    columns: columnDefs(specs),
    data: noRows,
    state: { sorting: view.sorting, columnVisibility: visibility },
    onSortingChange: (updater: Updater<SortingState>) => onViewChange({ ...view, sorting: functionalUpdate(updater, view.sorting) }),
    enableMultiSort: true,
    enableSortingRemoval: true,
    // Every column sorts ascending first (TanStack would otherwise guess from the first rows' values, and it has none).
    sortDescFirst: false,
  })
}

export type OverviewTableInstance = ReturnType<typeof useOverviewTable>

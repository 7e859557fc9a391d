/** Binds the configured table to the view state (URL) and the column choice. */
import { useMemo } from 'react'
import { useTable, functionalUpdate, type SortingState, type Updater } from '@tanstack/react-table'
import type { ViewRow } from '../../domain/view-row'
import type { ViewState } from '../../domain/view-state'
import { columns, features } from './table-config'
import { columnVisibility } from '../../domain/columns'

const getRowId = (row: ViewRow) => row.id
const alwaysExpanded = true as const

export function useOverviewTable(
  rows: ViewRow[],
  view: ViewState,
  onViewChange: (next: ViewState) => void,
  columnVisibilityChoices: Record<string, boolean>,
) {
  const { filters } = view
  const columnFilters = useMemo(
    () =>
      [
        { id: 'title', value: filters.search },
        { id: 'category', value: filters.categories },
        { id: 'area', value: filters.areas },
        { id: 'status', value: filters.statuses },
        { id: 'deadline', value: filters.overdueOnly },
      ].filter((f) => (Array.isArray(f.value) ? f.value.length > 0 : Boolean(f.value))),
    [filters],
  )
  const grouping = useMemo(() => (view.grouped ? ['area'] : []), [view.grouped])
  const visibility = useMemo(() => columnVisibility(columnVisibilityChoices), [columnVisibilityChoices])

  return useTable({
    features,
    columns,
    data: rows,
    getRowId,
    state: { columnFilters, sorting: view.sorting, grouping, expanded: alwaysExpanded, columnVisibility: visibility },
    onSortingChange: (updater: Updater<SortingState>) => onViewChange({ ...view, sorting: functionalUpdate(updater, view.sorting) }),
    enableMultiSort: true,
    enableSortingRemoval: true,
    groupedColumnMode: false,
    autoResetExpanded: false,
  })
}

export type OverviewTableInstance = ReturnType<typeof useOverviewTable>

/**
 * The table feature as the shell uses it: filters, summary line, the table or an
 * empty state. Derived rows come in ready-made; this only decides what to show.
 */
import { useMemo, type ReactNode } from 'react'
import type { ViewRow } from '../../domain/view-row'
import type { ViewState } from '../../domain/view-state'
import { countByCategory, hasActiveFilters, noFilters } from '../../domain/filters'
import { compareDanish } from '../../domain/text'
import { t } from '../../strings'
import { FilterBar } from './FilterBar'
import { OverviewTable } from './OverviewTable'
import { ColumnChooser } from './ColumnChooser'
import { useOverviewTable } from './use-overview-table'

interface TableViewProps {
  rows: ViewRow[]
  view: ViewState
  onViewChange: (next: ViewState) => void
  asOf: string
  meetingDate: string
  columnVisibility: Record<string, boolean>
  onColumnVisibilityChange: (next: Record<string, boolean>) => void
  /** Without these the table is read-only (a version frozen for a meeting). */
  onEdit?: (row: ViewRow) => void
  onDelete?: (row: ViewRow) => void
  /** Actions beside the summary; gets the rows as shown (filtered, sorted, grouped), for exports of the view. */
  renderToolbar?: (rowsInView: () => ViewRow[]) => ReactNode
}

export function TableView(props: TableViewProps) {
  const { rows, view, onViewChange } = props
  const table = useOverviewTable(rows, view, onViewChange, props.columnVisibility)
  const categoryCounts = useMemo(() => countByCategory(rows, view.filters), [rows, view.filters])
  const areas = useMemo(() => [...new Set(rows.map((r) => r.initiative.area))].sort(compareDanish), [rows])
  const shown = table.getFilteredRowModel().rows
  const overdue = shown.filter((r) => r.original.flag === 'overdue').length

  return (
    <>
      <FilterBar view={view} onViewChange={onViewChange} categoryCounts={categoryCounts} areas={areas} asOf={props.asOf} meetingDate={props.meetingDate} />
      <div className="table-toolbar">
        <p className="table-summary" role="status" aria-live="polite">
          {t.summary(rows.length, shown.length, overdue)}
        </p>
        <div className="table-toolbar__actions">
          {props.renderToolbar?.(() => table.getRowModel().rows.filter((row) => !row.getIsGrouped()).map((row) => row.original))}
          <ColumnChooser visibility={props.columnVisibility} onChange={props.onColumnVisibilityChange} />
        </div>
      </div>
      {shown.length === 0 ? (
        <div className="alert alert-info empty-state">
          <p className="alert-text">{rows.length === 0 ? t.emptyOverview : t.emptyResult}</p>
          {rows.length > 0 && hasActiveFilters(view.filters) && (
            <button type="button" className="button button-secondary" onClick={() => onViewChange({ ...view, filters: noFilters })}>
              {t.clearFilters}
            </button>
          )}
        </div>
      ) : (
        <OverviewTable table={table} onEdit={props.onEdit} onDelete={props.onDelete} />
      )}
    </>
  )
}

/**
 * The dashboard ("Overblik"): category × status, overdue per area and deadlines
 * per month for the chosen as-of date. Every number is a button that shows its
 * rows in the table, so the dashboard is a way into the table, not a second truth.
 * Exported by name so the shell can lazy-load it with its CSS.
 */
import { useId, useMemo } from 'react'
import type { ViewRow } from '../../domain/view-row'
import { deadlineTimeline, overdueByArea, statusMatrix, type DashboardFilter } from '../../domain/dashboard'
import { formatPeriodExact } from '../../domain/deadline'
import { dashboardText } from '../../strings'
import { StatusMatrixTable } from './StatusMatrixTable'
import { OverdueByAreaTable } from './OverdueByAreaTable'
import { DeadlineTimeline } from './DeadlineTimeline'
import './dashboard.css'

export interface DashboardProps {
  /** Every row of the overview (not only the filtered ones), derived for `asOf`. */
  rows: ViewRow[]
  /** YYYY-MM-DD: the date the rows' flags were computed against. */
  asOf: string
  /** A number was clicked: show exactly these rows. The filter is complete (empty lists mean "all"). */
  onFilter: (filters: DashboardFilter) => void
}

export function Dashboard({ rows, asOf, onFilter }: DashboardProps) {
  const headingId = useId()
  const matrix = useMemo(() => statusMatrix(rows), [rows])
  const areas = useMemo(() => overdueByArea(rows), [rows])
  const timeline = useMemo(() => deadlineTimeline(rows, asOf), [rows, asOf])
  const date = formatPeriodExact(asOf, asOf) || asOf

  return (
    <section className="dashboard" aria-labelledby={headingId}>
      <h2 id={headingId} className="dashboard__heading">
        {dashboardText.heading(date)}
      </h2>
      {rows.length === 0 ? (
        <p className="dashboard__empty">{dashboardText.empty}</p>
      ) : (
        <>
          <p className="dashboard__intro">{dashboardText.intro}</p>
          <div className="dashboard__tables">
            <StatusMatrixTable matrix={matrix} onFilter={onFilter} />
            <OverdueByAreaTable areas={areas} date={date} onFilter={onFilter} />
          </div>
          <DeadlineTimeline timeline={timeline} asOf={asOf} date={date} />
        </>
      )}
    </section>
  )
}

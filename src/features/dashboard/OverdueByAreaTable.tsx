/** Overdue rows per area, the worst first; each count shows the area's rows in the table. */
import { areaFilter, type AreaOverdue, type DashboardFilter } from '../../domain/dashboard'
import { columnLabels, dashboardText, t } from '../../strings'
import { CountButton } from './CountButton'

interface OverdueByAreaTableProps {
  areas: AreaOverdue[]
  /** The as-of date in words, "1. marts 2021". */
  date: string
  onFilter: (filter: DashboardFilter) => void
}

export function OverdueByAreaTable({ areas, date, onFilter }: OverdueByAreaTableProps) {
  const anyOverdue = areas.some((a) => a.overdue > 0)
  return (
    <div className="dashboard-areas">
      <table className="table table--compact dashboard-table">
        <caption>{dashboardText.areaCaption(date)}</caption>
        <thead>
          <tr>
            <th scope="col">{columnLabels.area}</th>
            <th scope="col" className="dashboard-table__number">
              {dashboardText.overdueColumn}
            </th>
            <th scope="col" className="dashboard-table__number">
              {dashboardText.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map(({ area, overdue, total }) => {
            const name = area || t.noArea
            return (
              <tr key={area} className={overdue > 0 ? 'dashboard-areas__row--overdue' : undefined}>
                <th scope="row">{name}</th>
                <td className="dashboard-table__number">
                  <CountButton count={overdue} label={dashboardText.showAreaOverdue(overdue, name)} filter={areaFilter(area, true)} onFilter={onFilter} />
                </td>
                <td className="dashboard-table__number">
                  <CountButton count={total} label={dashboardText.showArea(total, name)} filter={areaFilter(area, false)} onFilter={onFilter} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {!anyOverdue && <p className="dashboard__note">{dashboardText.noOverdue(date)}</p>}
    </div>
  )
}

/** Category × status as a real table, with row and column totals. */
import { CATEGORY_FILTER_VALUES, STATUSES, type CategoryKey } from '../../domain/model'
import { cellFilter, type DashboardFilter, type StatusMatrix } from '../../domain/dashboard'
import { categoryLabel, dashboardText, statusLabels, t } from '../../strings'

/** "Kategori A" …, and "Uden kategori" for the rows without one. */
const rowLabel = (category: CategoryKey) => (category === 'none' ? t.noCategory : categoryLabel(category))
/** In a sentence: "i kategori A", "i kategori uden kategori" reads badly, so the row's own words. */
const inSentence = (category: CategoryKey) => (category === 'none' ? t.noCategory.toLowerCase() : category)
import { CountButton } from './CountButton'
import { CountTableHead } from './CountTableHead'

const STATUS_COLUMNS = STATUSES.map((status) => ({ key: status, label: statusLabels[status] }))

interface StatusMatrixTableProps {
  matrix: StatusMatrix
  onFilter: (filter: DashboardFilter) => void
}

export function StatusMatrixTable({ matrix, onFilter }: StatusMatrixTableProps) {
  return (
    <table className="table table--compact dashboard-table dashboard-matrix">
      <caption>{dashboardText.matrixCaption}</caption>
      <CountTableHead rowsLabel={dashboardText.categoryColumn} columns={STATUS_COLUMNS} />
      <tbody>
        {CATEGORY_FILTER_VALUES.map((category) => (
          <tr key={category} data-category={category}>
            <th scope="row">{rowLabel(category)}</th>
            {STATUSES.map((status) => {
              const count = matrix.cells[category][status]
              return (
                <td key={status} className="dashboard-table__number" data-status={status}>
                  <CountButton count={count} label={dashboardText.showCell(count, inSentence(category), statusLabels[status])} filter={cellFilter(category, status)} onFilter={onFilter} />
                </td>
              )
            })}
            <td className="dashboard-table__number dashboard-table__total" data-status="total">
              <CountButton
                count={matrix.categoryTotals[category]}
                label={dashboardText.showCategory(matrix.categoryTotals[category], inSentence(category))}
                filter={cellFilter(category)}
                onFilter={onFilter}
              />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-category="total">
          <th scope="row">{dashboardText.total}</th>
          {STATUSES.map((status) => (
            <td key={status} className="dashboard-table__number dashboard-table__total" data-status={status}>
              <CountButton
                count={matrix.statusTotals[status]}
                label={dashboardText.showStatus(matrix.statusTotals[status], statusLabels[status])}
                filter={cellFilter(undefined, status)}
                onFilter={onFilter}
              />
            </td>
          ))}
          <td className="dashboard-table__number dashboard-table__total" data-status="total">
            <CountButton count={matrix.total} label={dashboardText.showAll(matrix.total)} filter={cellFilter()} onFilter={onFilter} />
          </td>
        </tr>
      </tfoot>
    </table>
  )
}

/** The heading row the dashboard's count tables share: what the rows are, one number column each, then I alt. */
import { dashboardText } from '../../strings'

interface CountTableHeadProps {
  /** The first column's heading: what each row counts. */
  rowsLabel: string
  columns: readonly { key: string; label: string }[]
}

export function CountTableHead({ rowsLabel, columns }: CountTableHeadProps) {
  return (
    <thead>
      <tr>
        <th scope="col">{rowsLabel}</th>
        {columns.map((column) => (
          <th key={column.key} scope="col" className="dashboard-table__number">
            {column.label}
          </th>
        ))}
        <th scope="col" className="dashboard-table__number">
          {dashboardText.total}
        </th>
      </tr>
    </thead>
  )
}

/** The chart's numbers as a table: one row per month shown, the same counts as the bars. */
import { CATEGORIES } from '../../domain/model'
import { monthParts, type Timeline } from '../../domain/dashboard'
import { categoryLabel, dashboardText, formatCount, monthLong } from '../../strings'
import { CountTableHead } from './CountTableHead'

const CATEGORY_COLUMNS = CATEGORIES.map((c) => ({ key: c, label: categoryLabel(c) }))

interface TimelineTableProps {
  timeline: Timeline
  /** The as-of date in words, to mark its month. */
  date: string
}

export function TimelineTable({ timeline, date }: TimelineTableProps) {
  const totals = { A: 0, B: 0, C: 0, all: 0 }
  for (const m of timeline.months) {
    for (const c of CATEGORIES) totals[c] += m.counts[c]
    totals.all += m.total
  }
  return (
    <table className="table table--compact dashboard-table dashboard-timeline-table">
      <caption>{dashboardText.timelineCaption}</caption>
      <CountTableHead rowsLabel={dashboardText.monthColumn} columns={CATEGORY_COLUMNS} />
      <tbody>
        {timeline.months.map((m) => {
          const { year, month } = monthParts(m.month)
          return (
            <tr key={m.month} data-month={m.month}>
              <th scope="row">
                {monthLong(year, month)}
                {m.month === timeline.asOfMonth && ` ${dashboardText.asOfRow(date)}`}
              </th>
              {CATEGORIES.map((c) => (
                <td key={c} className="dashboard-table__number" data-category={c}>
                  {formatCount(m.counts[c])}
                </td>
              ))}
              <td className="dashboard-table__number" data-category="total">
                {formatCount(m.total)}
              </td>
            </tr>
          )
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{dashboardText.total}</th>
          {CATEGORIES.map((c) => (
            <td key={c} className="dashboard-table__number">
              {formatCount(totals[c])}
            </td>
          ))}
          <td className="dashboard-table__number">{formatCount(totals.all)}</td>
        </tr>
      </tfoot>
    </table>
  )
}

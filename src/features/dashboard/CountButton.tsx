/**
 * A count that opens its rows in the table. Zero stays plain text: a button that
 * leads to an empty table is a wasted tab stop. The accessible name starts with
 * "Vis" and contains the visible number (WCAG 2.5.3, label in name).
 */
import type { DashboardFilter } from '../../domain/dashboard'
import { formatCount } from '../../strings'

interface CountButtonProps {
  count: number
  label: string
  filter: DashboardFilter
  onFilter: (filter: DashboardFilter) => void
}

export function CountButton({ count, label, filter, onFilter }: CountButtonProps) {
  if (count === 0) return <span className="dashboard-count dashboard-count--zero">0</span>
  return (
    <button type="button" className="dashboard-count" aria-label={label} onClick={() => onFilter(filter)}>
      {formatCount(count)}
    </button>
  )
}

/** How one cell of a leaf row is shown. Flags are text plus an icon, never colour alone. */
import { memo, useId } from 'react'
import type { ViewRow } from '../../domain/view-row'
import type { Flag } from '../../domain/deadline/types'
import { formatDeadline, formatPeriodExact } from '../../domain/deadline'
import { flagLabels, statusLabels, t } from '../../strings'
import { formatDanishDate } from '../../ui/format'

const FLAG_CLASS: Record<Flag, string> = { overdue: 'badge-error', 'due-soon': 'badge-warning', 'no-date': 'badge-info', none: '' }
const FLAG_ICON: Record<Flag, string> = { overdue: '!', 'due-soon': '◷', 'no-date': '?', none: '' }

export function FlagBadge({ flag }: { flag: Flag }) {
  if (flag === 'none') return null
  return (
    <span className={`badge ${FLAG_CLASS[flag]} flag flag--${flag}`}>
      <span aria-hidden="true" className="flag__icon">
        {FLAG_ICON[flag]}
      </span>{' '}
      {flagLabels[flag]}
    </span>
  )
}

/** The reading in plain Danish; the exact period appears on hover and keyboard focus. */
export function DeadlineCell({ row }: { row: ViewRow }) {
  const tipId = useId()
  const { deadline } = row
  const reading = formatDeadline(deadline)
  const exact = 'start' in deadline && deadline.start && deadline.end ? formatPeriodExact(deadline.start, deadline.end) : ''
  return (
    <div className="deadline-cell">
      {reading &&
        (exact && exact !== reading ? (
          <span className="deadline-tip" tabIndex={0} aria-describedby={tipId}>
            {reading}
            <span role="tooltip" id={tipId} className="deadline-tip__text">
              {exact}
              {row.initiative.fixedDeadline ? ` (${t.fixedDeadline})` : ''}
            </span>
          </span>
        ) : (
          <span>{reading}</span>
        ))}
      <FlagBadge flag={row.flag} />
    </div>
  )
}

/** Memoised: when a filter or sort moves a row, only the row's position changes, not its cells. */
export const LeafCell = memo(function LeafCell({ columnId, row }: { columnId: string; row: ViewRow }) {
  const { initiative } = row
  switch (columnId) {
    case 'area':
      return <>{initiative.area}</>
    case 'category':
      return <span className={`category category--${initiative.category}`}>{initiative.category}</span>
    case 'title':
      return <>{initiative.title}</>
    case 'method':
      return <>{initiative.method}</>
    case 'deadlineText':
      return <>{initiative.deadlineText}</>
    case 'deadline':
      return <DeadlineCell row={row} />
    case 'status':
      return <span className={`status status--${initiative.status}`}>{statusLabels[initiative.status]}</span>
    case 'owner':
      return <>{initiative.owner}</>
    case 'latestStatus':
      return row.latestStatus ? (
        <span className="latest-status">
          <span className="latest-status__date">{formatDanishDate(row.latestStatus.date)}:</span> {row.latestStatus.text}
        </span>
      ) : null
    default:
      return null
  }
})

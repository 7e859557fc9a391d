/** How one cell of a leaf row is shown, per kind of column. Flags are text plus an icon, never colour alone. */
import { memo, useContext, useId, type ReactNode } from 'react'
import type { ViewRow } from '../../domain/view-row'
import type { Deadline, Flag } from '../../domain/deadline/types'
import { relativeDate, type RelativeDate } from '../../domain/relative-date'
import { formatDeadline, formatPeriodExact } from '../../domain/deadline'
import { columnText, type ColumnKind, type ColumnSpec } from '../../domain/columns'
import { flagLabels, overdueWords, relativeWords, statusLabels, t } from '../../strings'
import { formatDanishDate } from '../../ui/format'
import { AsOfContext } from './as-of-context'

const FLAG_CLASS: Record<Flag, string> = { overdue: 'badge-error', 'due-soon': 'badge-warning', 'no-date': 'badge-info', none: '' }
const FLAG_ICON: Record<Flag, string> = { overdue: '!', 'due-soon': '◷', 'no-date': '?', none: '' }

/** The flag as text and icon; `when` says how far off its deadline is ("for 3 måneder siden", "om 12 dage"). */
export function FlagBadge({ flag, when }: { flag: Flag; when?: string | undefined }) {
  if (flag === 'none') return null
  return (
    <>
      <span className={`badge ${FLAG_CLASS[flag]} flag flag--${flag}`}>
        <span aria-hidden="true" className="flag__icon">
          {FLAG_ICON[flag]}
        </span>{' '}
        {flagLabels[flag]}
      </span>
      {when && <span className="flag-when">{when}</span>}
    </>
  )
}

/** How far the deadline is from the as-of date; none for open-ended (ongoing) work. */
function distanceOf(deadline: Deadline, asOf: string): RelativeDate | undefined {
  return deadline.kind !== 'ongoing' && 'end' in deadline && deadline.end ? relativeDate(deadline.end, asOf) : undefined
}

/**
 * The reading in plain Danish; the exact period and how far off it is ("overskredet for
 * 3 måneder siden") appear on hover and keyboard focus.
 */
export function DeadlineCell({ row }: { row: ViewRow }) {
  const tipId = useId()
  const asOf = useContext(AsOfContext)
  const { deadline, flag } = row
  const reading = formatDeadline(deadline)
  const exact = 'start' in deadline && deadline.start && deadline.end ? formatPeriodExact(deadline.start, deadline.end) : ''
  const showExact = exact !== '' && exact !== reading
  const distance = distanceOf(deadline, asOf)
  const when = distance && (flag === 'overdue' ? overdueWords(distance) : relativeWords(distance))
  return (
    <div className="deadline-cell">
      {reading &&
        (showExact || when ? (
          <span className="deadline-tip" tabIndex={0} aria-describedby={tipId}>
            {reading}
            <span role="tooltip" id={tipId} className="deadline-tip__text">
              {showExact && (
                <span className="deadline-tip__line">
                  {exact}
                  {row.initiative.fixedDeadline ? ` (${t.fixedDeadline})` : ''}
                </span>
              )}
              {when && <span className="deadline-tip__line">{when}</span>}
            </span>
          </span>
        ) : (
          <span>{reading}</span>
        ))}
      <FlagBadge flag={flag} when={distance && (flag === 'overdue' || flag === 'due-soon') ? relativeWords(distance) : undefined} />
    </div>
  )
}

type CellProps = { column: ColumnSpec; row: ViewRow }
const plainText = ({ column, row }: CellProps) => <>{columnText(column, row)}</>

/** One renderer per kind of column: a kind without one does not compile (no silent empty cell). */
export const CELL_RENDERERS: Record<ColumnKind, (props: CellProps) => ReactNode> = {
  'short-text': plainText,
  'long-text': plainText,
  'deadline-text': plainText,
  date: plainText,
  number: ({ column, row }) => <span className="number-cell">{columnText(column, row)}</span>,
  category: ({ row }) =>
    row.initiative.category === null ? (
      // "–" for the eye, "Uden kategori" for screen readers.
      <span className="category category--none">
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t.noCategory}</span>
      </span>
    ) : (
      <span className={`category category--${row.initiative.category}`}>{row.initiative.category}</span>
    ),
  status: ({ row }) => <span className={`status status--${row.initiative.status}`}>{statusLabels[row.initiative.status]}</span>,
  deadline: ({ row }) => <DeadlineCell row={row} />,
  'latest-status': ({ row }) =>
    row.latestStatus ? (
      <span className="latest-status">
        <span className="latest-status__date">{formatDanishDate(row.latestStatus.date)}:</span> {row.latestStatus.text}
      </span>
    ) : null,
  flag: ({ row }) => <FlagBadge flag={row.flag} />,
}

/** Memoised: when a filter or sort moves a row, only the row's position changes, not its cells. */
export const LeafCell = memo(function LeafCell({ column, row }: CellProps) {
  const Render = CELL_RENDERERS[column.kind]
  return <Render column={column} row={row} />
})

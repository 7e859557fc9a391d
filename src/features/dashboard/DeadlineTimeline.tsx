/**
 * Deadlines per month: the chart, its legend, the table alternative and what the
 * chart leaves out. The table is always in the accessibility tree (visually hidden
 * until "Vis som tabel"), so screen readers get the numbers without a toggle.
 */
import { useId, useState } from 'react'
import { CATEGORIES, type Category } from '../../domain/model'
import { monthParts, type Timeline } from '../../domain/dashboard'
import { categoryLabel, dashboardText, monthLong } from '../../strings'
import { CATEGORY_STYLE } from './chart-layout'
import { TimelineChart } from './TimelineChart'
import { TimelineTable } from './TimelineTable'

interface DeadlineTimelineProps {
  timeline: Timeline
  asOf: string
  /** The as-of date in words. */
  date: string
}

const monthName = (key: string) => {
  const { year, month } = monthParts(key)
  return monthLong(year, month)
}

export function DeadlineTimeline({ timeline, asOf, date }: DeadlineTimelineProps) {
  const id = useId().replace(/[^\w-]/g, '')
  const [showTable, setShowTable] = useState(false)
  const patternIds = Object.fromEntries(CATEGORIES.map((c) => [c, `${id}-pattern-${c}`])) as Record<Category, string>
  const { months } = timeline
  const first = months[0]?.month
  const last = months[months.length - 1]?.month
  const shown = months.reduce((sum, m) => sum + m.total, 0)
  const notes = [
    timeline.before > 0 && first ? dashboardText.before(timeline.before, monthName(first)) : '',
    timeline.after > 0 && last ? dashboardText.after(timeline.after, monthName(last)) : '',
    timeline.ongoing > 0 ? dashboardText.ongoing(timeline.ongoing) : '',
    timeline.undated > 0 ? dashboardText.undated(timeline.undated) : '',
  ].filter(Boolean)

  return (
    <section className="dashboard-timeline" aria-labelledby={`${id}-heading`}>
      <div className="dashboard-timeline__header">
        <h3 id={`${id}-heading`}>{dashboardText.timelineHeading}</h3>
        {first && (
          <button type="button" className="button button-secondary" aria-pressed={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable(!showTable)}>
            {dashboardText.showTable}
          </button>
        )}
      </div>
      {first && last ? (
        <>
          <ul className="nobullet-list dashboard-legend">
            {CATEGORIES.map((c) => (
              <li key={c}>
                <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 18 18">
                  <rect x="0.5" y="0.5" width="17" height="17" fill={`url(#${patternIds[c]})`} stroke={CATEGORY_STYLE[c].colour} />
                </svg>
                {categoryLabel(c)}
              </li>
            ))}
          </ul>
          <div className="dashboard-chart-frame">
            <TimelineChart timeline={timeline} asOf={asOf} patternIds={patternIds} label={dashboardText.timelineLabel(monthName(first), monthName(last), shown)} />
          </div>
          <div id={`${id}-table`} className={showTable ? 'dashboard-timeline__table' : 'sr-only'}>
            <TimelineTable timeline={timeline} date={date} />
          </div>
        </>
      ) : (
        <p className="dashboard__note">{dashboardText.noDated}</p>
      )}
      {notes.length > 0 && (
        <ul className="dashboard-timeline__notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

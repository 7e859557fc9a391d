/** The overview's header block as in the Bilag: title, committee, case number, meeting date and the a/b/c legend. */
import { CATEGORIES, type Overview } from '../../domain/model'
import { t } from '../../strings'
import { formatDanishDate } from '../../ui/format'
import { lazy, Suspense, useState } from 'react'
import type { OverviewHeaderValues } from './HeaderForm'

const HeaderForm = lazy(() => import('./HeaderForm').then((m) => ({ default: m.HeaderForm })))

interface OverviewHeaderProps {
  overview: Overview
  /** Absent: the header is not editable here (a reader of a shared overview). */
  onSave?: (values: OverviewHeaderValues) => Promise<Record<string, string> | null>
}

export function OverviewHeader({ overview, onSave }: OverviewHeaderProps) {
  const [editing, setEditing] = useState(false)
  const facts = [
    overview.committee && `${t.committee}: ${overview.committee}`,
    overview.caseNumber && `${t.caseNumber}: ${overview.caseNumber}`,
    overview.meetingDate && `${t.meetingDate}: ${formatDanishDate(overview.meetingDate)}`,
  ].filter(Boolean)
  const hasLegend = CATEGORIES.some((c) => overview.legend[c])

  return (
    <header className="overview-header">
      <h1 tabIndex={-1}>{overview.title}</h1>
      {facts.length > 0 && <p className="overview-header__facts">{facts.join(' · ')}</p>}
      {hasLegend && (
        <details className="overview-legend">
          <summary>{t.legendHeading}</summary>
          <dl>
            {CATEGORIES.map((c) => (
              <div key={c} className="overview-legend__item">
                <dt>{c.toLowerCase()}.</dt>
                <dd>{overview.legend[c]}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {overview.notes && <p className="overview-header__notes">{overview.notes}</p>}
      {onSave && (
        <button type="button" className="button button-tertiary" onClick={() => setEditing(true)}>
          {t.editHeader}
        </button>
      )}
      {editing && onSave && (
        <Suspense fallback={null}>
          <HeaderForm
            overview={overview}
            onClose={() => setEditing(false)}
            onSave={async (values) => {
              const issues = await onSave(values)
              if (!issues) setEditing(false)
              return issues
            }}
          />
        </Suspense>
      )}
    </header>
  )
}

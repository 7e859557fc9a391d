/** The Oversigter dialog (see OverviewsButton): the list with open, rename, roll forward and delete, and "Ny tom oversigt". */
import { useId, useState } from 'react'
import type { Overview } from '../../domain/model'
import { OVERVIEW_TITLE_MAX } from '../../domain/limits'
import { meetingsText, t } from '../../strings'
import { fieldErrors } from '../../strings/field-errors'
import { overviewsText as tx } from '../../strings/overviews'
import { Dialog } from '../../ui/Dialog'
import { CharacterCount } from '../../ui/CharacterCount'
import { formatDanishDate } from '../../ui/format'
import type { OverviewsButtonProps } from './OverviewsButton'
import { RollForwardForm } from './RollForwardForm'
import { overviewTitleIssue } from './title-issue'

interface OverviewsDialogProps extends Omit<OverviewsButtonProps, 'onOpenChange'> {
  onClose: () => void
}

export function OverviewsDialog(props: OverviewsDialogProps) {
  const id = useId()
  const [renaming, setRenaming] = useState<{ overview: Overview; title: string; issue?: string | null } | null>(null)
  const [rolling, setRolling] = useState<Overview | null>(null)
  const [rollingUnsaved, setRollingUnsaved] = useState(false)
  const unsaved = (renaming !== null && renaming.title !== renaming.overview.title) || (rolling !== null && rollingUnsaved)
  // Rename and roll forward start afresh the next time: this dialog is unmounted on close.
  const close = props.onClose

  return (
    <Dialog title={meetingsText.overviews} onClose={close} wide unsaved={unsaved}>
      <p>{tx.overviewsHint}</p>
      {rolling ? (
        <RollForwardForm
          overview={rolling}
          onCancel={() => {
            setRolling(null)
            setRollingUnsaved(false)
          }}
          onUnsavedChange={setRollingUnsaved}
          onSubmit={async (title, date) => {
            if (await props.onRollForward(rolling, title, date)) close()
          }}
        />
      ) : (
        <ul className="overviews-list">
          {props.overviews.map((overview) => (
            <li key={overview.id} className="overviews-list__item">
              {renaming?.overview.id === overview.id ? (
                <form
                  className={`overviews-list__rename${renaming.issue ? ' form-error' : ''}`}
                  noValidate
                  onSubmit={async (e) => {
                    e.preventDefault()
                    const issue = overviewTitleIssue(renaming.title)
                    if (issue) {
                      setRenaming({ ...renaming, issue })
                      return document.getElementById(`${id}-rename`)?.focus()
                    }
                    if (await props.onRename(overview, renaming.title.trim())) setRenaming(null)
                  }}
                >
                  <label className="form-label" htmlFor={`${id}-rename`}>{tx.newTitle}</label>
                  {renaming.issue && <span id={`${id}-rename-error`} className="form-error-message">{fieldErrors[renaming.issue]}</span>}
                  <input
                    id={`${id}-rename`}
                    className="form-input"
                    value={renaming.title}
                    aria-invalid={renaming.issue ? true : undefined}
                    aria-describedby={[renaming.issue ? `${id}-rename-error` : '', `${id}-rename-count`].filter(Boolean).join(' ')}
                    onChange={(e) => setRenaming({ ...renaming, title: e.target.value })}
                  />
                  <CharacterCount id={`${id}-rename-count`} length={renaming.title.trim().length} max={OVERVIEW_TITLE_MAX} />
                  <button type="submit" className="button button-primary">{t.save}</button>
                  <button type="button" className="button button-tertiary" onClick={() => setRenaming(null)}>{t.cancel}</button>
                </form>
              ) : (
                <div className="overviews-list__info">
                  <strong>{overview.title}</strong>
                  <span className="overviews-list__meta">
                    {[overview.committee, overview.meetingDate && `${t.meetingDate} ${formatDanishDate(overview.meetingDate)}`, meetingsText.rowsCount(props.rowCounts?.get(overview.id) ?? 0)].filter(Boolean).join(' · ')}
                  </span>
                </div>
              )}
              <div className="overviews-list__actions" role="group" aria-label={overview.title}>
                {overview.id === props.currentId ? (
                  <span className="overviews-list__current">{tx.opened}</span>
                ) : (
                  <button type="button" className="button button-secondary" onClick={() => { props.onOpen(overview.id); close() }}>{tx.open}</button>
                )}
                <button type="button" className="button button-tertiary" onClick={() => setRenaming({ overview, title: overview.title })}>{tx.rename}</button>
                <button type="button" className="button button-tertiary" onClick={() => setRolling(overview)}>{tx.rollForward}</button>
                <button type="button" className="button button-tertiary" onClick={() => props.onDelete(overview)}>{tx.deleteOverview}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="app-dialog__footer">
        <button type="button" className="button button-secondary" onClick={() => { props.onCreate(); close() }}>{t.newOverview}</button>
      </div>
    </Dialog>
  )
}

/**
 * "Oversigter": every overview in this browser — open, rename, roll forward to the
 * next meeting, delete (with Fortryd) — and a new empty one.
 */
import { useId, useState } from 'react'
import type { Overview } from '../../domain/model'
import { meetingsText as tx, t } from '../../strings'
import { Dialog } from '../../ui/Dialog'
import { formatDanishDate } from '../../ui/format'
import { RollForwardForm } from './RollForwardForm'

interface OverviewsButtonProps {
  overviews: Overview[]
  rowCounts: Map<string, number> | undefined
  currentId: string | undefined
  onOpen: (id: string) => void
  onCreate: () => void
  onRename: (overview: Overview, title: string) => Promise<boolean>
  onRollForward: (overview: Overview, title: string, meetingDate: string) => Promise<boolean>
  onDelete: (overview: Overview) => void
  /** Tells the shell when the list is open, so row counts are only queried then. */
  onOpenChange?: (open: boolean) => void
}

export function OverviewsButton(props: OverviewsButtonProps) {
  const id = useId()
  const [open, setOpenState] = useState(false)
  const setOpen = (next: boolean) => {
    setOpenState(next)
    props.onOpenChange?.(next)
  }
  const [renaming, setRenaming] = useState<{ overview: Overview; title: string } | null>(null)
  const [rolling, setRolling] = useState<Overview | null>(null)
  const close = () => {
    setOpen(false)
    setRenaming(null)
    setRolling(null)
  }

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {tx.overviews} ({props.overviews.length})
      </button>
      {open && (
        <Dialog title={tx.overviews} onClose={close} wide>
          <p>{tx.overviewsHint}</p>
          {rolling ? (
            <RollForwardForm
              overview={rolling}
              onCancel={() => setRolling(null)}
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
                      className="overviews-list__rename"
                      onSubmit={async (e) => {
                        e.preventDefault()
                        if (renaming.title.trim() && (await props.onRename(overview, renaming.title.trim()))) setRenaming(null)
                      }}
                    >
                      <label className="form-label" htmlFor={`${id}-rename`}>{tx.newTitle}</label>
                      <input id={`${id}-rename`} className="form-input" value={renaming.title} onChange={(e) => setRenaming({ overview, title: e.target.value })} />
                      <button type="submit" className="button button-primary">{t.save}</button>
                      <button type="button" className="button button-tertiary" onClick={() => setRenaming(null)}>{t.cancel}</button>
                    </form>
                  ) : (
                    <div className="overviews-list__info">
                      <strong>{overview.title}</strong>
                      <span className="overviews-list__meta">
                        {[overview.committee, overview.meetingDate && `${t.meetingDate} ${formatDanishDate(overview.meetingDate)}`, tx.rowsCount(props.rowCounts?.get(overview.id) ?? 0)].filter(Boolean).join(' · ')}
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
            <button type="button" className="button button-tertiary" onClick={close}>{t.close}</button>
          </div>
        </Dialog>
      )}
    </>
  )
}

/**
 * Offered under the Status field when the user changes it: an entry for the status log
 * ("Status ændret fra Ikke påbegyndt til I gang."), dated today, that Gem writes with the
 * row. The text can be edited, and the entry left out with one click (and taken back).
 */
import { useEffect, useId, useRef } from 'react'
import type { StatusLogAction, StatusLogEdit } from '../../domain/status-log-edit'
import { statusLogText as tx } from '../../strings/status-log'
import { formatDanishDate } from '../../ui/format'

export interface StatusChangeNoteProps {
  /** The suggested text, e.g. "Status ændret fra Ikke påbegyndt til I gang." */
  suggested: string
  edit: StatusLogEdit
  /** Today, ISO: the entry's date. */
  today: string
  dispatch: (action: StatusLogAction) => void
}

export function StatusChangeNote({ suggested, edit, today, dispatch }: StatusChangeNoteProps) {
  const id = useId()
  const { leftOut, text } = edit.note
  const textRef = useRef<HTMLTextAreaElement>(null)
  const includeRef = useRef<HTMLButtonElement>(null)
  // The button pressed goes away: focus follows to what replaces it — but not when the note
  // first appears, where focus stays on the Status field the user is changing.
  const toggled = useRef(false)
  useEffect(() => {
    if (!toggled.current) return
    toggled.current = false
    if (leftOut) includeRef.current?.focus()
    else textRef.current?.focus()
  }, [leftOut])
  const toggle = (action: StatusLogAction) => {
    toggled.current = true
    dispatch(action)
  }

  if (leftOut)
    return (
      <p className="status-note status-note--left-out">
        {tx.leftOut}{' '}
        <button ref={includeRef} type="button" className="button button-tertiary button-small" onClick={() => toggle({ type: 'note-include' })}>
          {tx.includeAgain}
        </button>
      </p>
    )
  return (
    <div className="status-note">
      <label className="form-label" htmlFor={`${id}-note`}>{tx.changeNoteLabel}</label>
      <span className="form-hint" id={`${id}-note-hint`}>{tx.changeNoteHint(formatDanishDate(today))}</span>
      <textarea
        ref={textRef}
        id={`${id}-note`}
        className="form-input"
        rows={2}
        value={text ?? suggested}
        aria-describedby={`${id}-note-hint`}
        onChange={(e) => dispatch({ type: 'note-text', text: e.target.value })}
      />
      <button type="button" className="button button-tertiary button-small" onClick={() => toggle({ type: 'note-leave-out' })}>
        {tx.leaveOut}
      </button>
    </div>
  )
}

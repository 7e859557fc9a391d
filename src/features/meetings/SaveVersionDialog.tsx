/** The "Gem version til møde" dialog (see SaveVersionButton): a label, prefilled from the meeting date, and the date. */
import { useId, useState, type FormEvent } from 'react'
import { meetingsText, t } from '../../strings'
import { fieldErrors } from '../../strings/field-errors'
import { versionsText as tx } from '../../strings/versions'
import { Dialog } from '../../ui/Dialog'
import { formatDanishDate } from '../../ui/format'
import type { SaveVersionButtonProps } from './SaveVersionButton'

interface SaveVersionDialogProps extends SaveVersionButtonProps {
  onClose: () => void
}

export function SaveVersionDialog({ meetingDate, onSave, onClose }: SaveVersionDialogProps) {
  const id = useId()
  // Mounted afresh each time it opens, so it always starts from the overview's meeting date.
  const [label, setLabel] = useState(() => (meetingDate ? tx.defaultVersionLabel(formatDanishDate(meetingDate)) : ''))
  const [date, setDate] = useState(meetingDate)
  const [error, setError] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!label.trim()) return setError(true)
    if (await onSave(label.trim(), date)) onClose()
  }

  return (
    <Dialog title={meetingsText.saveVersion} onClose={onClose}>
      <p>{tx.versionsHint}</p>
      <form noValidate onSubmit={submit}>
        <div className={`form-group${error ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-label`}>{tx.versionLabel}</label>
          {error && <span id={`${id}-label-error`} className="form-error-message">{fieldErrors.required}</span>}
          <input id={`${id}-label`} className="form-input" value={label} aria-invalid={error || undefined} aria-describedby={error ? `${id}-label-error` : undefined} onChange={(e) => setLabel(e.target.value)} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-date`}>{tx.versionMeetingDate}</label>
          <input id={`${id}-date`} className="form-input form-input--date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="app-dialog__footer">
          <button type="submit" className="button button-primary">{t.save}</button>
          <button type="button" className="button button-secondary" onClick={onClose}>{t.cancel}</button>
        </div>
      </form>
    </Dialog>
  )
}

/** "Gem version til møde": freezes the overview as it stands, with a label and the meeting date. */
import { useId, useState, type FormEvent } from 'react'
import { fieldErrors, meetingsText as tx, t } from '../../strings'
import { Dialog } from '../../ui/Dialog'
import { formatDanishDate } from '../../ui/format'

interface SaveVersionButtonProps {
  meetingDate: string
  onSave: (label: string, meetingDate: string) => Promise<boolean>
}

export function SaveVersionButton({ meetingDate, onSave }: SaveVersionButtonProps) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [label, setLabel] = useState('')
  const [date, setDate] = useState(meetingDate)
  const [error, setError] = useState(false)

  function start() {
    setDate(meetingDate)
    setLabel(meetingDate ? tx.defaultVersionLabel(formatDanishDate(meetingDate)) : '')
    setError(false)
    setOpen(true)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!label.trim()) return setError(true)
    if (await onSave(label.trim(), date)) setOpen(false)
  }

  return (
    <>
      <button type="button" className="button button-secondary" onClick={start}>
        {tx.saveVersion}
      </button>
      {open && (
        <Dialog title={tx.saveVersion} onClose={() => setOpen(false)}>
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
              <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>{t.cancel}</button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  )
}

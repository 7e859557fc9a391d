/** Title and meeting date for the copy of an overview that goes to the next meeting. */
import { useId, useState, type FormEvent } from 'react'
import type { Overview } from '../../domain/model'
import { t } from '../../strings'
import { fieldErrors } from '../../strings/field-errors'
import { overviewsText as tx } from '../../strings/overviews'

interface RollForwardFormProps {
  overview: Overview
  onSubmit: (title: string, meetingDate: string) => void
  onCancel: () => void
}

export function RollForwardForm({ overview, onSubmit, onCancel }: RollForwardFormProps) {
  const id = useId()
  const [title, setTitle] = useState(overview.title)
  const [date, setDate] = useState('')
  const [error, setError] = useState(false)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!title.trim()) return setError(true)
    onSubmit(title.trim(), date)
  }

  return (
    <form noValidate onSubmit={submit} aria-label={tx.rollForward}>
      <h3 className="h4">{tx.rollForward}: {overview.title}</h3>
      <p>{tx.rollForwardHint}</p>
      <div className={`form-group${error ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${id}-title`}>{tx.rollForwardTitle}</label>
        {error && <span className="form-error-message" id={`${id}-title-error`}>{fieldErrors.required}</span>}
        <input id={`${id}-title`} className="form-input" value={title} aria-invalid={error || undefined} aria-describedby={error ? `${id}-title-error` : undefined} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-date`}>{tx.rollForwardDate}</label>
        <input id={`${id}-date`} className="form-input form-input--date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="app-dialog__footer">
        <button type="submit" className="button button-primary">{tx.rollForward}</button>
        <button type="button" className="button button-secondary" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  )
}

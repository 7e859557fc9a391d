/**
 * "Tilføj opdatering": date, text and author of a new entry. Adding puts it in the log as
 * pending; what is typed here and not added is saved by the dialog's Gem as well.
 */
import { useId, useState, type FormEvent } from 'react'
import { normaliseDateEntry } from '../../domain/date-entry'
import { readTyped, type StatusLogAction, type StatusLogEdit } from '../../domain/status-log-edit'
import { fieldErrors } from '../../strings/field-errors'
import { statusLogText as tx } from '../../strings/status-log'
import { DateField } from '../../ui/DateField'

export function AddStatusForm({ edit, dispatch }: { edit: StatusLogEdit; dispatch: (action: StatusLogAction) => void }) {
  const id = useId()
  const { typed, issues } = edit
  const [announcement, setAnnouncement] = useState('')
  const type = (patch: Partial<typeof typed>) => dispatch({ type: 'type', patch })

  function submit(event: FormEvent) {
    event.preventDefault()
    const read = readTyped(typed, true)
    dispatch({ type: 'add' })
    setAnnouncement(read.ok ? tx.addedPending : '')
    if (!read.ok) document.getElementById(read.issues.date ? `${id}-date` : `${id}-text`)?.focus()
  }

  return (
    <form className="status-log__form" noValidate onSubmit={submit} aria-label={tx.addStatus}>
      <DateField
        id={`${id}-date`}
        label={tx.statusDate}
        value={typed.date}
        onChange={(date) => type({ date })}
        normalize={normaliseDateEntry}
        invalid={Boolean(issues.date)}
      />
      <div className={`form-group${issues.text ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${id}-text`}>{tx.statusText}</label>
        {issues.text && <span className="form-error-message" id={`${id}-text-error`}>{fieldErrors.required}</span>}
        <textarea
          id={`${id}-text`}
          className="form-input"
          rows={2}
          value={typed.text}
          aria-invalid={issues.text ? true : undefined}
          aria-describedby={issues.text ? `${id}-text-error` : undefined}
          onChange={(e) => type({ text: e.target.value })}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-author`}>{tx.statusAuthor}</label>
        <input id={`${id}-author`} className="form-input" value={typed.author} onChange={(e) => type({ author: e.target.value })} />
      </div>
      <button type="submit" className="button button-secondary">{tx.addStatus}</button>
      <p className="status-log__announcement" role="status">{announcement}</p>
    </form>
  )
}

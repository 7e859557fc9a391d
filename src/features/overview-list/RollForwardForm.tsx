/** Title and meeting date for the copy of an overview that goes to the next meeting. */
import { useId, useState, type FormEvent } from 'react'
import type { Overview } from '../../domain/model'
import { normaliseDateEntry, parseDateEntry } from '../../domain/date-entry'
import { OVERVIEW_TITLE_MAX } from '../../domain/limits'
import { t } from '../../strings'
import { fieldErrors } from '../../strings/field-errors'
import { overviewsText as tx } from '../../strings/overviews'
import { DateField } from '../../ui/DateField'
import { CharacterCount } from '../../ui/CharacterCount'
import { overviewTitleIssue } from './title-issue'

interface RollForwardFormProps {
  overview: Overview
  onSubmit: (title: string, meetingDate: string) => void
  onCancel: () => void
  /** Told whether the form holds typing that closing the dialog would lose. */
  onUnsavedChange?: (unsaved: boolean) => void
}

export function RollForwardForm({ overview, onSubmit, onCancel, onUnsavedChange }: RollForwardFormProps) {
  const id = useId()
  const [title, setTitle] = useState(overview.title)
  const [date, setDate] = useState('')
  const [issues, setIssues] = useState<{ title?: string | null; date?: boolean }>({})
  const change = (next: { title?: string; date?: string }) => {
    const nextTitle = next.title ?? title
    const nextDate = next.date ?? date
    if (next.title !== undefined) setTitle(nextTitle)
    if (next.date !== undefined) setDate(nextDate)
    onUnsavedChange?.(nextTitle !== overview.title || nextDate !== '')
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const read = parseDateEntry(date)
    const found = { title: overviewTitleIssue(title), date: !read.ok }
    setIssues(found)
    if (found.title) return document.getElementById(`${id}-title`)?.focus()
    if (!read.ok) return document.getElementById(`${id}-date`)?.focus()
    onSubmit(title.trim(), read.value)
  }

  return (
    <form noValidate onSubmit={submit} aria-label={tx.rollForward}>
      <h3 className="h4">{tx.rollForward}: {overview.title}</h3>
      <p>{tx.rollForwardHint}</p>
      <div className={`form-group${issues.title ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${id}-title`}>{tx.rollForwardTitle}</label>
        {issues.title && <span className="form-error-message" id={`${id}-title-error`}>{fieldErrors[issues.title]}</span>}
        <input
          id={`${id}-title`}
          className="form-input"
          value={title}
          aria-invalid={issues.title ? true : undefined}
          aria-describedby={[issues.title ? `${id}-title-error` : '', `${id}-title-count`].filter(Boolean).join(' ')}
          onChange={(e) => change({ title: e.target.value })}
        />
        <CharacterCount id={`${id}-title-count`} length={title.trim().length} max={OVERVIEW_TITLE_MAX} />
      </div>
      <DateField id={`${id}-date`} label={tx.rollForwardDate} value={date} onChange={(next) => change({ date: next })} normalize={normaliseDateEntry} invalid={Boolean(issues.date)} />
      <div className="app-dialog__footer">
        <button type="submit" className="button button-primary">{tx.rollForward}</button>
        <button type="button" className="button button-secondary" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  )
}

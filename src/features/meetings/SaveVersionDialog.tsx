/** The "Gem version til møde" dialog (see SaveVersionButton): a label, prefilled from the meeting date, and the date. */
import { useId, useState, type FormEvent } from 'react'
import { formatDateEntry, normaliseDateEntry, parseDateEntry } from '../../domain/date-entry'
import { meetingsText, t } from '../../strings'
import { fieldErrors } from '../../strings/field-errors'
import { versionsText as tx } from '../../strings/versions'
import { Dialog } from '../../ui/Dialog'
import { DateField } from '../../ui/DateField'
import { formatDanishDate } from '../../ui/format'
import type { SaveVersionButtonProps } from './SaveVersionButton'

interface SaveVersionDialogProps extends SaveVersionButtonProps {
  onClose: () => void
}

export function SaveVersionDialog({ meetingDate, onSave, onClose }: SaveVersionDialogProps) {
  const id = useId()
  // Mounted afresh each time it opens, so it always starts from the overview's meeting date.
  const [opened] = useState(() => ({ label: meetingDate ? tx.defaultVersionLabel(formatDanishDate(meetingDate)) : '', date: formatDateEntry(meetingDate) }))
  const [label, setLabel] = useState(opened.label)
  const [date, setDate] = useState(opened.date)
  const [issues, setIssues] = useState<{ label?: boolean; date?: boolean }>({})
  const unsaved = label !== opened.label || date !== opened.date

  async function submit(event: FormEvent) {
    event.preventDefault()
    const read = parseDateEntry(date)
    const found = { label: !label.trim(), date: !read.ok }
    setIssues(found)
    if (found.label) return document.getElementById(`${id}-label`)?.focus()
    if (!read.ok) return document.getElementById(`${id}-date`)?.focus()
    if (await onSave(label.trim(), read.value)) onClose()
  }

  return (
    <Dialog title={meetingsText.saveVersion} onClose={onClose} unsaved={unsaved}>
      <p>{tx.versionsHint}</p>
      <form noValidate onSubmit={submit}>
        <div className={`form-group${issues.label ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-label`}>{tx.versionLabel}</label>
          {issues.label && <span id={`${id}-label-error`} className="form-error-message">{fieldErrors.required}</span>}
          <input id={`${id}-label`} className="form-input" value={label} aria-invalid={issues.label || undefined} aria-describedby={issues.label ? `${id}-label-error` : undefined} onChange={(e) => setLabel(e.target.value)} />
        </div>
        <DateField id={`${id}-date`} label={tx.versionMeetingDate} value={date} onChange={setDate} normalize={normaliseDateEntry} invalid={Boolean(issues.date)} />
        <div className="app-dialog__footer">
          <button type="submit" className="button button-primary">{t.save}</button>
          <button type="button" className="button button-secondary" onClick={onClose}>{t.cancel}</button>
        </div>
      </form>
    </Dialog>
  )
}

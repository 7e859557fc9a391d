/** Edits the header block: title, udvalg, sagsnr., mødedato, the a/b/c legend and the overview's notes. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { CATEGORIES, type Overview } from '../../domain/model'
import { overviewSchema } from '../../domain/schemas'
import { formatDateEntry, normaliseDateEntry, parseDateEntry } from '../../domain/date-entry'
import { OVERVIEW_TITLE_MAX } from '../../domain/limits'
import { fieldErrors, t } from '../../strings'
import { Dialog } from '../../ui/Dialog'
import { DateField } from '../../ui/DateField'
import { CharacterCount } from '../../ui/CharacterCount'

export type OverviewHeaderValues = Pick<Overview, 'title' | 'committee' | 'caseNumber' | 'meetingDate' | 'legend'> & { notes: string }

interface HeaderFormProps {
  overview: Overview
  onSave: (values: OverviewHeaderValues) => Promise<Record<string, string> | null>
  onClose: () => void
}

/** The header as the form holds it: the meeting date as typed. */
const valuesOf = (overview: Overview): OverviewHeaderValues => ({
  title: overview.title,
  committee: overview.committee,
  caseNumber: overview.caseNumber,
  meetingDate: formatDateEntry(overview.meetingDate),
  legend: { ...overview.legend },
  notes: overview.notes ?? '',
})

/** Schema codes as the form words them: an overlong title gets the limit in its message. */
function issuesOf(issues: { field: string; code: string }[]): Record<string, string> {
  const found: Record<string, string> = {}
  for (const { field, code } of issues) found[field] ??= field === 'title' && code === 'too-long' ? 'overview-title-too-long' : code
  return found
}

export function HeaderForm({ overview, onSave, onClose }: HeaderFormProps) {
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [opened] = useState(() => valuesOf(overview))
  const [values, setValues] = useState<OverviewHeaderValues>(opened)
  const [issues, setIssues] = useState<Record<string, string>>({})
  const [refused, setRefused] = useState(0)
  const unsaved = JSON.stringify(values) !== JSON.stringify(opened)

  useEffect(() => {
    if (refused) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [refused])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const date = parseDateEntry(values.meetingDate)
    const header = { ...values, meetingDate: date.ok ? date.value : '' }
    const parsed = overviewSchema.safeParse({ ...overview, ...header })
    const local = parsed.success ? {} : issuesOf(parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), code: issue.message.includes(' ') ? 'required' : issue.message })))
    if (!date.ok) local.meetingDate = 'date'
    if (Object.keys(local).length) {
      setIssues(local)
      return setRefused((n) => n + 1)
    }
    const saved = await onSave(header)
    setIssues(saved ? issuesOf(Object.entries(saved).map(([field, code]) => ({ field, code }))) : {})
  }

  const message = (name: string) => (issues[name] ? (fieldErrors[issues[name]] ?? fieldErrors.required) : null)
  const text = (name: 'title' | 'committee' | 'caseNumber', label: string) => {
    const counted = name === 'title'
    const describedBy = [issues[name] ? `${id}-${name}-error` : '', counted ? `${id}-title-count` : ''].filter(Boolean).join(' ') || undefined
    return (
      <div className={`form-group${issues[name] ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${id}-${name}`}>{label}</label>
        {issues[name] && <span id={`${id}-${name}-error`} className="form-error-message">{message(name)}</span>}
        <input
          id={`${id}-${name}`}
          className="form-input"
          aria-invalid={issues[name] ? true : undefined}
          aria-describedby={describedBy}
          value={values[name]}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
        {counted && <CharacterCount id={`${id}-title-count`} length={values.title.trim().length} max={OVERVIEW_TITLE_MAX} />}
      </div>
    )
  }

  return (
    <Dialog title={t.editHeader} onClose={onClose} wide unsaved={unsaved}>
      <form ref={formRef} noValidate onSubmit={submit}>
        {text('title', t.overviewTitle)}
        {text('committee', t.committee)}
        {text('caseNumber', t.caseNumber)}
        <DateField
          id={`${id}-meetingDate`}
          label={t.meetingDate}
          value={values.meetingDate}
          onChange={(meetingDate) => setValues({ ...values, meetingDate })}
          normalize={normaliseDateEntry}
          invalid={Boolean(issues.meetingDate)}
        />
        {CATEGORIES.map((c) => (
          <div key={c} className="form-group">
            <label className="form-label" htmlFor={`${id}-legend-${c}`}>{t.legend(c)}</label>
            <textarea
              id={`${id}-legend-${c}`}
              className="form-input"
              rows={2}
              value={values.legend[c]}
              onChange={(e) => setValues({ ...values, legend: { ...values.legend, [c]: e.target.value } })}
            />
          </div>
        ))}
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-notes`}>{t.overviewNotes}</label>
          <textarea id={`${id}-notes`} className="form-input" rows={3} value={values.notes} onChange={(e) => setValues({ ...values, notes: e.target.value })} />
        </div>
        <div className="app-dialog__footer">
          <button type="submit" className="button button-primary">{t.save}</button>
          <button type="button" className="button button-secondary" onClick={onClose}>{t.cancel}</button>
        </div>
      </form>
    </Dialog>
  )
}

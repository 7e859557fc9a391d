/** Edits the header block: title, udvalg, sagsnr., mødedato and the a/b/c legend. */
import { useId, useState, type FormEvent } from 'react'
import { CATEGORIES, type Overview } from '../../domain/model'
import { overviewSchema } from '../../domain/schemas'
import { fieldErrors, t } from '../../strings'
import { Dialog } from '../../ui/Dialog'

export type OverviewHeaderValues = Pick<Overview, 'title' | 'committee' | 'caseNumber' | 'meetingDate' | 'legend'>

interface HeaderFormProps {
  overview: Overview
  onSave: (values: OverviewHeaderValues) => Promise<Record<string, string> | null>
  onClose: () => void
}

export function HeaderForm({ overview, onSave, onClose }: HeaderFormProps) {
  const id = useId()
  const [values, setValues] = useState<OverviewHeaderValues>(() => ({
    title: overview.title,
    committee: overview.committee,
    caseNumber: overview.caseNumber,
    meetingDate: overview.meetingDate,
    legend: { ...overview.legend },
  }))
  const [issues, setIssues] = useState<Record<string, string>>({})

  async function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = overviewSchema.safeParse({ ...overview, ...values })
    if (!parsed.success) {
      const local: Record<string, string> = {}
      for (const issue of parsed.error.issues) local[String(issue.path[0])] ??= issue.message.includes(' ') ? 'required' : issue.message
      setIssues(local)
      return
    }
    setIssues((await onSave(values)) ?? {})
  }

  const text = (name: 'title' | 'committee' | 'caseNumber', label: string) => (
    <div className={`form-group${issues[name] ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={`${id}-${name}`}>{label}</label>
      {issues[name] && <span id={`${id}-${name}-error`} className="form-error-message">{fieldErrors[issues[name]] ?? fieldErrors.required}</span>}
      <input
        id={`${id}-${name}`}
        className="form-input"
        aria-invalid={issues[name] ? true : undefined}
        aria-describedby={issues[name] ? `${id}-${name}-error` : undefined}
        value={values[name]}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      />
    </div>
  )

  return (
    <Dialog title={t.editHeader} onClose={onClose} wide>
      <form noValidate onSubmit={submit}>
        {text('title', t.overviewTitle)}
        {text('committee', t.committee)}
        {text('caseNumber', t.caseNumber)}
        <div className={`form-group${issues.meetingDate ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-meetingDate`}>{t.meetingDate}</label>
          {issues.meetingDate && <span className="form-error-message">{fieldErrors.date}</span>}
          <input id={`${id}-meetingDate`} className="form-input form-input--date" type="date" value={values.meetingDate} onChange={(e) => setValues({ ...values, meetingDate: e.target.value })} />
        </div>
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
        <div className="app-dialog__footer">
          <button type="submit" className="button button-primary">{t.save}</button>
          <button type="button" className="button button-secondary" onClick={onClose}>{t.cancel}</button>
        </div>
      </form>
    </Dialog>
  )
}

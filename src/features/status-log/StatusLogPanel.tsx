/**
 * The status log of one indsats, shown in its detail (the Rediger dialog): dated
 * entries, newest first, and a small form to add one ("Status – januar 2024: …").
 * Loaded on first use (see StatusLog).
 */
import { useId, useState, type FormEvent } from 'react'
import type { StatusEntry } from '../../domain/model'
import { fieldErrors } from '../../strings/field-errors'
import { statusLogText as tx } from '../../strings/status-log'
import { formatDanishDate } from '../../ui/format'

export interface StatusLogProps {
  entries: StatusEntry[] | undefined
  today: string
  onAdd: (entry: Pick<StatusEntry, 'date' | 'text' | 'author'>) => Promise<boolean>
  onRemove: (entry: StatusEntry) => void
}

export function StatusLogPanel({ entries, today, onAdd, onRemove }: StatusLogProps) {
  const id = useId()
  const [date, setDate] = useState(today)
  const [text, setText] = useState('')
  const [author, setAuthor] = useState('')
  const [error, setError] = useState<'text' | 'date' | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('date')
    if (!text.trim()) return setError('text')
    setError(null)
    if (await onAdd({ date, text: text.trim(), author: author.trim() })) setText('')
  }

  return (
    // No aria-labelledby: a region named "Statuslog" would also answer to the form's label "Status".
    <section className="status-log">
      <h3 className="h4">{tx.statusLog}</h3>
      <p className="form-hint">{tx.statusLogHint}</p>
      {entries && entries.length === 0 && <p>{tx.noStatus}</p>}
      {entries && entries.length > 0 && (
        <ol className="status-log__list">
          {entries.map((entry) => (
            <li key={entry.id} className="status-log__entry">
              <p className="status-log__meta">
                <strong>{formatDanishDate(entry.date)}</strong>
                {entry.author && ` · ${entry.author}`}
              </p>
              <p className="status-log__text">{entry.text}</p>
              <button type="button" className="button button-tertiary button-small" aria-label={`${tx.removeStatus} fra ${formatDanishDate(entry.date)}`} onClick={() => onRemove(entry)}>
                {tx.removeStatus}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="status-log__form" noValidate onSubmit={submit} aria-label={tx.addStatus}>
        <div className={`form-group${error === 'date' ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-date`}>{tx.statusDate}</label>
          {error === 'date' && <span className="form-error-message" id={`${id}-date-error`}>{fieldErrors.date}</span>}
          <input id={`${id}-date`} className="form-input form-input--date" type="date" value={date} aria-describedby={error === 'date' ? `${id}-date-error` : undefined} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className={`form-group${error === 'text' ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-text`}>{tx.statusText}</label>
          {error === 'text' && <span className="form-error-message" id={`${id}-text-error`}>{fieldErrors.required}</span>}
          <textarea id={`${id}-text`} className="form-input" rows={2} value={text} aria-invalid={error === 'text' || undefined} aria-describedby={error === 'text' ? `${id}-text-error` : undefined} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-author`}>{tx.statusAuthor}</label>
          <input id={`${id}-author`} className="form-input" value={author} onChange={(e) => setAuthor(e.target.value)} />
        </div>
        <button type="submit" className="button button-secondary">{tx.addStatus}</button>
      </form>
    </section>
  )
}

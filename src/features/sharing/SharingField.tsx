/** One labelled text field of the sharing dialogs, with its hint. */
import type { InputHTMLAttributes } from 'react'

interface SharingFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  id: string
  label: string
  hint: string
  onChange: (value: string) => void
}

export function SharingField({ id, label, hint, onChange, ...input }: SharingFieldProps) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <span id={`${id}-hint`} className="form-hint">
        {hint}
      </span>
      <input id={id} className="form-input" aria-describedby={`${id}-hint`} autoComplete="off" spellCheck={false} onChange={(e) => onChange(e.target.value)} {...input} />
    </div>
  )
}

export function ProblemAlert({ text }: { text: string | null }) {
  if (!text) return null
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-text">{text}</p>
    </div>
  )
}

/**
 * A date field that people can type into the way they write dates: a plain text input,
 * wide enough for the whole date, with the format under its label ("dd.mm.åååå") and, when
 * the text is not a date, "Skriv en gyldig dato som dd.mm.åååå." beside it. The browser's own date input is not used: it reports '' for a
 * half-typed date, which a form would then silently drop.
 *
 * The field holds the text as typed (`value`); reading it is the owner's business
 * (parseDateEntry in src/domain/date-entry), so the first screen's Opgjort pr. field does
 * not load the date parser with the first paint.
 */
import type { KeyboardEvent, ReactNode } from 'react'
import { dateFieldText } from '../strings/date-field'
import './fields.css'

interface DateFieldProps {
  /** The input's id; the hint and the error message get ids derived from it. */
  id: string
  label: string
  /** The text as typed. */
  value: string
  onChange: (text: string) => void
  /** The text is not a date (or a required one is missing): the field says so beside it, in the one sentence every date field uses. */
  invalid?: boolean
  /** Words before the format hint, e.g. "Valgfri." */
  hint?: string
  /** More ids that describe the input (e.g. a live reading of the date). */
  describedBy?: string
  /** Tidies the text when the field loses focus (e.g. "20. januar 2021" → "20.01.2021"). */
  normalize?: (text: string) => string
  onBlur?: () => void
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void
  /** Shown on the input's line, after it (e.g. buttons that set the date). */
  after?: ReactNode
  className?: string
}

export function DateField({ id, label, value, onChange, invalid = false, hint, describedBy, normalize, onBlur, onKeyDown, after, className }: DateFieldProps) {
  const describers = [invalid ? `${id}-error` : '', hint ? `${id}-hint` : '', `${id}-format`, describedBy ?? ''].filter(Boolean).join(' ')
  const input = (
    <input
      id={id}
      type="text"
      className="form-input date-field__input"
      autoComplete="off"
      spellCheck={false}
      value={value}
      aria-invalid={invalid || undefined}
      aria-describedby={describers}
      onChange={(event) => onChange(event.target.value)}
      onBlur={() => {
        const tidied = normalize?.(value)
        if (tidied !== undefined && tidied !== value) onChange(tidied)
        onBlur?.()
      }}
      onKeyDown={onKeyDown}
    />
  )
  return (
    <div className={`form-group date-field${invalid ? ' form-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="form-hint">
          {hint}
        </span>
      )}
      <span id={`${id}-format`} className="form-hint date-field__format">
        {dateFieldText.hint}
      </span>
      {invalid && (
        <span id={`${id}-error`} className="form-error-message">
          {dateFieldText.invalid}
        </span>
      )}
      {after ? (
        <div className="date-field__row">
          {input}
          {after}
        </div>
      ) : (
        input
      )}
    </div>
  )
}

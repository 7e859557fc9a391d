/**
 * The row form's input for each column kind. The form (./InitiativeForm) walks the column
 * registry (src/domain/columns) and gives every editable column the editor of its kind, with
 * the label, help text, length limit and `required` of its `form` entry — so a new built-in
 * column, or an overview's extra column, is a field without any code here. The map is keyed
 * by every kind: a kind added without a decision here (an editor, or null: never edited) does
 * not compile.
 */
import type { ReactNode } from 'react'
import { STATUSES } from '../../domain/model'
import type { ColumnKind, ColumnSpec, FormSpec } from '../../domain/columns'
import { normaliseDateEntry } from '../../domain/date-entry'
import { statusLabels } from '../../strings'
import { CharacterCount } from '../../ui/CharacterCount'
import { DateField } from '../../ui/DateField'
import { categoryChoices } from './category-choices'
import type { FormCategory } from './validate-draft'

export interface FieldEditorProps {
  /** The input's id; its message is `<id>-error`, its counter `<id>-count`. */
  id: string
  spec: ColumnSpec
  form: FormSpec
  /** The value as typed. */
  value: string
  onChange: (text: string) => void
  /** The field's Danish message, or null. */
  error: string | null
  /** More ids that describe the input (the reading under a deadline text). */
  describedBy?: string | undefined
  /** Values offered as the user types (the overview's areas). */
  suggestions?: readonly string[] | undefined
  /** Shown under the input, inside the field (the reading of a deadline; the status-log note). */
  below?: ReactNode
}

export type FieldEditor = (props: FieldEditorProps) => ReactNode

const labelOf = (props: FieldEditorProps) => props.form.label ?? props.spec.label

/** The attributes every input gets: its message and counter read with it, and whether it must be filled. */
function inputProps(props: FieldEditorProps) {
  const { id, error, form, describedBy } = props
  const describers = [error ? `${id}-error` : '', form.hint ? `${id}-hint` : '', form.maxLength !== undefined ? `${id}-count` : '', describedBy ?? ''].filter(Boolean)
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describers.join(' ') || undefined,
    'aria-required': form.required || undefined,
  }
}

/** Label, help text and message above the input; the counter and what belongs below it under. */
function Field({ props, children }: { props: FieldEditorProps; children: ReactNode }) {
  const { id, error, form, value, below } = props
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {labelOf(props)}
      </label>
      {form.hint && (
        <span id={`${id}-hint`} className="form-hint">
          {form.hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="form-error-message">
          {error}
        </span>
      )}
      {children}
      {form.maxLength !== undefined && <CharacterCount id={`${id}-count`} length={value.trim().length} max={form.maxLength} />}
      {below}
    </div>
  )
}

function Line(props: FieldEditorProps & { inputMode?: 'decimal' }) {
  const { id, value, onChange, suggestions, inputMode } = props
  return (
    <Field props={props}>
      <input {...inputProps(props)} className={`form-input${inputMode ? ' input-width-s' : ''}`} inputMode={inputMode} list={suggestions ? `${id}-suggestions` : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
      {suggestions && <datalist id={`${id}-suggestions`}>{suggestions.map((s) => <option key={s} value={s} />)}</datalist>}
    </Field>
  )
}

function Block(props: FieldEditorProps) {
  return (
    <Field props={props}>
      <textarea {...inputProps(props)} className="form-input" rows={props.form.rows ?? 3} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </Field>
  )
}

function Choice(props: FieldEditorProps & { choices: readonly { value: string; label: string }[] }) {
  return (
    <Field props={props}>
      <select {...inputProps(props)} className="form-select" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.choices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
      </select>
    </Field>
  )
}

function DateEditor(props: FieldEditorProps) {
  // The date field has its own label, hint and the one sentence every date field uses.
  return (
    <>
      <DateField id={props.id} label={labelOf(props)} hint={props.form.hint} value={props.value} onChange={props.onChange} normalize={normaliseDateEntry} invalid={Boolean(props.error)} describedBy={props.describedBy} />
      {props.below}
    </>
  )
}

const STATUS_CHOICES = STATUSES.map((status) => ({ value: status, label: statusLabels[status] }))

export const FIELD_EDITORS: Record<ColumnKind, FieldEditor | null> = {
  'short-text': (props) => <Line {...props} />,
  'long-text': (props) => <Block {...props} />,
  'deadline-text': (props) => <Line {...props} />,
  number: (props) => <Line {...props} inputMode="decimal" />,
  date: (props) => <DateEditor {...props} />,
  // "Vælg kategori" only while nothing is chosen (./category-choices).
  category: (props) => <Choice {...props} choices={categoryChoices(props.value as FormCategory)} />,
  status: (props) => <Choice {...props} choices={STATUS_CHOICES} />,
  // Derived, never typed.
  deadline: null,
  'latest-status': null,
  flag: null,
}

/**
 * The row form's fields for the overview's own extra columns, one editor per type (the
 * registry makes each column's kind from its type: src/domain/columns/registry.ts). A
 * number is typed the Danish way ("12.500,5"), a date as dd.mm.åååå; what cannot be read
 * gets one Danish sentence beside the field, and nothing is saved until it is right.
 */
import type { ReactNode } from 'react'
import type { ExtraColumn, ExtraColumnType } from '../../domain/columns'
import { normaliseDateEntry } from '../../domain/date-entry'
import { fieldErrors } from '../../strings'
import { DateField } from '../../ui/DateField'

interface EditorProps {
  id: string
  column: ExtraColumn
  value: string
  issue: string | undefined
  onChange: (text: string) => void
}

function TextInput({ id, column, value, issue, onChange, inputMode }: EditorProps & { inputMode?: 'decimal' }) {
  return (
    <div className={`form-group${issue ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {column.name}
      </label>
      {issue && (
        <span id={`${id}-error`} className="form-error-message">
          {fieldErrors[issue] ?? fieldErrors.required}
        </span>
      )}
      <input
        id={id}
        className={`form-input${inputMode ? ' input-width-s' : ''}`}
        inputMode={inputMode}
        value={value}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  )
}

/** One editor per extra column type: a type without one does not compile. */
const EDITORS: Record<ExtraColumnType, (props: EditorProps) => ReactNode> = {
  text: (props) => <TextInput {...props} />,
  number: (props) => <TextInput {...props} inputMode="decimal" />,
  date: ({ id, column, value, issue, onChange }) => <DateField id={id} label={column.name} value={value} onChange={onChange} normalize={normaliseDateEntry} invalid={Boolean(issue)} />,
}

interface ExtraFieldsProps {
  idPrefix: string
  columns: readonly ExtraColumn[]
  values: Record<string, string>
  issues: Partial<Record<string, string>>
  onChange: (columnId: string, text: string) => void
}

export function ExtraFields({ idPrefix, columns, values, issues, onChange }: ExtraFieldsProps) {
  return (
    <>
      {columns.map((column) => {
        const Editor = EDITORS[column.type]
        return <Editor key={column.id} id={`${idPrefix}-extra-${column.id}`} column={column} value={values[column.id] ?? ''} issue={issues[`extra:${column.id}`]} onChange={(text) => onChange(column.id, text)} />
      })}
    </>
  )
}

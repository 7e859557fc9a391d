/** Tilføj kolonne (Navn, Type Tekst/Tal/Dato) and Omdøb: one small form in a dialog. Loaded on first use. */
import { useId, useState, type FormEvent } from 'react'
import { EXTRA_COLUMN_TYPES, type ExtraColumn, type ExtraColumnType } from '../../domain/columns'
import { columnErrors, columnsText as tx, columnTypeLabels, type ColumnErrorCode } from '../../strings/columns'
import { Dialog } from '../../ui/Dialog'

interface ExtraColumnDialogProps {
  /** The column to rename; without one, a new column is added. */
  column?: ExtraColumn
  /** Resolves to a code when the name cannot be used (nothing is written then), or null when done. */
  onSubmit: (name: string, type: ExtraColumnType) => Promise<ColumnErrorCode | 'failed' | null>
  onClose: () => void
}

export default function ExtraColumnDialog({ column, onSubmit, onClose }: ExtraColumnDialogProps) {
  const id = useId()
  const [name, setName] = useState(column?.name ?? '')
  const [type, setType] = useState<ExtraColumnType>(column?.type ?? 'text')
  const [issue, setIssue] = useState<ColumnErrorCode | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    const result = await onSubmit(name, type)
    setSaving(false)
    if (result === null) return onClose()
    if (result !== 'failed') {
      setIssue(result)
      document.getElementById(`${id}-name`)?.focus()
    }
  }

  return (
    <Dialog title={column ? tx.renameTitle(column.name) : tx.addTitle} onClose={onClose} unsaved={name !== (column?.name ?? '')}>
      <form noValidate onSubmit={submit}>
        <div className={`form-group${issue ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-name`}>
            {tx.name}
          </label>
          <span id={`${id}-hint`} className="form-hint">
            {tx.nameHint}
          </span>
          {issue && (
            <span id={`${id}-error`} className="form-error-message">
              {columnErrors[issue]}
            </span>
          )}
          <input
            id={`${id}-name`}
            className="form-input"
            value={name}
            aria-invalid={issue ? true : undefined}
            aria-describedby={[issue ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ')}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        {!column && (
          <fieldset className="form-group">
            <legend className="form-label">{tx.type}</legend>
            {EXTRA_COLUMN_TYPES.map((value) => (
              <div key={value} className="form-group-radio">
                <input id={`${id}-type-${value}`} className="form-radio" type="radio" name={`${id}-type`} value={value} checked={type === value} onChange={() => setType(value)} />
                <label htmlFor={`${id}-type-${value}`}>{columnTypeLabels[value]}</label>
              </div>
            ))}
          </fieldset>
        )}
        <div className="app-dialog__footer">
          <button type="submit" className="button button-primary" disabled={saving}>
            {column ? tx.rename : tx.add}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {tx.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

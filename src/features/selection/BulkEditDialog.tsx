/**
 * One bulk action's dialog (see SelectionBar): a choice (Kategori, Status) or a typed value
 * (Ansvarlig, Indsatsområde, with the overview's existing values offered), for every chosen row.
 */
import { useId, useState, type FormEvent } from 'react'
import type { BulkField, BulkPatch } from '../../domain/bulk-edit'
import { t } from '../../strings'
import { bulkDialogText as tx } from '../../strings/selection-dialog'
import { Dialog } from '../../ui/Dialog'
import { CHOICES } from './choices'

interface BulkEditDialogProps {
  field: BulkField
  title: string
  count: number
  hidden: number
  suggestions: readonly string[]
  onApply: (patch: BulkPatch) => Promise<string | null>
  onClose: () => void
}

const LABELS: Record<BulkField, string> = { category: tx.categoryLegend, status: tx.statusLegend, owner: tx.ownerLabel, area: tx.areaLabel }

export function BulkEditDialog({ field, title, count, hidden, suggestions, onApply, onClose }: BulkEditDialogProps) {
  const id = useId()
  const choices = CHOICES[field] as readonly { key: string; value: unknown; label: string }[] | undefined
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [working, setWorking] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (choices && !value) return setError(tx.chooseOne)
    setWorking(true)
    const failed = await onApply({ [field]: choices ? choices.find((choice) => choice.key === value)?.value : value.trim() } as BulkPatch)
    setWorking(false)
    if (failed) setError(failed)
    else onClose()
  }

  const errorId = `${id}-error`
  return (
    <Dialog title={title} onClose={onClose} unsaved={!choices && value.trim() !== ''}>
      <p>
        {tx.appliesTo(count)}
        {hidden > 0 && ` ${tx.hiddenIncluded(hidden)}`}
      </p>
      <form noValidate onSubmit={submit}>
        {error && (
          <p id={errorId} className="form-error-message" role="alert">
            {error}
          </p>
        )}
        {choices ? (
          <fieldset className="bulk-choices" aria-describedby={error ? errorId : undefined}>
            <legend className="form-label">{LABELS[field]}</legend>
            {choices.map((choice) => (
              <div key={choice.key} className="form-group-radio">
                <input id={`${id}-${choice.key}`} className="form-radio" type="radio" name={`${id}-choice`} value={choice.key} checked={value === choice.key} onChange={() => setValue(choice.key)} />
                <label className="form-label" htmlFor={`${id}-${choice.key}`}>
                  {choice.label}
                </label>
              </div>
            ))}
          </fieldset>
        ) : (
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-value`}>
              {LABELS[field]}
            </label>
            <span id={`${id}-hint`} className="form-hint">
              {tx.emptyClears}
            </span>
            <input
              id={`${id}-value`}
              className="form-input"
              list={`${id}-suggestions`}
              value={value}
              aria-describedby={error ? `${id}-hint ${errorId}` : `${id}-hint`}
              onChange={(event) => setValue(event.target.value)}
            />
            <datalist id={`${id}-suggestions`}>
              {suggestions.map((suggestion) => (
                <option key={suggestion} value={suggestion} />
              ))}
            </datalist>
          </div>
        )}
        <div className="app-dialog__footer">
          <button type="submit" className="button button-primary" disabled={working}>
            {working ? tx.working : title}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

/**
 * "Sæt for alle viste rækker": one field — Kategori, Status, Indsatsområde or Ansvarlig — set
 * on every row the preview shows (all, or only those that need a fix), or on the rows ticked
 * in the preview ("Sæt for de valgte rækker"), in one action, as the table's bulk bar does
 * after the import. The rows are named by id; the dialog applies it.
 */
import { useState, type FormEvent } from 'react'
import { CATEGORIES, STATUSES, type Category, type Status } from '../../domain/model'
import type { SettableField } from '../../io/import'
import { columnLabels, statusLabels } from '../../strings'
import { importSetText as tx } from '../../strings/import-dialog'

const FIELDS: readonly SettableField[] = ['category', 'status', 'area', 'owner']
const FIELD_LABELS: Record<SettableField, string> = { category: 'Kategori', status: columnLabels.status, area: columnLabels.area, owner: columnLabels.owner }

interface SetForRowsProps {
  idBase: string
  /** How many rows the action reaches. */
  count: number
  /** True when it reaches the ticked rows, not every shown one. */
  ticked: boolean
  onSet: (field: SettableField, value: string, fieldLabel: string, valueLabel: string) => void
}

export function SetForRows({ idBase, count, ticked, onSet }: SetForRowsProps) {
  const [field, setField] = useState<SettableField>('category')
  const [value, setValue] = useState<string>('A')
  const choices: readonly (readonly [string, string])[] | null =
    field === 'category' ? CATEGORIES.map((c: Category) => [c, c] as const) : field === 'status' ? STATUSES.map((s: Status) => [s, statusLabels[s]] as const) : null

  function chooseField(next: SettableField) {
    setField(next)
    setValue(next === 'category' ? 'A' : next === 'status' ? 'in-progress' : '')
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const label = choices?.find(([v]) => v === value)?.[1] ?? value.trim()
    onSet(field, value, FIELD_LABELS[field], label)
  }

  return (
    <form className="import-set" onSubmit={submit} aria-labelledby={`${idBase}-set-legend`}>
      <p id={`${idBase}-set-legend`} className="h5">
        {tx.heading(count, ticked)}
      </p>
      {!ticked && <p className="form-hint">{tx.hint}</p>}
      <div className="import-set__controls">
        <div className="form-group">
          <label className="form-label" htmlFor={`${idBase}-set-field`}>
            {tx.field}
          </label>
          <select id={`${idBase}-set-field`} className="form-select" value={field} onChange={(event) => chooseField(event.target.value as SettableField)}>
            {FIELDS.map((f) => (
              <option key={f} value={f}>
                {FIELD_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${idBase}-set-value`}>
            {tx.value}
          </label>
          {choices ? (
            <select id={`${idBase}-set-value`} className="form-select" value={value} onChange={(event) => setValue(event.target.value)}>
              {choices.map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
          ) : (
            <input id={`${idBase}-set-value`} className="form-input" type="text" maxLength={500} value={value} onChange={(event) => setValue(event.target.value)} />
          )}
        </div>
        <button type="submit" className="button button-secondary" disabled={count === 0}>
          {tx.apply(count)}
        </button>
      </div>
    </form>
  )
}

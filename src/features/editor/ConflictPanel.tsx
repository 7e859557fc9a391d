/**
 * Shown when the row was saved in another tab after this form was opened: both
 * versions side by side, field by field, until the user chooses which to keep.
 */
import type { Initiative, InitiativeDraft } from '../../domain/model'
import { columnLabels, conflictText as tx, statusLabels, t } from '../../strings'

const FIELDS: (keyof InitiativeDraft)[] = ['area', 'category', 'title', 'method', 'deadlineText', 'fixedDeadline', 'status', 'owner', 'notes']

function label(field: keyof InitiativeDraft): string {
  if (field === 'category') return t.categoryField
  if (field === 'fixedDeadline') return t.fixedDeadlineField
  return columnLabels[field]
}

function show(field: keyof InitiativeDraft, value: InitiativeDraft[keyof InitiativeDraft]): string {
  if (field === 'status' && value) return statusLabels[value as Initiative['status']]
  return value ? String(value) : '—'
}

export function changedFields(mine: InitiativeDraft, theirs: Initiative): (keyof InitiativeDraft)[] {
  return FIELDS.filter((field) => (mine[field] ?? '') !== (theirs[field] ?? ''))
}

interface ConflictPanelProps {
  mine: InitiativeDraft
  theirs: Initiative
  onKeepMine: () => void
  onUseTheirs: () => void
}

export function ConflictPanel({ mine, theirs, onKeepMine, onUseTheirs }: ConflictPanelProps) {
  const fields = changedFields(mine, theirs)
  return (
    <div className="alert alert-warning conflict-panel" role="alert">
      <p className="alert-heading">{tx.heading}</p>
      <p className="alert-text">{tx.explain}</p>
      {fields.length > 0 ? (
        <table className="table table--compact conflict-table">
          <caption className="sr-only">{tx.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{tx.field}</th>
              <th scope="col">{tx.mine}</th>
              <th scope="col">{tx.theirs}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{label(field)}</th>
                <td>{show(field, mine[field])}</td>
                <td>{show(field, theirs[field])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="alert-text">{tx.same}</p>
      )}
      <div className="conflict-panel__actions">
        <button type="button" className="button button-primary" onClick={onKeepMine}>
          {tx.keepMine}
        </button>
        <button type="button" className="button button-secondary" onClick={onUseTheirs}>
          {tx.useTheirs}
        </button>
      </div>
    </div>
  )
}

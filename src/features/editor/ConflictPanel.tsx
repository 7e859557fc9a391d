/**
 * Shown when the row was saved in another tab after this form was opened: both
 * versions side by side, field by field, until the user chooses which to keep.
 */
import type { Initiative, InitiativeDraft } from '../../domain/model'
import { columnText, type ColumnSpec } from '../../domain/columns'
import { conflictText as tx, t } from '../../strings'

/** A row's field as the panel shows it, worded as the registry words the column ("—" when empty). */
function show(column: ColumnSpec, initiative: Initiative): string {
  return columnText(column, { initiative, deadline: { kind: 'none' }, flag: 'none' }) || '—'
}

/** The form's labels: the Kategori field is not called "ABC" there. */
const label = (column: ColumnSpec) => (column.id === 'category' ? t.categoryField : column.label)

/** The editable columns (from the registry: built-ins and the overview's extra columns) on which the two versions differ. */
export function changedFields(columns: readonly ColumnSpec[], mine: InitiativeDraft, theirs: Initiative): ColumnSpec[] {
  const mineAsRow = asRow(mine, theirs)
  return columns.filter((column) => column.editable && show(column, mineAsRow) !== show(column, theirs))
}

/** The draft as a row: every field the form edits is the draft's (a Fast frist or extra values it lacks are empty). */
function asRow(draft: InitiativeDraft, base: Initiative): Initiative {
  const { fixedDeadline: _f, extra: _e, ...rest } = base
  return { ...rest, ...draft }
}

interface ConflictPanelProps {
  columns: readonly ColumnSpec[]
  mine: InitiativeDraft
  theirs: Initiative
  onKeepMine: () => void
  onUseTheirs: () => void
}

export function ConflictPanel({ columns, mine, theirs, onKeepMine, onUseTheirs }: ConflictPanelProps) {
  const fields = changedFields(columns, mine, theirs)
  const mineAsRow = asRow(mine, theirs)
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
            {fields.map((column) => (
              <tr key={column.id}>
                <th scope="row">{label(column)}</th>
                <td>{show(column, mineAsRow)}</td>
                <td>{show(column, theirs)}</td>
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

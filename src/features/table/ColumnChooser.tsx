/**
 * Kolonner: which columns are shown (the choice is remembered by the app shell), and — on
 * a live overview — the overview's own extra columns: Tilføj kolonne, and per extra column
 * Omdøb and Slet kolonne (the app offers Fortryd). A menu: Escape or a click outside closes it.
 */
import { lazy, Suspense, useId, useState } from 'react'
import { t } from '../../strings'
import { columnVisibility, type ColumnSpec, type ExtraColumn, type ExtraColumnType } from '../../domain/columns'
import type { ColumnErrorCode } from '../../strings/columns'
import { useDismissableDetails } from '../../ui/use-dismissable-details'

const ExtraColumnDialog = lazy(() => import('./ExtraColumnDialog'))

type Outcome = Promise<ColumnErrorCode | 'failed' | null>

/** What the app does with the overview's extra columns (absent: a read-only version). */
export interface ColumnEditing {
  add: (name: string, type: ExtraColumnType) => Outcome
  rename: (column: ExtraColumn, name: string) => Outcome
  remove: (column: ExtraColumn) => void
}

interface ColumnChooserProps {
  /** The overview's table columns, built-ins then its own. */
  columns: readonly ColumnSpec[]
  visibility: Record<string, boolean>
  onChange: (next: Record<string, boolean>) => void
  editing?: ColumnEditing
}

type Open = { mode: 'add' } | { mode: 'rename'; column: ExtraColumn } | null

export function ColumnChooser({ columns, visibility, onChange, editing }: ColumnChooserProps) {
  const id = useId()
  const menu = useDismissableDetails()
  const visible = columnVisibility(columns, visibility)
  const [open, setOpen] = useState<Open>(null)
  return (
    <details ref={menu} className="column-chooser">
      <summary className="button button-secondary">{t.columns}</summary>
      <div className="column-chooser__panel">
        <fieldset>
          <legend className="sr-only">{t.columnsHint}</legend>
          {columns.map((column) => {
            const extra = column.source.from === 'extra' ? column.source.column : null
            return (
              <div key={column.id} className="column-chooser__item">
                <div className="form-group-checkbox">
                  <input
                    id={`${id}-${column.id}`}
                    className="form-checkbox"
                    type="checkbox"
                    checked={visible[column.id]}
                    disabled={column.id === 'title'}
                    onChange={(e) => onChange({ ...visibility, [column.id]: e.target.checked })}
                  />
                  <label htmlFor={`${id}-${column.id}`}>{column.label}</label>
                </div>
                {extra && editing && (
                  <div className="column-chooser__actions" role="group" aria-label={column.label}>
                    <button type="button" className="button button-tertiary button-small" aria-label={`${t.renameColumn} ${column.label}`} onClick={() => setOpen({ mode: 'rename', column: extra })}>
                      {t.renameColumn}
                    </button>
                    <button type="button" className="button button-tertiary button-small" aria-label={`${t.deleteColumn} ${column.label}`} onClick={() => editing.remove(extra)}>
                      {t.deleteColumn}
                    </button>
                  </div>
                )}
              </div>
            )
          })}
        </fieldset>
        {editing && (
          <button type="button" className="button button-secondary button-small column-chooser__add" onClick={() => setOpen({ mode: 'add' })}>
            {t.addColumn}
          </button>
        )}
      </div>
      {open && editing && (
        <Suspense fallback={null}>
          <ExtraColumnDialog
            column={open.mode === 'rename' ? open.column : undefined}
            onSubmit={(name, type) => (open.mode === 'rename' ? editing.rename(open.column, name) : editing.add(name, type))}
            onClose={() => setOpen(null)}
          />
        </Suspense>
      )}
    </details>
  )
}

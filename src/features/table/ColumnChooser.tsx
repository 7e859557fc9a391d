/** Which columns are shown; the choice is remembered by the app shell. A menu: Escape or a click outside closes it. */
import { useId } from 'react'
import { columnLabels, t } from '../../strings'
import { BILAG_COLUMNS, columnVisibility } from '../../domain/columns'
import { useDismissableDetails } from '../../ui/use-dismissable-details'

interface ColumnChooserProps {
  visibility: Record<string, boolean>
  onChange: (next: Record<string, boolean>) => void
}

export function ColumnChooser({ visibility, onChange }: ColumnChooserProps) {
  const id = useId()
  const menu = useDismissableDetails()
  const visible = columnVisibility(visibility)
  return (
    <details ref={menu} className="column-chooser">
      <summary className="button button-secondary">{t.columns}</summary>
      <fieldset className="column-chooser__panel">
        <legend className="sr-only">{t.columnsHint}</legend>
        {BILAG_COLUMNS.map((column) => (
          <div key={column} className="form-group-checkbox">
            <input
              id={`${id}-${column}`}
              className="form-checkbox"
              type="checkbox"
              checked={visible[column]}
              disabled={column === 'title'}
              onChange={(e) => onChange({ ...visibility, [column]: e.target.checked })}
            />
            <label htmlFor={`${id}-${column}`}>{columnLabels[column]}</label>
          </div>
        ))}
      </fieldset>
    </details>
  )
}

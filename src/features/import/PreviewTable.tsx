/**
 * Every row as it will be stored, with what the reader repaired and what still needs a
 * fix, and the per-row corrections. Only the first rows are in the DOM: a 10,000-row
 * paste must not freeze the tab, and the rest are imported all the same.
 */
import { memo, type Ref } from 'react'
import { CATEGORIES, type Category, type Status } from '../../domain/model'
import { formatDeadline, type Deadline } from '../../domain/deadline'
import { NOTE_SEVERITY, type ImportNote, type PlanRow } from '../../io/import'
import { columnLabels, statusLabels } from '../../strings'
import { importDialogText as tx, importNoteLabels } from '../../strings/import-dialog'

export interface ShownRow {
  row: PlanRow
  /** 1-based position in the plan: the number the preview and the messages use. */
  number: number
}

export type RowAction = 'merge' | 'split' | 'exclude' | 'category'

interface PreviewTableProps {
  rows: readonly ShownRow[]
  /** Rows left out of the DOM (not of the import). */
  hidden: number
  hiddenNeedFixes: boolean
  chosenCategories: Readonly<Record<number, Category>>
  reference: string
  read: (text: string, reference: string) => Deadline
  tableRef: Ref<HTMLTableElement>
  onMerge: (shown: ShownRow) => void
  onSplit: (shown: ShownRow) => void
  onExclude: (shown: ShownRow, excluded: boolean) => void
  onCategory: (shown: ShownRow, category: Category) => void
  /** Rows ticked for "Sæt for de valgte rækker", by row id. */
  ticked: ReadonlySet<number>
  onTick: (shown: ShownRow, ticked: boolean) => void
}

const isBlocking = (note: ImportNote) => NOTE_SEVERITY[note] === 'blocking'

/** The status the row will be stored with; mirrors toDrafts, where a "done" text wins. */
function storedStatus(row: PlanRow, deadline: Deadline): Status {
  return deadline.kind === 'done' ? 'implemented' : (row.status ?? 'not-started')
}

/**
 * Memoised: the dialog re-renders on every keystroke in the title, a change of target and
 * "Importerer …", none of which change a row; only new rows or handlers re-render these.
 */
export const PreviewTable = memo(function PreviewTable({ rows, hidden, hiddenNeedFixes, chosenCategories, reference, read, tableRef, onMerge, onSplit, onExclude, onCategory, ticked, onTick }: PreviewTableProps) {
  return (
    <div className="import-preview">
      <table ref={tableRef} className="table table--compact import-table">
        <caption className="sr-only">{tx.rowsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="import-col-number">{tx.rowNumber}</th>
            <th scope="col">{columnLabels.area}</th>
            <th scope="col" className="import-col-category">{columnLabels.category}</th>
            <th scope="col">{columnLabels.title}</th>
            <th scope="col" className="import-col-method">{columnLabels.method}</th>
            <th scope="col">{columnLabels.deadlineText}</th>
            <th scope="col" className="import-col-reading">{tx.readsAs}</th>
            <th scope="col" className="import-col-status">{columnLabels.status}</th>
            <th scope="col" className="import-col-notes">{tx.notes}</th>
            <th scope="col" className="import-col-actions">{tx.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((shown) => {
            const { row, number } = shown
            const deadline = read(row.deadlineText, reference)
            const attention = !row.excluded && row.notes.some(isBlocking)
            const className = row.excluded ? 'import-row--excluded' : attention ? 'import-row--attention' : undefined
            return (
              <tr key={row.id} data-row-id={row.id} className={className}>
                <th scope="row" className="import-col-number">
                  <input type="checkbox" className="import-tick" aria-label={tx.tickLabel(number)} checked={ticked.has(row.id)} onChange={(event) => onTick(shown, event.target.checked)} />
                  {number}
                </th>
                <td>{row.area}</td>
                <td className="import-col-category">
                  <CategoryCell shown={shown} editable={row.category === null || row.id in chosenCategories} onChange={onCategory} />
                </td>
                <td>{row.title}</td>
                <td className="import-col-method">{row.method}</td>
                <td>{row.deadlineText}</td>
                <td>{formatDeadline(deadline) || tx.noDate}</td>
                <td>
                  {statusLabels[storedStatus(row, deadline)]}
                  {/* The words as written go into the status log: shown where they differ from the status. */}
                  {row.statusText !== '' && row.statusText !== statusLabels[storedStatus(row, deadline)] && (
                    <span className="import-status-words">{tx.statusWords(row.statusText)}</span>
                  )}
                </td>
                <td className="import-col-notes">
                  <Notes row={row} />
                </td>
                <td className="import-col-actions">
                  <div className="import-row-actions">
                    {number > 1 && (
                      <button type="button" className="button button-tertiary button-small" data-action="merge" aria-label={tx.mergeLabel(number)} onClick={() => onMerge(shown)}>
                        {tx.merge}
                      </button>
                    )}
                    {row.pieces.length > 1 && (
                      <button type="button" className="button button-tertiary button-small" data-action="split" aria-label={tx.splitLabel(number)} onClick={() => onSplit(shown)}>
                        {tx.split}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button-tertiary button-small"
                      data-action="exclude"
                      aria-label={row.excluded ? tx.includeLabel(number) : tx.excludeLabel(number)}
                      onClick={() => onExclude(shown, !row.excluded)}
                    >
                      {row.excluded ? tx.include : tx.exclude}
                    </button>
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {hidden > 0 && <p className="import-more">{hiddenNeedFixes ? tx.moreAttention(hidden) : tx.more(hidden)}</p>}
    </div>
  )
})

/** A select where the category is missing or not A/B/C (and stays one once chosen, so focus stays put). */
function CategoryCell({ shown, editable, onChange }: { shown: ShownRow; editable: boolean; onChange: (shown: ShownRow, category: Category) => void }) {
  const { row, number } = shown
  if (!editable) return <span className="category">{row.category}</span>
  return (
    <select
      className="form-select import-category"
      data-action="category"
      aria-label={tx.categoryLabel(number)}
      value={row.category ?? ''}
      onChange={(event) => {
        const value = event.target.value
        if (value) onChange(shown, value as Category)
      }}
    >
      {row.category === null && <option value="">{tx.chooseCategory}</option>}
      {CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  )
}

/** Notes in plain Danish; what blocks the import says so in words, not only in red. */
function Notes({ row }: { row: PlanRow }) {
  if (row.notes.length === 0 && !row.excluded) return null
  return (
    <ul className="import-notes">
      {row.excluded && <li className="import-note">{tx.excludedNote}</li>}
      {row.notes.map((note) => {
        const severity = NOTE_SEVERITY[note]
        const prefix = severity === 'blocking' && !row.excluded ? tx.blockingPrefix : severity === 'warning' ? tx.warningPrefix : ''
        return (
          <li key={note} className={`import-note import-note--${row.excluded ? 'info' : severity}`}>
            {prefix && <strong>{prefix} </strong>}
            {importNoteLabels[note]}
          </li>
        )
      })}
    </ul>
  )
}

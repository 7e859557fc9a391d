/**
 * The checkbox column that chooses rows for a bulk action: a checkbox per row ("Vælg
 * <indsats>"), "Vælg alle viste" in the header (checked, or mixed when some shown rows
 * are chosen), Shift+click for a range in the order shown. The checkboxes are native, so
 * Tab reaches each one and Space toggles it.
 *
 * Kept apart from the data columns (which may be built from a column registry): the table
 * puts this column first when it is given a selection.
 */
import { memo, useId, useLayoutEffect, useMemo, useRef, type ChangeEvent, type ReactNode } from 'react'
import { headerState, type Selection } from '../../domain/selection'
import { bulkSelectionText } from '../../strings/selection'
import './selection.css'

/** What the app gives the table to make rows choosable. */
export interface TableSelection {
  selected: Selection
  /** A row's checkbox clicked; with `range` (Shift) from the last row clicked, over `shownIds` (the order shown). */
  onToggle: (id: string, range: boolean, shownIds: readonly string[]) => void
  /** "Vælg alle viste" clicked. */
  onToggleAllShown: (shownIds: readonly string[]) => void
}

/** What the table's rows need: the chosen set, and handlers bound to the rows as shown. */
export interface RowSelection {
  selected: Selection
  /** Keeps its identity while the rows shown are the same, so memoised rows do not re-render. */
  toggleRow: (id: string, range: boolean) => void
  toggleAll: () => void
  shownIds: readonly string[]
}

/** Binds a selection to the rows as shown (their ids in display order). */
export function useRowSelection(selection: TableSelection | undefined, shownIds: readonly string[]): RowSelection | undefined {
  const latest = useRef({ selection, shownIds })
  useLayoutEffect(() => {
    latest.current = { selection, shownIds }
  })
  const enabled = selection !== undefined
  const handlers = useMemo(
    () => ({
      toggleRow: (id: string, range: boolean) => latest.current.selection?.onToggle(id, range, latest.current.shownIds),
      toggleAll: () => latest.current.selection?.onToggleAllShown(latest.current.shownIds),
    }),
    [],
  )
  const selected = selection?.selected
  return useMemo(() => (enabled && selected ? { selected, shownIds, ...handlers } : undefined), [enabled, selected, shownIds, handlers])
}

/** Shift held while the checkbox was clicked (Space from the keyboard: never a range). */
const withShift = (event: ChangeEvent<HTMLInputElement>) => 'shiftKey' in event.nativeEvent && event.nativeEvent.shiftKey === true

/** The design system's checkbox (a hidden native input drawn by its label), its words for screen readers only. */
function Checkbox({ checked, mixed = false, label, onChange }: { checked: boolean; mixed?: boolean; label: ReactNode; onChange: (event: ChangeEvent<HTMLInputElement>) => void }) {
  const id = useId()
  const ref = useRef<HTMLInputElement>(null)
  useLayoutEffect(() => {
    // Only the DOM property makes the mixed state known to assistive technology.
    if (ref.current) ref.current.indeterminate = mixed
  }, [mixed])
  return (
    <div className="form-group-checkbox select-checkbox">
      <input ref={ref} id={id} type="checkbox" className={`form-checkbox${mixed ? ' mixed' : ''}`} checked={checked} onChange={onChange} />
      <label htmlFor={id}>
        <span className="sr-only">{label}</span>
      </label>
    </div>
  )
}

export function SelectAllHeader({ selection }: { selection: RowSelection }) {
  const state = headerState(selection.selected, selection.shownIds)
  return (
    <th scope="col" className="col-select">
      <Checkbox checked={state === 'all'} mixed={state === 'some'} label={bulkSelectionText.selectAllShown} onChange={selection.toggleAll} />
    </th>
  )
}

export const SelectCell = memo(function SelectCell({ id, title, selected, onToggle }: { id: string; title: string; selected: boolean; onToggle: RowSelection['toggleRow'] }) {
  return (
    <td className="col-select">
      <Checkbox checked={selected} label={bulkSelectionText.selectRow(title)} onChange={(event) => onToggle(id, withShift(event))} />
    </td>
  )
})

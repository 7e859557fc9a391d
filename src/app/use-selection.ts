/**
 * The rows chosen for a bulk action in the open overview (rules: src/domain/selection.ts).
 * A new overview starts with none; rows that vanish (deleted here or in another tab) are
 * dropped once every row is in; filtering keeps the choice.
 */
import { useCallback, useMemo, useState } from 'react'
import { EMPTY_SELECTION, pruneSelection, selectRange, toggle, toggleAllShown, type Selection } from '../domain/selection'
import type { ViewRow } from '../domain/view-row'

interface State {
  overviewId: string
  selected: Selection
  /** The last row whose checkbox was clicked: where a Shift+click range starts. */
  anchor: string | null
}

export function useSelection(overviewId: string, rows: readonly ViewRow[], complete: boolean) {
  const [state, setState] = useState<State>({ overviewId, selected: EMPTY_SELECTION, anchor: null })
  const current = state.overviewId === overviewId ? state : { overviewId, selected: EMPTY_SELECTION, anchor: null }
  // Only once every row is in: a row missing from the first page is not gone.
  const existing = useMemo(() => (complete ? new Set(rows.map((row) => row.id)) : null), [rows, complete])
  const selected = existing ? pruneSelection(current.selected, existing) : current.selected

  // Forget vanished rows for good (while rendering, React's pattern for state that follows props), so a row that comes back (Fortryd) comes back unchosen.
  if (selected !== current.selected) setState({ ...current, selected })

  const update = useCallback(
    (change: (state: State) => State) => setState((previous) => change(previous.overviewId === overviewId ? previous : { overviewId, selected: EMPTY_SELECTION, anchor: null })),
    [overviewId],
  )
  const onToggle = useCallback(
    (id: string, range: boolean, shownIds: readonly string[]) =>
      update((s) => ({ ...s, selected: range ? selectRange(s.selected, shownIds, s.anchor, id) : toggle(s.selected, id), anchor: id })),
    [update],
  )
  const onToggleAllShown = useCallback((shownIds: readonly string[]) => update((s) => ({ ...s, selected: toggleAllShown(s.selected, shownIds), anchor: null })), [update])
  const clear = useCallback(() => update((s) => ({ ...s, selected: EMPTY_SELECTION, anchor: null })), [update])

  const table = useMemo(() => ({ selected, onToggle, onToggleAllShown }), [selected, onToggle, onToggleAllShown])
  return { selected, table, clear }
}

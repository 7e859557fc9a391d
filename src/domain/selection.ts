/**
 * Which rows are chosen for a bulk action ("N valgt"), as pure rules over sets of row
 * ids. A selection is a ReadonlySet; every rule returns the same set when nothing
 * changes, so a component that holds it re-renders only on a real change.
 *
 * The selection survives filtering: rows chosen and then hidden by a filter stay chosen
 * (the bar says how many are hidden), so a user can build a selection from several
 * searches. Rows that no longer exist (deleted here or in another tab) are dropped.
 */

export type Selection = ReadonlySet<string>

export const EMPTY_SELECTION: Selection = new Set<string>()

/** Every id in `ids` chosen (`on`) or not; the same set when that changes nothing. */
export function setMany(selection: Selection, ids: Iterable<string>, on: boolean): Selection {
  let next: Set<string> | undefined
  for (const id of ids) {
    if (selection.has(id) === on) continue
    next ??= new Set(selection)
    if (on) next.add(id)
    else next.delete(id)
  }
  return next ?? selection
}

/** One row's checkbox clicked. */
export function toggle(selection: Selection, id: string): Selection {
  return setMany(selection, [id], !selection.has(id))
}

/**
 * Shift+click: every row from the anchor (the last row clicked) to `target`, in the
 * order shown, takes the state the target's checkbox takes. Without an anchor that is
 * still shown, it is an ordinary click.
 */
export function selectRange(selection: Selection, shownIds: readonly string[], anchor: string | null, target: string): Selection {
  const from = anchor === null ? -1 : shownIds.indexOf(anchor)
  const to = shownIds.indexOf(target)
  if (from < 0 || to < 0) return toggle(selection, target)
  const [start, end] = from <= to ? [from, to] : [to, from]
  return setMany(selection, shownIds.slice(start, end + 1), !selection.has(target))
}

export type HeaderState = 'none' | 'some' | 'all'

/** "Vælg alle viste": checked when every shown row is chosen, mixed when some are. */
export function headerState(selection: Selection, shownIds: readonly string[]): HeaderState {
  if (selection.size === 0 || shownIds.length === 0) return 'none'
  let chosen = 0
  for (const id of shownIds) if (selection.has(id)) chosen++
  return chosen === 0 ? 'none' : chosen === shownIds.length ? 'all' : 'some'
}

/** The header checkbox clicked: all shown rows chosen, or, when they all were, none of them (rows hidden by the filter keep their state). */
export function toggleAllShown(selection: Selection, shownIds: readonly string[]): Selection {
  return setMany(selection, shownIds, headerState(selection, shownIds) !== 'all')
}

/** How many chosen rows the filter hides. */
export function hiddenCount(selection: Selection, shownIds: readonly string[]): number {
  let shown = 0
  for (const id of shownIds) if (selection.has(id)) shown++
  return selection.size - shown
}

/** Drops rows that no longer exist; the same set when every chosen row is still there. */
export function pruneSelection(selection: Selection, existingIds: ReadonlySet<string>): Selection {
  const gone: string[] = []
  for (const id of selection) if (!existingIds.has(id)) gone.push(id)
  return gone.length ? setMany(selection, gone, false) : selection
}

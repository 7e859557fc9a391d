/**
 * The preview's per-row corrections (merge, split, leave out, category) as handlers that stay
 * the same until the plan or the rendered rows change, so the (memoised) preview does not
 * re-render its rows on a keystroke in the title, a change of target or "Importerer …".
 * Each says what happened and where focus goes next.
 */
import { useCallback } from 'react'
import type { Category } from '../../domain/model'
import { mergeWithAbove, setCategory, setExcluded, splitRow, type ImportPlan, type ImportResult } from '../../io/import'
import { importDialogText as tx } from '../../strings/import-dialog'
import type { RowAction, ShownRow } from './PreviewTable'

/** Where focus goes once an edit has re-rendered the rows: the same row, or its neighbour. */
export interface FocusRequest {
  rowId: number
  action: RowAction
  /** Position among the rendered rows, for when the row itself is gone (merged, filtered out). */
  position: number
}

export type ApplyChange = (apply: (current: ImportPlan) => ImportResult<ImportPlan>, message: string, focus: FocusRequest) => void

export function useRowActions(plan: ImportPlan | null, visible: readonly ShownRow[], change: ApplyChange) {
  const onMerge = useCallback(
    (s: ShownRow) =>
      change((p) => mergeWithAbove(p, s.row.id), tx.announceMerged(s.number), {
        rowId: plan?.rows[s.number - 2]?.id ?? s.row.id,
        action: 'split',
        position: Math.max(0, visible.indexOf(s) - 1),
      }),
    [change, plan, visible],
  )
  const onSplit = useCallback(
    (s: ShownRow) =>
      change((p) => splitRow(p, s.row.id), tx.announceSplit(s.number, s.row.pieces.length), { rowId: s.row.pieces[1] ?? s.row.id, action: 'merge', position: visible.indexOf(s) + 1 }),
    [change, visible],
  )
  const onExclude = useCallback(
    (s: ShownRow, excluded: boolean) =>
      change((p) => setExcluded(p, s.row.id, excluded), excluded ? tx.announceExcluded(s.number) : tx.announceIncluded(s.number), {
        rowId: s.row.id,
        action: 'exclude',
        position: visible.indexOf(s),
      }),
    [change, visible],
  )
  const onCategory = useCallback(
    (s: ShownRow, category: Category) =>
      change((p) => setCategory(p, s.row.id, category), tx.announceCategory(s.number, category), { rowId: s.row.id, action: 'category', position: visible.indexOf(s) }),
    [change, visible],
  )

  return { onMerge, onSplit, onExclude, onCategory }
}

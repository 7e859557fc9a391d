/** The bulk bar bound to storage: each action one transaction, its message with Fortryd restoring every row as it was. */
import { useMemo } from 'react'
import type { BulkPatch } from '../domain/bulk-edit'
import { hiddenCount, type Selection } from '../domain/selection'
import type { ViewRow } from '../domain/view-row'
import { compareDanish } from '../domain/text'
import { storage, type UndoOutcome, type WriteResult } from '../storage'
import { bulkSelectionText, fieldErrors, storageErrors, t } from '../strings'
import type { ToastMessage } from '../ui/Toast'
import { SelectionBar } from '../features/selection/SelectionBar'
import { todayIso } from './use-view-state'

interface BulkSelectionProps {
  overviewId: string
  rows: readonly ViewRow[]
  selected: Selection
  shownIds: readonly string[]
  clear: () => void
  notify: (message: Omit<ToastMessage, 'id'>) => void
}

const distinct = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort(compareDanish)

export function BulkSelection({ overviewId, rows, selected, shownIds, clear, notify }: BulkSelectionProps) {
  const suggestions = useMemo(() => ({ owner: distinct(rows.map((r) => r.initiative.owner)), area: distinct(rows.map((r) => r.initiative.area)) }), [rows])

  /** Fortryd's message: silent when every row went back, else how many were left alone. */
  const undone = (result: WriteResult<UndoOutcome>) => {
    if (!result.ok) notify({ kind: 'error', text: storageErrors[result.code] })
    else if (result.value.skipped > 0) notify({ kind: 'info', text: bulkSelectionText.undoSkipped(result.value.skipped) })
  }

  async function apply(patch: BulkPatch): Promise<string | null> {
    const result = await storage.bulkUpdate(overviewId, [...selected], patch, todayIso())
    if (!result.ok) return result.code === 'invalid' ? (fieldErrors[result.issues[0]?.code ?? ''] ?? storageErrors.invalid) : storageErrors[result.code]
    const receipt = result.value
    notify({ kind: 'success', text: bulkSelectionText.updated(selected.size), ms: 15_000, action: { label: t.undo, run: async () => undone(await storage.undoBulkUpdate(receipt)) } })
    return null
  }

  async function remove() {
    const result = await storage.bulkDelete(overviewId, [...selected])
    if (!result.ok) return notify({ kind: 'error', text: storageErrors[result.code] })
    const receipt = result.value
    clear()
    notify({ kind: 'info', text: bulkSelectionText.deleted(receipt.rows.length), ms: 15_000, action: { label: t.undo, run: async () => undone(await storage.undoBulkDelete(receipt)) } })
  }

  return <SelectionBar count={selected.size} hidden={hiddenCount(selected, shownIds)} suggestions={suggestions} onApply={apply} onDelete={() => void remove()} onClear={clear} />
}

/**
 * The bar shown while rows are chosen: "3 valgt", how many of them the filters hide, and
 * the bulk actions — Sæt kategori, Sæt status, Sæt ansvarlig, Sæt indsatsområde (each in
 * a small dialog, loaded on first use) and Slet valgte (at once, with Fortryd, like Slet).
 *
 * The actions reach every chosen row, also those a filter hides: a selection is often
 * built over several searches, and a filter typed afterwards must not silently narrow
 * what a click changes. The bar says how many are hidden, and so does the dialog.
 */
import { Suspense, useState } from 'react'
import type { BulkField, BulkPatch } from '../../domain/bulk-edit'
import { bulkSelectionText as tx } from '../../strings/selection'
import { lazyWithPreload } from '../../ui/lazy'
import './selection.css'

const BulkEditDialog = lazyWithPreload(() => import('./BulkEditDialog').then((m) => m.BulkEditDialog))

export interface SelectionBarProps {
  count: number
  /** Chosen rows the filters hide (the actions include them). */
  hidden: number
  /** Values already in the overview, offered while typing Ansvarlig and Indsatsområde. */
  suggestions: { owner: readonly string[]; area: readonly string[] }
  /** Sets the patch on every chosen row; resolves to null when done, else one Danish sentence. */
  onApply: (patch: BulkPatch) => Promise<string | null>
  onDelete: () => void
  onClear: () => void
}

const ACTIONS: readonly { field: BulkField; label: string }[] = [
  { field: 'category', label: tx.setCategory },
  { field: 'status', label: tx.setStatus },
  { field: 'owner', label: tx.setOwner },
  { field: 'area', label: tx.setArea },
]

export function SelectionBar({ count, hidden, suggestions, onApply, onDelete, onClear }: SelectionBarProps) {
  const [editing, setEditing] = useState<BulkField | null>(null)
  const action = ACTIONS.find((a) => a.field === editing)
  return (
    <div className="selection-bar" role="region" aria-label={tx.barLabel}>
      <p className="selection-bar__count" role="status">
        <strong>{tx.count(count)}</strong>
        {hidden > 0 && <span className="selection-bar__hidden"> · {tx.hiddenByFilter(hidden)}</span>}
      </p>
      <div className="selection-bar__actions">
        {ACTIONS.map(({ field, label }) => (
          <button key={field} type="button" className="button button-secondary button-small" onPointerEnter={BulkEditDialog.preload} onFocus={BulkEditDialog.preload} onClick={() => setEditing(field)}>
            {label}
          </button>
        ))}
        <button type="button" className="button button-secondary button-small selection-bar__delete" onClick={onDelete}>
          {tx.deleteSelected}
        </button>
        <button type="button" className="button button-tertiary button-small" onClick={onClear}>
          {tx.clear}
        </button>
      </div>
      <Suspense fallback={null}>
        {editing && action && (
          <BulkEditDialog
            field={editing}
            title={action.label}
            count={count}
            hidden={hidden}
            suggestions={editing === 'owner' || editing === 'area' ? suggestions[editing] : []}
            onApply={onApply}
            onClose={() => setEditing(null)}
          />
        )}
      </Suspense>
    </div>
  )
}

/**
 * "Importér" in the table's toolbar: opens the import dialog (loaded on first use, so
 * the readers stay out of the first bundle) and commits what it hands back — all rows
 * or none — with "Fortryd import" in the message afterwards.
 */
import { lazy, Suspense, useState } from 'react'
import { importButtonText as tx, storageErrors, t } from '../../strings'
import type { ImportRequest, ImportStore, Notify, TargetOverview } from './types'

const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })))

/** Undo offers stay long enough to read the table that was just imported. */
const UNDO_MS = 20_000

interface ImportButtonProps {
  overview: TargetOverview
  /** Today as YYYY-MM-DD: what deadline texts are read against when no meeting date says otherwise. */
  today: string
  store: ImportStore
  notify: Notify
  onOpenOverview: (id: string) => void
}

export function ImportButton({ overview, today, store, notify, onOpenOverview }: ImportButtonProps) {
  const [open, setOpen] = useState(false)

  /** Returns a Danish sentence when nothing was saved, so the dialog can stay open and say why. */
  async function commit(request: ImportRequest): Promise<string | null> {
    const result =
      request.target === 'new'
        ? await store.importAsNewOverview({ title: request.title, legend: request.legend, meetingDate: '' }, request.drafts)
        : await store.importIntoOverview(overview.id, request.drafts)
    if (!result.ok) return storageErrors[result.code]
    const receipt = result.value
    const previous = overview.id
    setOpen(false)
    if (receipt.createdOverview) onOpenOverview(receipt.overviewId)
    notify({
      kind: 'success',
      text: tx.done(receipt.initiativeIds.length),
      ms: UNDO_MS,
      action: {
        label: tx.undo,
        run: async () => {
          // Back to where the import started before the new overview disappears under the user.
          if (receipt.createdOverview) onOpenOverview(previous)
          const undone = await store.undoImport(receipt)
          notify(undone.ok ? { kind: 'info', text: tx.undone, ms: 5000 } : { kind: 'error', text: storageErrors[undone.code] })
        },
      },
    })
    return null
  }

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t.import}
      </button>
      <Suspense fallback={null}>
        {open && <ImportDialog overview={overview} today={today} onImport={commit} onClose={() => setOpen(false)} />}
      </Suspense>
    </>
  )
}

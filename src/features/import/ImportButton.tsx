/**
 * "Importér" in the table's toolbar: opens the import dialog (loaded on first use, so
 * the readers stay out of the first bundle) and commits what it hands back — all rows
 * or none — with "Fortryd import" in the message afterwards.
 *
 * In a browser that holds nothing but the untouched example, a new overview takes the
 * example's place: the dialog says so beforehand, the message afterwards, and "Fortryd
 * import" brings the example back.
 */
import { lazy, Suspense, useState } from 'react'
import { importButtonText as tx, storageErrors, t } from '../../strings'
import { exampleImportText } from '../../strings/example-import'
import type { ImportRequest, ImportStore, Notify, TargetOverview } from './types'

const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })))

/** Undo offers stay long enough to read the table that was just imported. */
const UNDO_MS = 20_000

interface ImportButtonProps {
  /** The open overview; none on the empty start page, where an import always makes a new one. */
  overview?: TargetOverview
  /** Today as YYYY-MM-DD: what deadline texts are read against when no meeting date says otherwise. */
  today: string
  store: ImportStore
  notify: Notify
  onOpenOverview: (id: string) => void
  /** The button's text, when it is not the toolbar's "Importér". */
  label?: string
}

export function ImportButton({ overview, today, store, notify, onOpenOverview, label = t.import }: ImportButtonProps) {
  const [open, setOpen] = useState(false)
  const [replacesExample, setReplacesExample] = useState(false)

  function openDialog() {
    setReplacesExample(false)
    setOpen(true)
    void store.onlyUntouchedExample?.().then((exampleId) => setReplacesExample(exampleId !== null))
  }

  /** Returns a Danish sentence when nothing was saved, so the dialog can stay open and say why. */
  async function commit(request: ImportRequest): Promise<string | null> {
    const result =
      request.target === 'new'
        ? await store.importAsNewOverview({ title: request.title, legend: request.legend, meetingDate: '' }, request.batch, { replaceUntouchedExample: replacesExample })
        : overview
          ? await store.importIntoOverview(overview.id, request.batch)
          : ({ ok: false, code: 'not-found' } as const)
    if (!result.ok) return storageErrors[result.code]
    const receipt = result.value
    const previous = overview?.id
    setOpen(false)
    if (receipt.createdOverview) onOpenOverview(receipt.overviewId)
    notify({
      kind: 'success',
      text: receipt.replacedExample ? `${tx.done(receipt.initiativeIds.length)} ${exampleImportText.removed}` : tx.done(receipt.initiativeIds.length),
      ms: UNDO_MS,
      action: {
        label: tx.undo,
        run: async () => {
          // Back to where the import started before the new overview disappears under the user.
          if (receipt.createdOverview && previous) onOpenOverview(previous)
          const undone = await store.undoImport(receipt)
          notify(undone.ok ? { kind: 'info', text: tx.undone, ms: 5000 } : { kind: 'error', text: storageErrors[undone.code] })
        },
      },
    })
    return null
  }

  return (
    <>
      <button type="button" className="button button-secondary" onClick={openDialog}>
        {label}
      </button>
      <Suspense fallback={null}>
        {open && (
          <ImportDialog overview={overview} today={today} onImport={commit} onClose={() => setOpen(false)} notice={replacesExample ? exampleImportText.replaces : undefined} />
        )}
      </Suspense>
    </>
  )
}

/** "Eksportér" in the table's toolbar: opens the export dialog and, for print, mounts the print layout. */
import { lazy, Suspense, useCallback, useState } from 'react'
import type { ExportDocument } from '../../io/export/types'
import type { BackupInput } from '../../io/export/backup'
import { exportText as tx } from '../../strings'
import type { ExportScope } from './ExportDialog'

// The dialog and the print layout load when first used, keeping them out of the first load.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })))
const PrintView = lazy(() => import('./PrintView').then((m) => ({ default: m.PrintView })))

interface ExportButtonProps {
  /** Called when the dialog opens, so the view is captured as the user saw it. */
  prepare: () => Promise<{ buildDocument: (scope: ExportScope) => ExportDocument; counts: Record<ExportScope, number> }>
  readEverything: () => Promise<Omit<BackupInput, 'exportedAt'>>
  onBackupTaken: () => void
}

export function ExportButton({ prepare, readEverything, onBackupTaken }: ExportButtonProps) {
  const [open, setOpen] = useState<Awaited<ReturnType<typeof prepare>> | null>(null)
  const [printDoc, setPrintDoc] = useState<ExportDocument | null>(null)
  const print = useCallback(() => window.print(), [])

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => void prepare().then(setOpen)}>
        {tx.title}
      </button>
      <Suspense fallback={null}>
        {open && (
          <ExportDialog
            buildDocument={open.buildDocument}
            counts={open.counts}
            readEverything={readEverything}
            onBackupTaken={onBackupTaken}
            onPrint={(doc) => {
              setOpen(null)
              setPrintDoc(doc)
            }}
            onClose={() => setOpen(null)}
          />
        )}
        {printDoc && <PrintView doc={printDoc} onRendered={print} />}
      </Suspense>
    </>
  )
}

/**
 * "Gendan sikkerhedskopi" in the top bar; the dialog loads on first use, fetched ahead on
 * pointerenter or focus. Whether it is open is the shell's: a page may offer the same
 * dialog from a button of its own (an overview the browser does not have), and the dialog
 * must outlive that page when the restored overview opens in its place.
 */
import { Suspense } from 'react'
import { backupButtonText as tx } from '../../strings'
import { lazyWithPreload } from '../../ui/lazy'
import type { RestorePort } from './port'

const RestoreDialog = lazyWithPreload(() => import('./RestoreDialog').then((m) => m.RestoreDialog))

/** Fetches the dialog's chunk ahead, for another button that opens it. */
export const preloadRestoreDialog = RestoreDialog.preload

interface RestoreButtonProps {
  port: RestorePort
  open: boolean
  onOpenChange: (open: boolean) => void
  /** After a restore: the backup's overviews, the most recently changed first. */
  onRestored?: (overviewIds: string[]) => void
}

export function RestoreButton({ port, open, onOpenChange, onRestored }: RestoreButtonProps) {
  return (
    <>
      <button type="button" className="button button-secondary" onPointerEnter={RestoreDialog.preload} onFocus={RestoreDialog.preload} onClick={() => onOpenChange(true)}>
        {tx.restore}
      </button>
      <Suspense fallback={null}>{open && <RestoreDialog port={port} onClose={() => onOpenChange(false)} onRestored={onRestored} />}</Suspense>
    </>
  )
}

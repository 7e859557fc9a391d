/**
 * The versions saved for meetings: open one read-only, or see what has changed since.
 * The dialog (VersionsDialog) loads on first use, fetched ahead on pointerenter or focus.
 */
import { Suspense, useState } from 'react'
import type { Snapshot } from '../../domain/model'
import { formatCount, meetingsText as tx } from '../../strings'
import { lazyWithPreload } from '../../ui/lazy'

const VersionsDialog = lazyWithPreload(() => import('./dialogs').then((m) => m.VersionsDialog))

export interface VersionsButtonProps {
  versions: Snapshot[]
  onOpen: (id: string) => void
  onChanges: (id: string) => void
}

export function VersionsButton({ versions, onOpen, onChanges }: VersionsButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button-secondary" onPointerEnter={VersionsDialog.preload} onFocus={VersionsDialog.preload} onClick={() => setOpen(true)}>
        {tx.versions} ({formatCount(versions.length)})
      </button>
      <Suspense fallback={null}>{open && <VersionsDialog versions={versions} onOpen={onOpen} onChanges={onChanges} onClose={() => setOpen(false)} />}</Suspense>
    </>
  )
}

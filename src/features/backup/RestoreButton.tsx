/** "Gendan sikkerhedskopi" in the top bar; the dialog loads on first use, fetched ahead on pointerenter or focus. */
import { Suspense, useState } from 'react'
import { backupButtonText as tx } from '../../strings'
import { lazyWithPreload } from '../../ui/lazy'
import type { RestorePort } from './port'

const RestoreDialog = lazyWithPreload(() => import('./RestoreDialog').then((m) => m.RestoreDialog))

export function RestoreButton({ port }: { port: RestorePort }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button-secondary" onPointerEnter={RestoreDialog.preload} onFocus={RestoreDialog.preload} onClick={() => setOpen(true)}>
        {tx.restore}
      </button>
      <Suspense fallback={null}>{open && <RestoreDialog port={port} onClose={() => setOpen(false)} />}</Suspense>
    </>
  )
}

/** "Gendan sikkerhedskopi" in the top bar; the dialog loads when first opened. */
import { lazy, Suspense, useState } from 'react'
import { backupText as tx } from '../../strings'
import type { RestorePort } from './port'

const RestoreDialog = lazy(() => import('./RestoreDialog').then((m) => ({ default: m.RestoreDialog })))

export function RestoreButton({ port }: { port: RestorePort }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {tx.restore}
      </button>
      <Suspense fallback={null}>{open && <RestoreDialog port={port} onClose={() => setOpen(false)} />}</Suspense>
    </>
  )
}

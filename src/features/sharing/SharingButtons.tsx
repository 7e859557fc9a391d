/**
 * "Del oversigt" and "Åbn delt oversigt": the buttons are in the first load; their dialogs
 * (./parts.ts) load on first use, fetched ahead on pointerenter or focus.
 */
import { Suspense, useState } from 'react'
import { sharingButtons as tx } from '../../strings/sharing-buttons'
import { lazyWithPreload } from '../../ui/lazy'
import type { SharingPort, SharingState } from './port'

const ShareDialog = lazyWithPreload(() => import('./parts').then((m) => m.ShareDialog))
const OpenSharedDialog = lazyWithPreload(() => import('./parts').then((m) => m.OpenSharedDialog))
const Status = lazyWithPreload(() => import('./parts').then((m) => m.SharingStatus))

interface ShareButtonProps {
  overviewId: string
  /** Already shared: no button, but a dialog that is open (showing the link) stays. */
  shared: boolean
  defaultServer: string
  port: SharingPort
}

export function ShareButton({ overviewId, shared, defaultServer, port }: ShareButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      {!shared && (
        <button type="button" className="button button-secondary" onPointerEnter={ShareDialog.preload} onFocus={ShareDialog.preload} onClick={() => setOpen(true)}>
          {tx.share}
        </button>
      )}
      <Suspense fallback={null}>{open && <ShareDialog overviewId={overviewId} defaultServer={defaultServer} port={port} onClose={() => setOpen(false)} />}</Suspense>
    </>
  )
}

interface OpenSharedButtonProps {
  defaultServer: string
  defaultOverview: string
  port: SharingPort
  onOpened: (overviewId: string) => void
}

export function OpenSharedButton(props: OpenSharedButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button-secondary" onPointerEnter={OpenSharedDialog.preload} onFocus={OpenSharedDialog.preload} onClick={() => setOpen(true)}>
        {tx.openShared}
      </button>
      <Suspense fallback={null}>{open && <OpenSharedDialog {...props} onClose={() => setOpen(false)} />}</Suspense>
    </>
  )
}

/** The status line, for a shared overview only (its words load with it), with *Stop deling* when `onStop` is given. */
export function SharingStatusLine({ state, reader, onStop }: { state: SharingState | null; reader: boolean; onStop?: () => Promise<boolean> }) {
  return (
    <Suspense fallback={null}>
      <Status state={state} reader={reader} onStop={onStop} />
    </Suspense>
  )
}

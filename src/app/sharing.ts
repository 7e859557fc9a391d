/**
 * Sharing in the shell: the port the sharing feature calls, and the open overview's
 * connection. src/sync (Yjs, the provider) is loaded only when an overview is shared or the
 * user shares or opens one; a local-only overview never loads it and never contacts a server.
 */
import { useEffect, useState } from 'react'
import { useShare, type ShareRecord } from '../storage'
import type { SharingPort, SharingState } from '../features/sharing/port'
import { sharingButtons } from '../strings/sharing-buttons'
import type { ToastMessage } from '../ui/Toast'

const loadSync = () => import('../sync')

/** Where this app was served from: when that is the sync server (one address), it is the Serveradresse. */
export const appAddress = () => `${window.location.origin}${window.location.pathname.replace(/\/[^/]*$/, '')}`

export const sharingPort: SharingPort = {
  share: async (overviewId, server, key) => (await loadSync()).shareOverview(overviewId, server, key),
  join: async (server, key, overview) => (await loadSync()).joinOverview(server, key, overview),
  stop: async (overviewId) => (await loadSync()).stopSharing(overviewId),
}

/** "Stop deling" from the status line: says so once the overview is local again. */
export async function stopSharing(overviewId: string, notify: (message: Omit<ToastMessage, 'id'>) => void): Promise<boolean> {
  const stopped = await sharingPort.stop(overviewId)
  if (stopped) notify({ kind: 'success', text: sharingButtons.stopped })
  return stopped
}

export interface Sharing {
  /** How the overview is shared here: null when it is not; undefined while loading. */
  share: ShareRecord | null | undefined
  state: SharingState | null
  /** A reader's copy offers no editing (also offline, from the role the server gave last time). */
  readOnly: boolean
}

/** The open overview's connection, kept while it is open. */
export function useSharing(overviewId: string): Sharing {
  const share = useShare(overviewId)
  const [state, setState] = useState<{ id: string; value: SharingState } | null>(null)
  const server = share?.server
  const key = share?.key
  useEffect(() => {
    if (!server || !key) return
    let live = true
    let end = () => {}
    void loadSync().then((sync) => {
      if (!live) return
      // The role is read from the record once: the session keeps it up to date itself.
      const session = sync.openSession({ overviewId, server, key, role: share?.role ?? null })
      const unsubscribe = session.subscribe((value) => setState({ id: overviewId, value }))
      end = () => {
        unsubscribe()
        void sync.closeSession(session)
      }
    })
    return () => {
      live = false
      end()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new role does not need a new connection
  }, [overviewId, server, key])
  const current = state?.id === overviewId && share ? state.value : null
  const readOnly = Boolean(share) && (current?.role ?? share?.role) === 'reader'
  return { share, state: current, readOnly }
}

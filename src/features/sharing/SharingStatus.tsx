/**
 * The status line of a shared overview: connected, offline (changes kept and sent later) or
 * read-only, as text; a refused or revoked key as one sentence that says what to do; and
 * *Stop deling*, which makes the overview local again after asking.
 */
import { useState } from 'react'
import { sharingText as tx } from '../../strings/sharing'
import { sharingButtons } from '../../strings/sharing-buttons'
import type { SharingState } from './port'
import { ProblemAlert } from './SharingField'
import { StopSharingDialog } from './StopSharingDialog'
import './sharing.css'

export function statusText(state: SharingState | null, reader: boolean): string {
  const phase = state?.phase ?? 'connecting'
  if (phase === 'refused' || phase === 'revoked') return tx.status.stopped
  if (reader) return phase === 'online' ? tx.status.reader : tx.status.readerOffline
  if (phase === 'online') return tx.status.online
  if (phase === 'offline') return tx.status.offline
  return tx.status.connecting
}

function problemOf(state: SharingState | null): string | null {
  if (!state) return null
  if (state.phase === 'revoked') return tx.problems.revoked
  if (state.phase === 'refused') return tx.problems[(state.refusal ?? 'server-error') as keyof typeof tx.problems] ?? tx.problems['server-error']
  if (state.storageError) return tx.problems.storage
  return null
}

export interface SharingStatusProps {
  state: SharingState | null
  reader: boolean
  /** "Stop deling" (no button without it); false when it could not be stored. */
  onStop?: () => Promise<boolean>
}

export function SharingStatus({ state, reader, onStop }: SharingStatusProps) {
  const [stopping, setStopping] = useState(false)
  return (
    <div className="sharing-status">
      <div className="sharing-status__bar">
        <p className="sharing-status__line" role="status" aria-label={tx.statusLabel}>
          <span className={`sharing-status__dot sharing-status__dot--${state?.phase ?? 'connecting'}`} aria-hidden="true" />
          {statusText(state, reader)}
        </p>
        {onStop && (
          <button type="button" className="button button-tertiary" onClick={() => setStopping(true)}>
            {sharingButtons.stopSharing}
          </button>
        )}
      </div>
      <ProblemAlert text={problemOf(state)} />
      {stopping && onStop && <StopSharingDialog onStop={onStop} onClose={() => setStopping(false)} />}
    </div>
  )
}

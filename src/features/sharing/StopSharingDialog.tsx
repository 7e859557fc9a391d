/** "Stop deling": asks first, saying what stays where (this copy, the others' copies, the server's). */
import { useState } from 'react'
import { sharingText as tx } from '../../strings/sharing'
import { sharingButtons } from '../../strings/sharing-buttons'
import { Dialog } from '../../ui/Dialog'
import { ProblemAlert } from './SharingField'

export interface StopSharingDialogProps {
  /** Stops sharing; false when it could not be stored. */
  onStop: () => Promise<boolean>
  onClose: () => void
}

export function StopSharingDialog({ onStop, onClose }: StopSharingDialogProps) {
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  async function stop() {
    setBusy(true)
    setFailed(false)
    const stopped = await onStop()
    setBusy(false)
    if (stopped) onClose()
    else setFailed(true)
  }

  return (
    <Dialog title={sharingButtons.stopSharing} onClose={onClose}>
      <p>{tx.stopIntro}</p>
      <ProblemAlert text={failed ? tx.problems.storage : null} />
      <div className="app-dialog__footer">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void stop()}>
          {tx.stopConfirm}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {tx.cancel}
        </button>
      </div>
    </Dialog>
  )
}

/**
 * "Lagring" in the footer: where the data lives, whether the browser has promised to keep
 * it (with "Bed om varig lagring" when it has not), how much space it uses, and when the
 * last backup was taken. The app loads it just after the first paint, not in the first load.
 */
import { useId, useState } from 'react'
import { storagePanelText as tx } from '../../strings/storage-panel'
import { formatDanishDateTime } from '../../ui/format'
import { formatBytes } from './format-bytes'
import { useStorageEstimate } from './use-storage-estimate'
import type { BackupState, Persistence } from './port'
import './backup.css'

interface StoragePanelProps {
  persistence: Persistence | null
  status: BackupState | undefined
  requestPersistence: () => Promise<Persistence>
}

const persistenceText: Record<Persistence, string> = {
  granted: tx.persistGranted,
  denied: tx.persistDenied,
  unsupported: tx.persistUnsupported,
}

export function StoragePanel({ persistence, status, requestPersistence }: StoragePanelProps) {
  const headingId = useId()
  const [answer, setAnswer] = useState('')
  // Data changes move the usage; the latest change time is a cheap signal to ask again.
  const estimate = useStorageEstimate(status?.latestChangeAt)

  async function ask() {
    const state = await requestPersistence()
    setAnswer(state === 'granted' ? '' : tx.persistenceNotGiven)
  }

  return (
    <section className="storage-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="h5 storage-panel__heading">
        {tx.heading}
      </h2>
      <p>
        {tx.localOnly} {persistence ? persistenceText[persistence] : ''}
      </p>
      {persistence === 'denied' && (
        <p className="storage-panel__ask">
          <button type="button" className="button button-secondary" onClick={ask}>
            {tx.requestPersistence}
          </button>
          <span role="status">{answer}</span>
        </p>
      )}
      {estimate && <p className="storage-panel__usage">{tx.usage(formatBytes(estimate.usage), formatBytes(estimate.quota))}</p>}
      {status && (
        <p className="storage-panel__backup">{status.lastBackupAt ? tx.lastBackup(formatDanishDateTime(status.lastBackupAt)) : tx.noBackupYet}</p>
      )}
    </section>
  )
}

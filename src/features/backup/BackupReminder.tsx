/**
 * A quiet reminder to take a backup, shown only when changes older than a week are in no
 * backup (src/domain/backup-reminder.ts). "Ikke nu" hides it for the rest of the session.
 * The app loads it just after the first paint (./panels), not in the first load.
 */
import { useEffect, useState } from 'react'
import { backupReminderDue } from '../../domain/backup-reminder'
import { backupReminderText as tx } from '../../strings/backup-reminder'
import type { ToastMessage } from '../../ui/Toast'
import { downloadBackup } from './take-backup'
import type { BackupPort, BackupState } from './port'
import './backup.css'

const DISMISSED_KEY = 'indsatsoverblik.backup-reminder-dismissed'
const HOUR_MS = 60 * 60 * 1000

interface BackupReminderProps {
  status: BackupState | undefined
  port: BackupPort
  notify: (message: Omit<ToastMessage, 'id'>) => void
}

export function BackupReminder({ status, port, notify }: BackupReminderProps) {
  const [dismissed, setDismissed] = useState(readDismissed)
  const [now, setNow] = useState(Date.now)
  const [busy, setBusy] = useState(false)
  // A tab left open for days should still notice when the week has passed.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), HOUR_MS)
    return () => clearInterval(timer)
  }, [])

  if (dismissed || !status || !backupReminderDue(status, now)) return null

  async function takeBackup() {
    setBusy(true)
    try {
      const fileName = await downloadBackup(port, tx.backupFileName)
      notify({ kind: 'success', text: tx.backupTaken(fileName), ms: 8000 })
    } catch {
      notify({ kind: 'error', text: tx.backupFailed })
    } finally {
      setBusy(false)
    }
  }

  function dismiss() {
    setDismissed(true)
    try {
      sessionStorage.setItem(DISMISSED_KEY, '1')
    } catch {
      // Without sessionStorage it is hidden until the page is reloaded, which is fine.
    }
  }

  return (
    <div className="alert alert-info backup-reminder">
      <p className="alert-text">{tx.reminder}</p>
      <div className="backup-reminder__actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={takeBackup}>
          {tx.backupNow}
        </button>
        <button type="button" className="button button-secondary" onClick={dismiss}>
          {tx.dismissReminder}
        </button>
      </div>
    </div>
  )
}

function readDismissed(): boolean {
  try {
    return sessionStorage.getItem(DISMISSED_KEY) === '1'
  } catch {
    return false
  }
}

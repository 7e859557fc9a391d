/**
 * When to remind about a backup: only when there are changes the last backup does not
 * hold, and the oldest of them is more than a week old. A remark, not a nag: a fresh
 * change never triggers it, and a backup taken after the change silences it.
 * The time is passed in, so the rule is a plain function of its arguments.
 */
export const BACKUP_REMINDER_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000

export interface BackupReminderInput {
  /** ISO timestamp of the last backup, or null if none was ever taken. */
  lastBackupAt: string | null
  /** ISO timestamp of the oldest change made after that backup, or null if there is none. */
  oldestUnbackedChangeAt: string | null
}

export function backupReminderDue({ lastBackupAt, oldestUnbackedChangeAt }: BackupReminderInput, nowMs: number): boolean {
  if (oldestUnbackedChangeAt === null) return false
  const change = Date.parse(oldestUnbackedChangeAt)
  if (Number.isNaN(change)) return false
  if (lastBackupAt !== null) {
    const backup = Date.parse(lastBackupAt)
    // A change at or before the backup is in it.
    if (!Number.isNaN(backup) && change <= backup) return false
  }
  return nowMs - change > BACKUP_REMINDER_DAYS * DAY_MS
}

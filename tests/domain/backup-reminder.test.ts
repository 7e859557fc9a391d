import { describe, expect, it } from 'vitest'
import { backupReminderDue } from '../../src/domain/backup-reminder'

const DAY = 86_400_000
const now = Date.parse('2026-11-22T10:24:00.000Z')
const ago = (days: number, extraMs = 0) => new Date(now - days * DAY - extraMs).toISOString()

describe('backupReminderDue', () => {
  it('stays quiet when nothing has changed since the last backup', () => {
    expect(backupReminderDue({ lastBackupAt: ago(30), oldestUnbackedChangeAt: null }, now)).toBe(false)
    expect(backupReminderDue({ lastBackupAt: null, oldestUnbackedChangeAt: null }, now)).toBe(false)
  })

  it('stays quiet for a week after the oldest change not in a backup', () => {
    expect(backupReminderDue({ lastBackupAt: ago(30), oldestUnbackedChangeAt: ago(1) }, now)).toBe(false)
    expect(backupReminderDue({ lastBackupAt: ago(30), oldestUnbackedChangeAt: ago(7) }, now)).toBe(false)
  })

  it('reminds once that change is more than 7 days old', () => {
    expect(backupReminderDue({ lastBackupAt: ago(30), oldestUnbackedChangeAt: ago(7, 1) }, now)).toBe(true)
    expect(backupReminderDue({ lastBackupAt: null, oldestUnbackedChangeAt: ago(8) }, now)).toBe(true)
  })

  it('trusts the backup over a change that is not newer than it', () => {
    expect(backupReminderDue({ lastBackupAt: ago(8), oldestUnbackedChangeAt: ago(8) }, now)).toBe(false)
    expect(backupReminderDue({ lastBackupAt: ago(7), oldestUnbackedChangeAt: ago(9) }, now)).toBe(false)
  })

  it('ignores timestamps it cannot read rather than nag', () => {
    expect(backupReminderDue({ lastBackupAt: null, oldestUnbackedChangeAt: 'i går' }, now)).toBe(false)
    expect(backupReminderDue({ lastBackupAt: 'engang', oldestUnbackedChangeAt: ago(8) }, now)).toBe(true)
  })

  it('depends only on its arguments', () => {
    const input = { lastBackupAt: ago(20), oldestUnbackedChangeAt: ago(10) }
    expect(backupReminderDue(input, now)).toBe(true)
    expect(backupReminderDue(input, now - 5 * DAY)).toBe(false)
  })
})

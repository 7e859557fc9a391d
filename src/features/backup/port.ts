/**
 * What the backup feature needs from storage. The app passes `storage` itself; the
 * shapes are written out here so the feature depends on the io types only.
 */
import type { BackupRecords, RestoreMode, RestoreReceipt } from '../../io/backup'
import type { storageErrors } from '../../strings'

export type StorageFailure = keyof typeof storageErrors

export interface BackupPort {
  readEverything: () => Promise<BackupRecords>
  /** `at` is when the backup's data was read, so later changes are never counted as backed up. */
  markBackupTaken: (at?: string) => Promise<void>
}

export interface RestorePort extends BackupPort {
  /**
   * With the guard, the restore is refused ('changed', nothing written) unless the browser
   * still holds nothing but the untouched example: a replace that skipped the safety copy
   * then never loses anything of the user's.
   */
  restoreBackup: (
    records: BackupRecords,
    mode: RestoreMode,
    guard?: 'only-untouched-example',
  ) => Promise<{ ok: true; value: RestoreReceipt } | { ok: false; code: StorageFailure | 'changed' }>
  /** The example's id when it is the only overview here and the user has not changed it, else null. */
  onlyUntouchedExample: () => Promise<string | null>
}

/** Whether the browser keeps the data under storage pressure (src/storage/persistence.ts). */
export type Persistence = 'granted' | 'denied' | 'unsupported'

/** When the last backup was taken, and the oldest change since (src/storage/backup-meta.ts). */
export interface BackupState {
  lastBackupAt: string | null
  oldestUnbackedChangeAt: string | null
  latestChangeAt: string | null
}

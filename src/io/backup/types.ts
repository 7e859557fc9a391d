/** Shapes shared by reading a backup (./parse), merging it (./merge) and the restore in src/storage. */
import type { Initiative, Overview, Snapshot, StatusEntry } from '../../domain/model'

/** The records a backup holds, already brought up to the app's current version. */
export interface BackupRecords {
  overviews: Overview[]
  initiatives: Initiative[]
  statusLogs: StatusEntry[]
  snapshots: Snapshot[]
}

export interface BackupContents extends BackupRecords {
  /** The version the file was written with (it may have been migrated since). */
  version: number
  /** When the backup was made (ISO timestamp, as written in the file). */
  exportedAt: string
}

/** Why a file cannot be restored; the UI shows one Danish sentence per code (src/strings/backup.ts). */
export type BackupReadError = 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid' | 'too-large' | 'unknown-column-type'

export type BackupReadResult =
  | { ok: true; value: BackupContents }
  | { ok: false; code: BackupReadError; detail?: string }

/** Replace clears this browser's data first; merge keeps it and lets the newer side win per record. */
export type RestoreMode = 'replace' | 'merge'

/** A record that existed in both places with different contents, and which side was kept. */
export interface MergeConflict {
  kind: 'overview' | 'initiative'
  id: string
  /** The kept record's title, so the user can recognise the row. */
  title: string
  kept: 'backup' | 'local'
}

/** How many records of each kind. */
export interface RecordCounts {
  overviews: number
  initiatives: number
  statusLogs: number
  snapshots: number
}

export interface RestoreReceipt extends RecordCounts {
  mode: RestoreMode
  /** (The counts above are the records in the backup file.) Records new to this browser, per kind; replace writes them all. */
  added: RecordCounts
  /** Merge only: overviews and indsatser whose newer version in the backup replaced this browser's (status entries and versions are never edited). */
  updated: Pick<RecordCounts, 'overviews' | 'initiatives'>
  /** Merge only: overviews and indsatser identical on both sides. */
  unchanged: number
  conflicts: MergeConflict[]
}

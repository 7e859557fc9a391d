/**
 * Reading a backup file ("Sikkerhedskopi (JSON)", written by src/io/export/backup.ts).
 * The whole file is checked before anything is touched: the envelope (format, version,
 * exportedAt), then — after older versions are migrated — every record, unique ids and
 * that each indsats belongs to an overview in the file. A file from a newer version of
 * the app is refused rather than half understood. Never throws: every outcome is data.
 */
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/backup'
import { BACKUP_LIMITS, checkRecords, type BackupLimits } from './check'
import { migrate, type RawBackup } from './migrate'
import type { BackupReadResult } from './types'

export function readBackup(text: string, limits: BackupLimits = BACKUP_LIMITS): BackupReadResult {
  try {
    return read(text, limits)
  } catch (error) {
    // Nothing below is expected to throw; this keeps the promise to callers if something does.
    return { ok: false, code: 'invalid', detail: error instanceof Error ? error.message : String(error) }
  }
}

function read(text: string, limits: BackupLimits): BackupReadResult {
  if (typeof text !== 'string') return { ok: false, code: 'not-json' }
  if (text.length > limits.maxChars) return { ok: false, code: 'too-large', detail: `${text.length} characters` }
  let value: unknown
  try {
    // Editors on Windows may save the file with a byte order mark; JSON.parse does not accept one.
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch {
    return { ok: false, code: 'not-json' }
  }
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT) return { ok: false, code: 'not-a-backup' }

  const version = value.version
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return { ok: false, code: 'invalid', detail: 'version' }
  if (version > BACKUP_VERSION) return { ok: false, code: 'newer-version', detail: String(version) }
  const exportedAt = value.exportedAt
  if (typeof exportedAt !== 'string' || exportedAt.length > 40 || Number.isNaN(Date.parse(exportedAt))) {
    return { ok: false, code: 'invalid', detail: 'exportedAt' }
  }

  const current = migrate(value, version)
  if (!current) return { ok: false, code: 'invalid', detail: `no migration from version ${version}` }
  const records = checkRecords(current, limits)
  if (!records.ok) return records
  return { ok: true, value: { version, exportedAt, ...records.value } }
}

function isPlainObject(value: unknown): value is RawBackup {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

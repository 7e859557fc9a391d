/** Downloads a backup of everything in this browser and records that it was taken. */
import { download } from '../../ui/download'
import type { BackupPort } from './port'

/** Returns the file name. The writer is loaded on first use, keeping it out of the first bundle. */
export async function downloadBackup(port: BackupPort, fileName: (date: string) => string): Promise<string> {
  // Read the clock first: a change made while the backup is written then counts as not backed up.
  const exportedAt = new Date().toISOString()
  const [data, { toBackupJson }] = await Promise.all([port.readEverything(), import('../../io/export/backup')])
  const name = fileName(exportedAt.slice(0, 10))
  download(toBackupJson({ ...data, exportedAt }), name, 'application/json')
  await port.markBackupTaken(exportedAt)
  return name
}

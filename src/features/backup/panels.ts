/**
 * The backup feature's parts that the first screen shows but does not wait for, as one
 * chunk that the app loads just after the first paint: the backup reminder above the
 * table and the Lagring panel in the footer. Both show what storage reports, which comes
 * in asynchronously anyway.
 */
export { BackupReminder } from './BackupReminder'
export { StoragePanel } from './StoragePanel'

/** Restoring from a backup file: reading and checking it, and planning a merge. Pure: no storage, no UI. */
export { readBackup } from './parse'
export { checkRecords, BACKUP_LIMITS, type BackupLimits } from './check'
export { migrate } from './migrate'
export { planMerge, sameRecord, type MergePlan } from './merge'
export type * from './types'

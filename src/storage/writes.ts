/**
 * Every write the app makes, in one module that src/storage/index.ts loads with the
 * first save (or when the browser is idle after the first paint), keeping the repositories
 * out of the first load.
 */
export { addInitiative, updateInitiative, deleteInitiative, restoreInitiatives } from './initiatives'
export { updateInitiativeWithLog } from './initiative-with-log'
export { createEmptyOverview, createOverviewWithRows, updateOverviewHeader } from './overviews'
export { seedExampleOnFirstRun } from './first-run'
export { adoptSeededExample } from './example-adopt'
export { addColumn, renameColumn, deleteColumn, restoreColumn } from './columns'
export { saveSnapshot, rollOverviewForward, deleteOverview, restoreOverview } from './lifecycle'
export { appendInitiatives, importAsNewOverview, undoImport } from './imports'
export { restoreBackup } from './restore'
export { bulkUpdate, undoBulkUpdate, bulkDelete, undoBulkDelete } from './bulk'
// A read, but only ever asked for just before a write that may replace the example.
export { onlyUntouchedExample } from './example'

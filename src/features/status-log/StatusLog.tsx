/**
 * The status log is shown only in the Rediger dialog, which loads on first use (the app's
 * RowEditor imports ./parts). The app fetches the log's chunk ahead when the browser is idle
 * (preloadStatusLog), so it is there when the dialog first opens.
 */
export const preloadStatusLog = () => void import('./parts')

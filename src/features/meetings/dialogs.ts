/**
 * What the meeting tools load on first use, as one chunk: the "Gem version til møde" and
 * Versioner dialogs and the "Ændringer siden …" page. Whichever is wanted first brings
 * the others, so "Ændringer siden …", picked in the Versioner dialog, is already there.
 */
export { SaveVersionDialog } from './SaveVersionDialog'
export { VersionsDialog } from './VersionsDialog'
export { ChangesReport } from './ChangesReport'

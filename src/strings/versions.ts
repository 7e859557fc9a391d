/**
 * Words of "Gem version til møde", the Versioner dialog and "Ændringer siden mødet …".
 * Loaded with those (src/features/meetings), not on the first screen; the button labels
 * are in ./meetings.
 */
export const versionsText = {
  versionLabel: 'Navn på versionen',
  defaultVersionLabel: (date: string) => `Møde ${date}`,
  savedAt: (when: string) => `gemt ${when}`,
  versionMeetingDate: 'Mødedato',
  noVersions: 'Der er ikke gemt nogen versioner af oversigten endnu.',
  versionsHint: 'En version er oversigten, som den så ud til et møde. Den kan åbnes og eksporteres, men ikke ændres.',
  openVersion: 'Vis',
  changesSince: (when: string) => `Ændringer siden mødet ${when}`,
  changesSinceLabel: (label: string) => `Ændringer siden ${label}`,
  exportWord: 'Word (.docx)',
  exportCsv: 'CSV',
  exportHeading: 'Eksportér ændringerne',
} as const

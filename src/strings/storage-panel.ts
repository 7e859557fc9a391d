/** Words of "Lagring" in the footer: where the data lives, persistence, usage and the last backup. Loaded with the panel. */
export const storagePanelText = {
  heading: 'Lagring',
  localOnly: 'Alt gemmes kun i denne browser på denne computer.',
  persistGranted: 'Browseren har givet varig lagring.',
  persistUnsupported: 'Browseren kan ikke love varig lagring — tag jævnligt en sikkerhedskopi.',
  persistDenied: 'Browseren har ikke givet varig lagring — tag jævnligt en sikkerhedskopi.',
  requestPersistence: 'Bed om varig lagring',
  persistenceNotGiven: 'Browseren gav ikke varig lagring denne gang. Den giver det ofte først til sider, der bruges jævnligt eller er bogmærket.',
  usage: (used: string, quota: string) => `Bruger ${used} af ca. ${quota}.`,
  lastBackup: (when: string) => `Seneste sikkerhedskopi: ${when}`,
  noBackupYet: 'Der er endnu ikke taget en sikkerhedskopi',
} as const

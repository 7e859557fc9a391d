/** The two ways into sharing, on the first screen (the dialogs' own words: ./sharing.ts). */
export const sharingButtons = {
  share: 'Del oversigt',
  openShared: 'Åbn delt oversigt',
} as const

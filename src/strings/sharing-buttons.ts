/** The two ways into sharing, on the first screen (the dialogs' own words: ./sharing.ts). */
export const sharingButtons = {
  share: 'Del oversigt',
  openShared: 'Åbn delt oversigt',
  stopSharing: 'Stop deling',
  /** After Stop deling. */
  stopped: 'Oversigten deles ikke længere. Din kopi her har alt med.',
  /** After Slet oversigt on a shared overview: only this browser's copy goes. */
  deletedShared: (title: string) => `Din kopi af den delte oversigt "${title}" er slettet fra denne browser. De andre og serveren har den stadig.`,
} as const

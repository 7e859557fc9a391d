/** Words of the Oversigter dialog and "Rul frem til næste møde"; loaded with the dialog. The button's label is in ./meetings. */

export const overviewsText = {
  overviewsHint: 'Alle oversigter i denne browser.',
  open: 'Åbn',
  opened: 'Åben nu',
  rename: 'Omdøb',
  newTitle: 'Ny titel',
  rollForward: 'Rul frem til næste møde',
  rollForwardHint: 'Laver en kopi til næste møde med alle indsatser og deres statuslog. Den gamle oversigt og dens versioner bevares.',
  rollForwardTitle: 'Titel på den nye oversigt',
  rollForwardDate: 'Næste mødedato',
  deleteOverview: 'Slet oversigt',
} as const

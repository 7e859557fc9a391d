/** Words of the status log in the Rediger dialog; loaded with it. "Statussen er slettet." is in ./meetings. */

export const statusLogText = {
  statusLog: 'Statuslog',
  statusLogHint: 'Daterede statusopdateringer, nyeste først. Det, du tilføjer eller sletter her, gemmes sammen med indsatsen, når du trykker Gem.',
  noStatus: 'Der er ikke skrevet nogen status endnu.',
  // Not "Status…": the form above has a field labelled Status, and labels must stay unambiguous.
  statusDate: 'Dato for opdateringen',
  statusText: 'Opdatering',
  statusAuthor: 'Skrevet af (valgfrit)',
  addStatus: 'Tilføj opdatering',
  addedPending: 'Opdateringen er sat ind i loggen. Den gemmes, når du trykker Gem.',
  removeStatus: 'Slet opdatering',
  removeStatusFrom: (date: string) => `Slet opdatering fra ${date}`,
  latestStatus: 'Seneste status',
  statusLine: (month: string, text: string) => `Status – ${month}: ${text}`,
  /** Marks on entries that Gem has not written yet. */
  pending: 'Ikke gemt endnu',
  willBeRemoved: 'Slettes, når du gemmer',
  keep: 'Behold opdateringen',
  keepFrom: (date: string) => `Behold opdateringen fra ${date}`,
  /** The entry offered when the Status field changes. */
  statusChanged: (from: string, to: string) => `Status ændret fra ${from} til ${to}.`,
  changeNoteLabel: 'Skriv ændringen i loggen',
  changeNoteHint: (today: string) => `Kommer i statusloggen med datoen ${today}, når du trykker Gem. Du kan rette teksten.`,
  leaveOut: 'Udelad',
  leftOut: 'Ændringen skrives ikke i statusloggen.',
  includeAgain: 'Skriv den alligevel',
} as const

/** Words of the status log in the Rediger dialog; loaded with it. "Statussen er slettet." is in ./meetings. */

export const statusLogText = {
  statusLog: 'Statuslog',
  statusLogHint: 'Daterede statusopdateringer, nyeste først.',
  noStatus: 'Der er ikke skrevet nogen status endnu.',
  // Not "Status…": the form above has a field labelled Status, and labels must stay unambiguous.
  statusDate: 'Dato for opdateringen',
  statusText: 'Opdatering',
  statusAuthor: 'Skrevet af (valgfrit)',
  addStatus: 'Tilføj opdatering',
  removeStatus: 'Slet opdatering',
  latestStatus: 'Seneste status',
  statusLine: (month: string, text: string) => `Status – ${month}: ${text}`,
} as const

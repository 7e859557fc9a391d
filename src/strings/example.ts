/**
 * Words of the first day: the banner over the example overview and the page for a link to
 * an overview this browser does not have. Both load on first use, with this file (it
 * imports nothing); what an import says about the example is in ./example-import.
 */

/** The banner over the example seeded on first run (src/features/example). */
export const exampleText = {
  /** Where the example's Bilag comes from, when the overview still says. */
  lead: (committee: string, meetingDate: string) =>
    committee && meetingDate ? `Dette er et eksempel: Bilag 1 fra mødet i ${committee} den ${meetingDate}.` : 'Dette er et eksempel: Bilag 1 fra et udvalgsmøde.',
  nextStep: 'Importér din egen tabel, eller start en tom oversigt.',
  region: 'Eksempel',
  importOwn: 'Importér din egen tabel',
  startEmpty: 'Start en tom oversigt',
  deleteExample: 'Slet eksemplet',
  deleted: 'Eksemplet er slettet.',
} as const

/**
 * A link to an overview that is not in this browser (`?o=<id>`). Each way to get it is one
 * sentence in `ways`: sharing, once it exists, adds its own beside the backup.
 */
export const missingOverviewText = {
  heading: 'Oversigten findes ikke i denne browser',
  why: 'Den kan være lavet i en anden browser eller på en anden computer. Alt i Indsatsoverblik gemmes kun i den browser, hvor det er lavet.',
  waysHeading: 'Sådan får du den hertil',
  ways: [
    'Hent den med en sikkerhedskopi: tag en sikkerhedskopi i den anden browser med Eksportér → Sikkerhedskopi (JSON), og gendan den her med Gendan sikkerhedskopi.',
  ],
  restore: 'Gendan sikkerhedskopi',
  othersHeading: 'Oversigter i denne browser',
  othersHint: 'Alle oversigter findes også under Oversigter øverst på siden.',
  open: (title: string) => `Åbn "${title}"`,
  /** Only the most recently changed are offered here; Oversigter lists them all. */
  more: (n: number) => `… og ${n} ${n === 1 ? 'oversigt' : 'oversigter'} mere under Oversigter.`,
  none: 'Der er ingen oversigter i denne browser endnu.',
  newOverview: 'Ny tom oversigt',
} as const

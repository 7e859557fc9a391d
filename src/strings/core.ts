/**
 * Danish words the user sees in the core table and form. Labels marked "stable"
 * are fixed by tests/fixtures/ui.md: tests, screen readers and help text rely on them.
 */
import type { Category, Status } from '../domain/model'
import type { Flag } from '../domain/deadline/types'
// With its extension: the Vite config reads this file (through ./pwa.ts) with Node's own loader.
import { countOf, formatCount } from './number.ts'

export const appName = 'Indsatsoverblik'

/** Stable column headers, in the Bilag 1 order. */
export const columnLabels = {
  area: 'Indsatsområde',
  category: 'ABC',
  title: 'Indsats',
  method: 'Hvordan implementeres det',
  deadlineText: 'Hvornår forventes det implementeret',
  deadline: 'Frist',
  status: 'Status',
  owner: 'Ansvarlig',
  flag: 'Markering',
  notes: 'Noter',
  fixedDeadline: 'Fast frist',
  latestStatus: 'Seneste status',
} as const
export type ColumnId = keyof typeof columnLabels

export const statusLabels: Record<Status, string> = {
  'not-started': 'Ikke påbegyndt',
  'in-progress': 'I gang',
  implemented: 'Implementeret',
  'on-hold': 'Sat i bero',
  dropped: 'Udgået',
}

export const flagLabels: Record<Flag, string> = {
  overdue: 'Overskredet',
  'due-soon': 'Snart',
  'no-date': 'Ingen dato',
  none: '',
}

export const categoryLabel = (c: Category) => `Kategori ${c}`

/** Words of the main view. Stable ones per ui.md: Søg, Kun overskredne, Opgjort pr., Ny indsats, Importér, Eksportér, Rediger, Slet, Fortryd. */
export const t = {
  /** The button that opens the dashboard (its other words load with it: ./dashboard). */
  openDashboard: 'Overblik',
  tableName: 'Indsatser',
  search: 'Søg',
  searchHint: 'Søger i alle tekstkolonner',
  overdueOnly: 'Kun overskredne',
  asOf: 'Opgjort pr.',
  asOfToday: 'I dag',
  asOfMeeting: 'Mødedato',
  area: 'Indsatsområde',
  allAreas: 'Alle områder',
  status: 'Status',
  allStatuses: 'Alle statusser',
  filtersHeading: 'Filtrér visningen',
  categoryGroup: 'Kategori',
  grouped: 'Gruppér efter indsatsområde',
  columns: 'Kolonner',
  columnsHint: 'Vælg hvilke kolonner der vises',
  addColumn: 'Tilføj kolonne',
  renameColumn: 'Omdøb',
  deleteColumn: 'Slet kolonne',
  newInitiative: 'Ny indsats',
  import: 'Importér',
  export: 'Eksportér',
  edit: 'Rediger',
  remove: 'Slet',
  undo: 'Fortryd',
  actions: 'Handlinger',
  clearFilters: 'Ryd filtre',
  emptyResult: 'Ingen indsatser passer til filtrene.',
  emptyOverview: 'Oversigten har endnu ingen indsatser. Tilføj den første med "Ny indsats".',
  loading: 'Indlæser …',
  sortAscending: 'sorteret stigende',
  sortDescending: 'sorteret faldende',
  sortHint: 'Klik for at sortere. Skift+klik sorterer efter flere kolonner.',
  readsAs: 'Læses som',
  fixedDeadline: 'fast frist',
  deleted: (title: string) => `Indsatsen "${truncate(title, 60)}" er slettet.`,
  saved: 'Indsatsen er gemt.',
  /** Rediger saves the row and its status log together: "Indsatsen og 1 statusopdatering er gemt." */
  savedWithLog: (added: number, removed: number) => {
    const updates = (n: number) => `${n} ${n === 1 ? 'statusopdatering' : 'statusopdateringer'}`
    const saved = added ? `Indsatsen og ${updates(added)} er gemt` : 'Indsatsen er gemt'
    return removed ? `${saved}, og ${updates(removed)} er slettet.` : `${saved}.`
  },
  added: 'Indsatsen er tilføjet.',
  summary: (total: number, shown: number, overdue: number) => `${countOf(total, 'indsats', 'indsatser')} · ${formatCount(shown)} vist · ${countOf(overdue, 'overskreden', 'overskredne')}`,
  /** While the rest of a large overview is read: no total, nothing that looks final. */
  summaryLoading: 'De første indsatser vises · henter resten …',
  groupCount: (count: number) => countOf(count, 'indsats', 'indsatser'),
  /** A Kategori toggle's count: "(3.334)". */
  categoryCount: (count: number) => `(${formatCount(count)})`,
  noArea: '(Intet indsatsområde)',
  newOverview: 'Ny tom oversigt',
  newOverviewTitle: 'Ny oversigt',
  editHeader: 'Rediger oversigtens oplysninger',
  overviewNotes: 'Noter',
  committee: 'Udvalg',
  caseNumber: 'Sagsnr.',
  meetingDate: 'Mødedato',
  overviewTitle: 'Titel',
  legend: (c: Category) => `Forklaring til ${c.toLowerCase()}`,
  legendHeading: 'Kategorier',
  save: 'Gem',
  cancel: 'Annullér',
  close: 'Luk',
  skipToTable: 'Gå til tabellen',
  reload: 'Genindlæs',
  tryAgain: 'Prøv igen',
  categoryField: 'Kategori',
  chooseCategory: 'Vælg kategori',
  /** A row with no category yet: the form's choice, the fourth filter toggle, screen readers' word for "–". */
  noCategory: 'Uden kategori',
  fixedDeadlineField: 'Fast frist',
  fixedDeadlineHint: 'Valgfri. En fast dato går forud for teksten.',
  readsAsNone: 'Læses som: ingen dato — sæt evt. en fast frist.',
  headerLine: 'Oversigtens oplysninger',
} as const

/** One Danish sentence per storage failure code. */
export const storageErrors = {
  invalid: 'Nogle felter er ikke udfyldt korrekt.',
  conflict: 'Rækken er blevet ændret i et andet vindue, siden du åbnede den.',
  'not-found': 'Rækken findes ikke længere — den kan være slettet i et andet vindue.',
  quota: 'Der er ikke mere plads til data i browseren. Intet er gemt. Frigør plads, eller tag en sikkerhedskopi og slet gamle oversigter.',
  unavailable: 'Browserens database kan ikke åbnes (privat vindue eller en politik kan forhindre det). Intet er gemt.',
  failed: 'Det lykkedes ikke at gemme. Intet er ændret.',
} as const

/** What the app says when the database itself is not in a usable state. */
export const healthMessages = {
  blocked: 'Indsatsoverblik er åbent i et andet faneblad med en ældre version. Luk de andre faneblade, så opdateringen kan gennemføres. Intet går tabt.',
  outdated: 'Indsatsoverblik er blevet opdateret i et andet faneblad. Genindlæs siden for at fortsætte — det du ser her, er ikke ændret.',
  unavailable: 'Browserens database kan ikke åbnes (privat vindue eller en politik kan forhindre det). Du kan se, men ikke gemme.',
} as const

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** The export menu (labels per ui.md) and the print layout. */
export const exportText = {
  title: 'Eksportér',
  scopeLegend: 'Hvad skal med?',
  scopeView: (n: number) => `Den aktuelle visning (${countOf(n, 'indsats', 'indsatser')}) — med filtre, sortering og valgte kolonner`,
  scopeAll: (n: number) => `Hele oversigten (${countOf(n, 'indsats', 'indsatser')})`,
  formatsHeading: 'Format',
  word: 'Word (.docx)',
  excel: 'Excel (.xlsx)',
  csv: 'CSV',
  print: 'Udskriv / PDF',
  backup: 'Sikkerhedskopi (JSON)',
  backupHint: 'Alle oversigter og indsatser i denne browser, til at gendanne fra.',
  working: 'Laver filen …',
  done: (fileName: string) => `${fileName} er hentet.`,
  failed: 'Eksporten mislykkedes. Intet er ændret — prøv igen.',
  printHint: 'Vælg "Gem som PDF" i udskriftsdialogen for at lave en PDF.',
  pageOf: 'Side',
} as const

/**
 * Danish words of the import dialog's core: one sentence per error code, one
 * short text per row note and a label per column mapping. The dialog's own
 * labels ("Indsæt tabel", "Vælg fil", "Importér 19 indsatser" …) are in ui.md.
 */
import type { ColumnField, ImportErrorCode, ImportField, ImportNote } from '../io/import/types'
import { countOf, formatCount } from './number'

export const importErrorMessages: Record<ImportErrorCode, string> = {
  empty: 'Der er ikke indsat noget. Kopiér tabellen fra Word, Excel eller PDF og indsæt den her.',
  unreadable: 'Filen kan ikke læses. Den er måske beskadiget. Vælg en Word- (.docx), Excel- (.xlsx), CSV- eller tekstfil med tabellen.',
  encrypted: 'Filen er beskyttet med adgangskode. Åbn den, gem den uden adgangskode og prøv igen.',
  'no-text-layer': 'PDF-filen indeholder ingen tekst, kun billeder (den er måske scannet). Kopiér tabellen fra det oprindelige dokument i stedet.',
  'empty-pdf': 'PDF-filen er tom: der er hverken tekst eller billeder på dens sider. Vælg den PDF, tabellen står i.',
  'pdf-unreadable': 'PDF-filen kan ikke læses. Den er måske beskadiget eller ikke gemt færdig. Gem den igen, eller kopiér tabellen fra den og indsæt den her.',
  'one-column': 'Tabellen har kun én kolonne. Kopiér hele tabellen med alle dens kolonner og prøv igen.',
  encoding: 'Filens tegnsæt kan ikke aflæses. Gem filen igen som CSV (UTF-8) og prøv igen.',
  'too-large': 'Filen er større end 20 MB og kan ikke importeres.',
  'no-table': 'Der blev ikke fundet en tabel. Kopiér hele tabellen med kolonneoverskrifterne og prøv igen.',
  'too-many-rows': 'Tabellen har mere end 50.000 rækker og kan ikke importeres på én gang.',
  'unsupported-file':
    'Den filtype kan ikke åbnes her. Åbn filen i Word eller Excel, kopiér tabellen og indsæt den i stedet.',
  'sheet-not-found': 'Det valgte ark findes ikke i projektmappen.',
  'row-not-found': 'Rækken kan ikke ændres på den måde.',
  'column-not-found': 'Kolonnen findes ikke i tabellen.',
  'rows-need-attention': 'Nogle rækker skal rettes eller fravælges, før der kan importeres.',
  'no-rows': 'Alle rækker er fravalgt. Vælg mindst én række for at importere.',
  internal: 'Der skete en uventet fejl under importen. Prøv igen, eller indsæt tabellen på en anden måde.',
}

/** Shown beside a row in the preview. */
export const importNoteLabels: Record<ImportNote, string> = {
  'merged-continuation': 'Fortsættelse af rækken ovenfor — flettet',
  'cells-shifted': 'Cellerne var forskudt og er flyttet tilbage på plads',
  'area-filled': 'Indsatsområde udfyldt fra rækken ovenfor',
  'area-from-heading': 'Indsatsområde fra overskriften over rækken',
  'status-unknown': 'Status blev ikke genkendt — sat til Ikke påbegyndt; teksten gemmes som statusnotat',
  'extra-cells': 'Der var flere celler end kolonner — de overskydende er udeladt',
  'category-missing': 'Kategori mangler',
  'category-unknown': 'Kategorien er ikke A, B eller C',
  'title-missing': 'Indsats mangler',
  'text-too-long': 'Teksten er for lang',
}

/** The column-mapping choices in the preview. */
/** The importer's own choices in the column mapping; a field that fills a column takes that column's label (src/features/import/field-labels.ts). */
export const importOwnFieldLabels: Record<Exclude<ImportField, ColumnField>, string> = {
  number: 'Nummer foran indsatsen',
  extra: 'Ny kolonne',
  ignore: 'Medtages ikke',
}

/** Label of a source column without a header ("Kolonne 3"). */
export const importColumnLabel = (index: number) => `Kolonne ${index + 1}`

/** "Række 3, 7 og 12" for the rows-need-attention detail. */
export function importRowList(numbers: readonly number[]): string {
  if (numbers.length === 0) return ''
  if (numbers.length === 1) return `Række ${numbers[0]}`
  return `Række ${numbers.slice(0, -1).join(', ')} og ${numbers[numbers.length - 1]}`
}

const initiativeCount = (n: number) => countOf(n, 'indsats', 'indsatser')
const rowCount = (n: number) => countOf(n, 'række', 'rækker')

/**
 * The import dialog's own words. Stable per ui.md: "Indsæt tabel", "Vælg fil",
 * "Ny oversigt", "Tilføj til denne oversigt", "Importér N indsatser", "Fortryd import".
 */
export const importDialogText = {
  title: 'Importér',
  intro: 'Kopiér tabellen fra Word, Excel eller en PDF — gerne med titel og forklaring til a, b og c over den — og indsæt den herunder. Eller vælg en fil.',
  pasteLabel: 'Indsæt tabel',
  pasteHint: 'Indsæt med Ctrl+V: tabellen læses med det samme. Har du skrevet eller rettet teksten, så tryk på "Læs tabellen".',
  read: 'Læs tabellen',
  longPaste: (lines: number) => `Den indsatte tekst har ${formatCount(lines)} linjer. Den er læst, men vises ikke her — se rækkerne nedenfor.`,
  fileLabel: 'Vælg fil',
  fileHint: 'Word (.docx), Excel (.xlsx), PDF (.pdf), CSV eller tekst (.txt, .tsv). Du kan også trække filen hen på feltet.',
  dropHint: 'Slip filen for at læse den',
  sheet: 'Ark',
  reading: 'Læser tabellen …',
  sourcePaste: 'Indsat tekst',
  sourceHtml: 'Indsat tabel fra Word, Excel eller en webside',
  sourceFile: (name: string) => `Filen ${name}`,
  sourceSheet: (sheet: string) => `ark "${sheet}"`,
  sourceEncoding: (encoding: string) => `tegnsæt ${encoding}`,
  previewHeading: 'Forhåndsvisning',
  summary: (rows: number, attention: number) =>
    attention === 0 ? `${rowCount(rows)} fundet. Ingen skal rettes.` : `${rowCount(rows)} fundet. ${rowCount(attention)} skal rettes eller udelades.`,
  detectedTitle: 'Titel over tabellen',
  noTitle: 'Ingen titel fundet over tabellen.',
  legendHeading: 'Forklaring til kategorierne',
  noLegend: 'Der blev ikke fundet en forklaring til a, b og c over tabellen.',
  appendKeepsLegend: 'Oversigten beholder sin egen forklaring til a, b og c.',
  targetLegend: 'Hvor skal indsatserne hen?',
  targetNew: 'Ny oversigt',
  targetAppend: 'Tilføj til denne oversigt',
  appendHint: (title: string) => `Indsatserne tilføjes nederst i "${title}".`,
  newTitleLabel: 'Titel på ny oversigt',
  fallbackTitle: 'Importeret oversigt',
  mappingHeading: 'Kolonner',
  mappingHint: 'Vælg, hvad hver kolonne i tabellen skal bruges til. Rækkerne herunder læses igen, når du ændrer et valg.',
  rowsCaption: 'Rækker, som importeres',
  rowNumber: 'Nr.',
  tickLabel: (n: number) => `Vælg række ${n}`,
  readsAs: 'Læses som',
  statusWords: (text: string) => `Statuslog: "${text}"`,
  noDate: 'Ingen dato',
  notes: 'Bemærkninger',
  actions: 'Handlinger',
  blockingPrefix: 'Skal rettes:',
  warningPrefix: 'Bemærk:',
  excludedNote: 'Udelades ved importen',
  merge: 'Flet med rækken ovenfor',
  mergeLabel: (n: number) => `Flet række ${n} med rækken ovenfor`,
  split: 'Del rækken',
  splitLabel: (n: number) => `Del række ${n}`,
  exclude: 'Udelad',
  excludeLabel: (n: number) => `Udelad række ${n}`,
  include: 'Medtag',
  includeLabel: (n: number) => `Medtag række ${n}`,
  categoryLabel: (n: number) => `Kategori for række ${n}`,
  chooseCategory: 'Vælg …',
  onlyAttention: (n: number) => `Vis kun rækker, der skal rettes (${formatCount(n)})`,
  more: (n: number) => `… og ${rowCount(n)} mere, som også kommer med i importen.`,
  moreAttention: (n: number) => `… og ${rowCount(n)} mere, som skal rettes.`,
  commit: (n: number) => `Importér ${initiativeCount(n)}`,
  cancel: 'Annullér',
  importing: 'Importerer …',
  needSource: 'Indsæt en tabel eller vælg en fil først.',
  manyRows: (n: number) => rowCount(n),
  needFixes: (rows: string) => `${rows} skal rettes eller udelades, før der kan importeres.`,
  needRows: 'Alle rækker er udeladt. Medtag mindst én række for at importere.',
  needTitle: 'Skriv en titel til den nye oversigt.',
  done: (n: number) => `${initiativeCount(n)} er importeret.`,
  undo: 'Fortryd import',
  undone: 'Importen er fortrudt.',
  announceMerged: (n: number) => `Række ${n} er flettet med rækken ovenfor.`,
  announceSplit: (n: number, parts: number) => `Række ${n} er delt i ${formatCount(parts)} rækker.`,
  announceExcluded: (n: number) => `Række ${n} udelades.`,
  announceIncluded: (n: number) => `Række ${n} medtages.`,
  announceCategory: (n: number, category: string) => `Række ${n} har nu kategori ${category}.`,
  announceMapping: (column: string, field: string) => `Kolonnen "${column}" bruges nu til: ${field}.`,
} as const

/** The preview's account of what the reader decided (columns, year, joined rows, headings). */
export const importDecisionText = {
  heading: 'Sådan læses tabellen',
  newColumn: (name: string) => `ny kolonne ${name}`,
  yearLabel: 'Årstal for datoer uden år',
  yearHint: (year: number, source: 'text' | 'file' | 'today' | 'chosen') =>
    `Årstal uden år læses som ${year} (${{ text: 'teksten over tabellen', file: 'filens dato', today: 'i år', chosen: 'valgt her' }[source]}).`,
  joined: (n: number) => `${rowCount(n)} er flettet med linjer, der fortsatte dem.`,
  headings: (areas: readonly string[]) => `Overskrifter blev til indsatsområder: ${areas.join(', ')}.`,
} as const

/** "Sæt for de viste rækker" in the preview. */
export const importSetText = {
  heading: (n: number, ticked: boolean) => (ticked ? `Sæt for de valgte rækker (${formatCount(n)})` : `Sæt for alle viste rækker (${formatCount(n)})`),
  hint: 'Sæt flueben ud for rækker for kun at ændre dem.',
  field: 'Felt',
  value: 'Værdi',
  apply: (n: number) => `Sæt for ${rowCount(n)}`,
  announce: (field: string, value: string, n: number) => (value === '' ? `${field} er tømt for ${rowCount(n)}.` : `${field} er sat til ${value} for ${rowCount(n)}.`),
} as const

/** Where the text above the table goes. */
export const importNotesText = {
  heading: 'Anden tekst over tabellen',
  where: (append: boolean) =>
    append ? 'Tilføjes oversigtens noter (Rediger oversigtens oplysninger → Noter).' : 'Gemmes i den nye oversigts noter (Rediger oversigtens oplysninger → Noter).',
} as const

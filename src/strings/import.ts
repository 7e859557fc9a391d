/**
 * Danish words of the import dialog's core: one sentence per error code, one
 * short text per row note and a label per column mapping. The dialog's own
 * labels ("Indsæt tabel", "Vælg fil", "Importér 19 indsatser" …) are in ui.md.
 */
import type { ImportErrorCode, ImportField, ImportNote } from '../io/import/types'

export const importErrorMessages: Record<ImportErrorCode, string> = {
  empty: 'Der er ikke indsat noget. Kopiér tabellen fra Word, Excel eller PDF og indsæt den her.',
  unreadable: 'Filen kan ikke læses. Vælg en CSV-, Excel- (.xlsx) eller tekstfil med tabellen.',
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
  'status-unknown': 'Status blev ikke genkendt — sat til Ikke påbegyndt',
  'extra-cells': 'Der var flere celler end kolonner — de overskydende er udeladt',
  'category-missing': 'Kategori mangler',
  'category-unknown': 'Kategorien er ikke A, B eller C',
  'title-missing': 'Indsats mangler',
  'text-too-long': 'Teksten er for lang',
}

/** The column-mapping choices in the preview. */
export const importFieldLabels: Record<ImportField, string> = {
  area: 'Indsatsområde',
  category: 'ABC',
  title: 'Indsats',
  method: 'Hvordan implementeres det',
  deadlineText: 'Hvornår forventes det implementeret',
  status: 'Status',
  owner: 'Ansvarlig',
  remarks: 'Noter',
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

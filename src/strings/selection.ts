/**
 * Words of many rows at once: the checkboxes in the table (first screen) and the bar
 * that appears once a row is chosen. Imports only ./number, so it stays small; the bar's
 * dialogs keep their words in ./selection-dialog, loaded with them.
 */
import { countOf, formatCount } from './number'

export const bulkSelectionText = {
  /** A row's checkbox: "Vælg Ny HR-Enhed". */
  selectRow: (title: string) => `Vælg ${title}`,
  selectAllShown: 'Vælg alle viste',
  /** The bar's name for screen readers. */
  barLabel: 'Valgte indsatser',
  /** "3 valgt", "10.000 valgt". */
  count: (n: number) => `${formatCount(n)} valgt`,
  /** Chosen rows the filters hide: the bar's actions include them. */
  hiddenByFilter: (n: number) => `${formatCount(n)} af dem er skjult af filtrene og kommer med`,
  setCategory: 'Sæt kategori',
  setStatus: 'Sæt status',
  setOwner: 'Sæt ansvarlig',
  setArea: 'Sæt indsatsområde',
  deleteSelected: 'Slet valgte',
  clear: 'Fravælg alle',
  /** After a bulk change or delete, with Fortryd. */
  updated: (n: number) => `${countOf(n, 'indsats', 'indsatser')} er ændret.`,
  deleted: (n: number) => `${countOf(n, 'indsats', 'indsatser')} er slettet.`,
  /** After Fortryd, when rows were changed or deleted since (another tab) and were left as they are. */
  undoSkipped: (n: number) => `${countOf(n, 'indsats', 'indsatser')} var ændret siden og er ikke rørt.`,
} as const

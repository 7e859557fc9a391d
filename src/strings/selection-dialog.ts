/** Words of the bulk bar's dialog (Sæt kategori …), loaded with it. Imports only ./number (see ./index). */
import { countOf, formatCount } from './number'

export const bulkDialogText = {
  /** Whom the change reaches: "Gælder 3 valgte indsatser." */
  appliesTo: (n: number) => `Gælder ${countOf(n, 'valgt indsats', 'valgte indsatser')}.`,
  /** Said beside it when the filters hide some of them. */
  hiddenIncluded: (n: number) => `${formatCount(n)} af dem er skjult af filtrene lige nu.`,
  categoryLegend: 'Ny kategori',
  statusLegend: 'Ny status',
  ownerLabel: 'Ny ansvarlig',
  areaLabel: 'Nyt indsatsområde',
  /** Under a text field: leaving it empty clears the field on every row. */
  emptyClears: 'Tomt felt fjerner værdien fra de valgte indsatser.',
  working: 'Gemmer …',
  chooseOne: 'Vælg en af mulighederne.',
} as const

/**
 * Danish words of the dashboard ("Overblik"). Status, category and column names
 * come from ./core so the dashboard and the table always say the same thing.
 */
import { format } from 'date-fns/format'
import { da } from 'date-fns/locale/da'
import { countOf } from './number'

// Month names from date-fns's Danish locale, through `format`: this file loads with the
// dashboard, so `format` stays out of the first load. It imports nothing from the first
// screen but ./number (which imports nothing), so it stays in the dashboard's chunk.
const firstOfMonth = (year: number, month: number) => new Date(year, month - 1, 1)

const indsatser = (n: number) => countOf(n, 'indsats', 'indsatser')

/** "jan. 21", "maj 21": the locale's short month names, with a full stop only when shortened. */
export const monthShort = (year: number, month: number) => format(firstOfMonth(year, month), 'MMM yy', { locale: da })

/** "januar 2021", for the table alternative and screen readers. */
export const monthLong = (year: number, month: number) => format(firstOfMonth(year, month), 'MMMM yyyy', { locale: da })

export const dashboardText = {
  heading: (date: string) => `Overblik pr. ${date}`,
  intro: 'Klik på et tal for at se indsatserne i tabellen.',
  empty: 'Oversigten har endnu ingen indsatser, så der er intet at tælle.',
  total: 'I alt',

  matrixCaption: 'Indsatser pr. kategori og status',
  categoryColumn: 'Kategori',
  showCell: (n: number, category: string, status: string) => `Vis ${indsatser(n)} i kategori ${category} med status ${status}`,
  showCategory: (n: number, category: string) => `Vis alle ${indsatser(n)} i kategori ${category}`,
  showStatus: (n: number, status: string) => `Vis alle ${indsatser(n)} med status ${status}`,
  showAll: (n: number) => `Vis alle ${indsatser(n)}`,

  areaCaption: (date: string) => `Overskredne frister pr. ${date} fordelt på indsatsområde`,
  overdueColumn: 'Overskredne',
  showAreaOverdue: (n: number, area: string) => `Vis ${countOf(n, 'overskreden indsats', 'overskredne indsatser')} i ${area}`,
  showArea: (n: number, area: string) => `Vis alle ${indsatser(n)} i ${area}`,
  noOverdue: (date: string) => `Ingen indsatser har overskredet fristen pr. ${date}.`,

  timelineHeading: 'Frister pr. måned',
  timelineCaption: 'Frister pr. måned fordelt på kategori',
  timelineLabel: (from: string, to: string, n: number) =>
    `Søjlediagram over frister pr. måned fra ${from} til ${to}, stablet efter kategori A, B og C: ${indsatser(n)}. Tallene står i tabellen "Frister pr. måned fordelt på kategori".`,
  monthColumn: 'Måned',
  showTable: 'Vis som tabel',
  asOfMarker: 'Opgjort pr.',
  asOfRow: (date: string) => `(opgjort pr. ${date})`,
  legend: 'Forklaring',
  noDated: 'Ingen indsatser har en frist med dato.',
  before: (n: number, month: string) => `${indsatser(n)} med frist før ${month} er ikke med i diagrammet.`,
  after: (n: number, month: string) => `${indsatser(n)} med frist efter ${month} er ikke med i diagrammet.`,
  ongoing: (n: number) => `Løbende (uden frist): ${indsatser(n)}.`,
  undated: (n: number) => `Uden dato: ${indsatser(n)}.`,
} as const

/**
 * Danish words in exported files (Word, Excel, CSV, backup). Column, status and flag
 * labels come from ./core so the files use exactly the words the table shows.
 */
import { countOf, formatCount } from './number'

/** Header block of an export ("Udvalg: …", "Opgjort pr. 20. januar 2021"). */
export const exportHeaderLabels = {
  title: 'Oversigt',
  committee: 'Udvalg',
  caseNumber: 'Sagsnr.',
  meetingDate: 'Mødedato',
  asOf: 'Opgjort pr.',
} as const

/** Heading above the a/b/c legend in the Excel info sheet. */
export const legendHeading = 'Kategorier'

/** The legend lines, as in Bilag 1: "a. …", "b. …", "c. …". */
export const legendPrefix = { A: 'a.', B: 'b.', C: 'c.' } as const

/** The second sheet of the .xlsx, holding the header block and the legend. */
export const infoSheetName = 'Om oversigten'

/** Sheet name used when the overview's title leaves nothing usable. */
export const fallbackSheetName = 'Indsatser'

/** File name used when the overview's title leaves nothing usable. */
export const fallbackFileTitle = 'Oversigt'

/**
 * Footer of the Word file. `{current}` and `{total}` become Word's PAGE and NUMPAGES
 * fields, so the numbers are right however Word paginates.
 */
export const pageFooterTemplate = 'Side {current} af {total}'

/** Excel number format for date cells: "31. maj 2021" in a Danish Excel. */
export const excelDateFormat = 'd. mmm yyyy'

/**
 * The line that tells a reader the document is a selection of the overview ("udsnit"):
 * "Udsnit: Kategori C · kun overskredne · opgjort pr. 1. marts 2021 · 4 af 19 indsatser".
 * Lists are joined the Danish way ("A og C", "I gang eller Sat i bero").
 */
export const selectionText = {
  label: 'Udsnit',
  separator: ' · ',
  search: (query: string) => `søgning "${query}"`,
  categories: (list: string) => `Kategori ${list}`,
  areas: (names: readonly string[], list: string) => `${names.length === 1 ? 'indsatsområde' : 'indsatsområderne'} ${list}`,
  area: (name: string) => `"${name}"`,
  statuses: (list: string) => `status ${list}`,
  overdueOnly: 'kun overskredne',
  asOf: (date: string) => `opgjort pr. ${date}`,
  count: (shown: number, total: number) => `${formatCount(shown)} af ${countOf(total, 'indsats', 'indsatser')}`,
  /** Added to the file name of a selection: "Bilag 1 – overblik over indsatser (udsnit) 2021-03-01.docx". */
  fileSuffix: '(udsnit)',
} as const

/** The heading that repeats an area on a printed page its rows continue onto. */
export const continuedHeading = (area: string) => `${area} (fortsat)`

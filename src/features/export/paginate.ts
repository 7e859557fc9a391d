/**
 * Lays the print layout's rows out into pages, from their measured heights: CSS alone
 * cannot know where a page breaks, and a page that continues an area must say which
 * ("Tilsyn, forældreinddragelse … (fortsat)"). Pure: the heights come from the browser
 * (PrintView measures them at the printed width and font size).
 *
 * Rules, as a reader of the Bilag expects them:
 * - every page starts with the table's header row (`header`), the first page with the
 *   title block above it (`intro`);
 * - an area heading never ends a page: it moves to the next page with its first row;
 * - a page that starts inside an area begins with that area's "(fortsat)" heading;
 * - a row is never split; a row taller than a whole page gets a page of its own.
 */
import type { ExportRow } from '../../io/export/types'

export type PrintItem = { kind: 'heading'; area: string } | { kind: 'row'; area: string; row: ExportRow }

export interface PrintPage {
  /** The area this page continues from the page before, when it starts inside one. */
  continues?: string
  items: PrintItem[]
}

export interface PageHeights {
  /** The room on one page, for the table and (on the first page) the title block. */
  page: number
  /** The title, header line, udsnit line and legend on the first page. */
  intro: number
  /** The table's header row, repeated on every page. */
  header: number
  /** Each item's height, in the order of the items. */
  items: readonly number[]
  /** The height of an area's "(fortsat)" heading. */
  continued: (area: string) => number
}

/** The print layout's items: a heading before each run of one area (when grouped), and the rows. */
export function printItems(rows: readonly ExportRow[], grouped: boolean): PrintItem[] {
  const items: PrintItem[] = []
  rows.forEach((row, i) => {
    const area = row.initiative.area
    if (grouped && (i === 0 || rows[i - 1]?.initiative.area !== area)) items.push({ kind: 'heading', area })
    items.push({ kind: 'row', area, row })
  })
  return items
}

export function paginate(items: readonly PrintItem[], heights: PageHeights): PrintPage[] {
  const grouped = items.some((item) => item.kind === 'heading')
  const pages: PrintPage[] = [{ items: [] }]
  let used = heights.intro + heights.header
  let hasRows = false
  const height = (i: number) => heights.items[i] ?? 0
  items.forEach((item, i) => {
    // A heading needs room for itself and its first row.
    const need = item.kind === 'heading' ? height(i) + height(i + 1) : height(i)
    if (used + need > heights.page && hasRows) {
      // Grouped, a row that opens a page is inside its area: the heading came on an earlier page.
      const continues = grouped && item.kind === 'row' ? item.area : undefined
      pages.push(continues === undefined ? { items: [] } : { continues, items: [] })
      used = heights.header + (continues === undefined ? 0 : heights.continued(continues))
      hasRows = false
    }
    pages[pages.length - 1]!.items.push(item)
    used += height(i)
    hasRows ||= item.kind === 'row'
  })
  return pages
}

/** The pieces of the print layout, shared by the measuring pass and the printed pages (PrintView). */
import { CATEGORIES } from '../../domain/model'
import type { ExportDocument, ExportRow } from '../../io/export/types'
import { cellText } from '../../io/export/shared'
import { selectionLine } from '../../io/export/selection'
import { continuedHeading, t } from '../../strings'
import type { ColumnSpec } from '../../domain/columns'
import { formatDanishDate } from '../../ui/format'
import type { PrintColumns } from './print-columns'
import type { PrintItem } from './paginate'

/** The print shows what the Word bilag shows: the deadline in words, other cells as in every export. */
const cell = (row: ExportRow, column: ColumnSpec): string => cellText(row, column)

/** Title, the header line, the udsnit line of a filtered view, and the a/b/c legend: the top of the first page. */
export function PrintIntro({ doc }: { doc: ExportDocument }) {
  const { overview } = doc
  const facts = [
    overview.committee && `${t.committee}: ${overview.committee}`,
    overview.caseNumber && `${t.caseNumber}: ${overview.caseNumber}`,
    overview.meetingDate && `${t.meetingDate}: ${formatDanishDate(overview.meetingDate)}`,
    `${t.asOf} ${formatDanishDate(doc.asOf)}`,
  ].filter(Boolean)
  return (
    <div className="print-intro">
      <h1 className="print-title">{overview.title}</h1>
      <p className="print-facts">{facts.join(' · ')}</p>
      {doc.selection && <p className="print-selection">{selectionLine(doc.selection)}</p>}
      {CATEGORIES.some((c) => overview.legend[c]) && (
        <ol className="print-legend">
          {CATEGORIES.map((c) => (
            <li key={c}>
              <span className="print-legend__key">{c.toLowerCase()}.</span> {overview.legend[c]}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

export function PrintColGroup({ layout }: { layout: PrintColumns }) {
  return (
    <colgroup>
      {layout.columns.map((c, i) => (
        <col key={c.id} style={{ width: layout.widths[i] }} />
      ))}
    </colgroup>
  )
}

export function PrintHead({ layout }: { layout: PrintColumns }) {
  return (
    <thead>
      <tr>
        {layout.columns.map((c) => (
          <th key={c.id} className={`print-col-${c.id}`}>{c.label}</th>
        ))}
      </tr>
    </thead>
  )
}

/** An area heading ("Tilsyn, forældreinddragelse …", or "… (fortsat)" at the top of a page it continues onto). */
export function PrintHeading({ area, span, continued = false }: { area: string; span: number; continued?: boolean }) {
  const name = area || t.noArea
  return (
    <tr className="print-group__heading">
      <th colSpan={span}>{continued ? continuedHeading(name) : name}</th>
    </tr>
  )
}

export function PrintItemRow({ item, layout }: { item: PrintItem; layout: PrintColumns }) {
  if (item.kind === 'heading') return <PrintHeading area={item.area} span={layout.columns.length} />
  const { row } = item
  return (
    <tr className={`print-row print-row--${row.flag}`}>
      {layout.columns.map((c) => (
        <td key={c.id} className={`print-col-${c.id}`}>{cell(row, c)}</td>
      ))}
    </tr>
  )
}

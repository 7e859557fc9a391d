/**
 * The print layout: the same content as the Word bilag, as plain HTML for the
 * browser's print (and "Gem som PDF"). Every row is here — not the on-screen,
 * virtualised table — the header row repeats on every page (thead), an area
 * heading stays with its first row, and pages are numbered by @page rules.
 */
import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import './print.css'
import { CATEGORIES } from '../../domain/model'
import { formatDeadline } from '../../domain/deadline'
import type { ExportDocument, ExportRow } from '../../io/export/types'
import { columnLabels, t, type ColumnId } from '../../strings'
import { cellText } from '../../io/export/shared'
import { formatDanishDate } from '../../ui/format'

/** The print shows what the Word bilag shows: the deadline in words, other cells as in every export. */
const cell = (row: ExportRow, column: ColumnId): string => (column === 'deadline' ? formatDeadline(row.deadline) : cellText(row, column))

export function PrintView({ doc, onRendered }: { doc: ExportDocument; onRendered: () => void }) {
  const { overview } = doc
  // The browser's print dialog is opened only once the layout is in the document.
  useEffect(() => {
    const frame = requestAnimationFrame(onRendered)
    return () => cancelAnimationFrame(frame)
  }, [doc, onRendered])
  // Grouped, the area is the heading of its rows (as in the Bilag), not a column of its own.
  const columns = doc.grouped ? doc.columns.filter((c) => c !== 'area') : doc.columns
  const facts = [
    overview.committee && `${t.committee}: ${overview.committee}`,
    overview.caseNumber && `${t.caseNumber}: ${overview.caseNumber}`,
    overview.meetingDate && `${t.meetingDate}: ${formatDanishDate(overview.meetingDate)}`,
    `${t.asOf} ${formatDanishDate(doc.asOf)}`,
  ].filter(Boolean)

  return createPortal(
    <div className="print-root" aria-hidden="true">
      <h1 className="print-title">{overview.title}</h1>
      <p className="print-facts">{facts.join(' · ')}</p>
      {CATEGORIES.some((c) => overview.legend[c]) && (
        <ol className="print-legend">
          {CATEGORIES.map((c) => (
            <li key={c}>
              <span className="print-legend__key">{c.toLowerCase()}.</span> {overview.legend[c]}
            </li>
          ))}
        </ol>
      )}
      <table className="print-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} className={`print-col-${c}`}>{columnLabels[c]}</th>
            ))}
          </tr>
        </thead>
        {groups(doc).map((group, index) => (
          <tbody key={index} className="print-group">
            {doc.grouped && (
              <tr className="print-group__heading">
                <th colSpan={columns.length}>{group.area || t.noArea}</th>
              </tr>
            )}
            {group.rows.map((row) => (
              <tr key={row.initiative.id} className={`print-row print-row--${row.flag}`}>
                {columns.map((c) => (
                  <td key={c} className={`print-col-${c}`}>{cell(row, c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>,
    document.body,
  )
}

/** Consecutive runs of one area (or one run of everything when not grouped). */
function groups(doc: ExportDocument): { area: string; rows: ExportRow[] }[] {
  if (!doc.grouped) return [{ area: '', rows: doc.rows }]
  const result: { area: string; rows: ExportRow[] }[] = []
  for (const row of doc.rows) {
    const last = result[result.length - 1]
    if (last && last.area === row.initiative.area) last.rows.push(row)
    else result.push({ area: row.initiative.area, rows: [row] })
  }
  return result
}

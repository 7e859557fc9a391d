/**
 * The print layout (Udskriv / PDF): the same content as the Word bilag, as plain HTML for
 * the browser's print (and "Gem som PDF"). Every row is here — not the on-screen,
 * virtualised table.
 *
 * Two passes, because CSS cannot know where a page will break: first every row is laid
 * out invisibly at the printed width and font size and measured (PrintMeasure); then the
 * rows are placed on explicit pages (./paginate.ts), each with the header row and — when
 * it continues an area — that area's heading with "(fortsat)". "Side X af Y" comes from the
 * @page rules (print.css). The print dialog opens once the pages are in the document.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { createPortal } from 'react-dom'
import './print.css'
import type { ExportDocument } from '../../io/export/types'
import { printItems, type PrintPage } from './paginate'
import { printColumns } from './print-columns'
import { PrintMeasure } from './PrintMeasure'
import { PrintColGroup, PrintHead, PrintHeading, PrintIntro, PrintItemRow } from './PrintSheet'
import { printItemKey } from './print-keys'

export function PrintView({ doc, onRendered }: { doc: ExportDocument; onRendered: () => void }) {
  const layout = useMemo(() => printColumns(doc), [doc])
  const items = useMemo(() => printItems(doc.rows, doc.grouped), [doc])
  const [laidOut, setLaidOut] = useState<{ doc: ExportDocument; pages: PrintPage[] }>()
  // Pages belong to the document they were measured for; a new document is measured again.
  const pages = laidOut?.doc === doc ? laidOut.pages : undefined
  const onMeasured = useCallback((measured: PrintPage[]) => setLaidOut({ doc, pages: measured }), [doc])

  useEffect(() => {
    if (!pages) return
    const frame = requestAnimationFrame(onRendered)
    return () => cancelAnimationFrame(frame)
  }, [pages, onRendered])

  if (!pages) return createPortal(<PrintMeasure doc={doc} layout={layout} items={items} onMeasured={onMeasured} />, document.body)
  return createPortal(
    <div className="print-root print-sheet" aria-hidden="true">
      {pages.map((page, p) => (
        <section key={p} className="print-page">
          {p === 0 && <PrintIntro doc={doc} />}
          <table className="print-table">
            <PrintColGroup layout={layout} />
            <PrintHead layout={layout} />
            <tbody>
              {page.continues !== undefined && <PrintHeading area={page.continues} span={layout.columns.length} continued />}
              {page.items.map((item, i) => (
                <PrintItemRow key={printItemKey(item, `${p}-${i}`)} item={item} layout={layout} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>,
    document.body,
  )
}

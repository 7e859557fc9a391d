/**
 * The print layout's measuring pass: every row laid out at the printed width and font size
 * (print.css `.print-measure`: off screen, invisible), measured once the fonts it uses have
 * loaded, and handed to the paginator. Unmounted as soon as the pages are known.
 */
import { useLayoutEffect, useMemo, useRef } from 'react'
import type { ExportDocument } from '../../io/export/types'
import { paginate, type PrintItem, type PrintPage } from './paginate'
import { PRINT_HEIGHT_PX, type PrintColumns } from './print-columns'
import { PrintColGroup, PrintHead, PrintHeading, PrintIntro, PrintItemRow } from './PrintSheet'
import { printItemKey } from './print-keys'

/** Room kept free on every page (px): the table's outer borders and rounding in the printed layout. */
const SAFETY_PX = 6

interface PrintMeasureProps {
  doc: ExportDocument
  layout: PrintColumns
  items: readonly PrintItem[]
  onMeasured: (pages: PrintPage[]) => void
}

export function PrintMeasure({ doc, layout, items, onMeasured }: PrintMeasureProps) {
  const ref = useRef<HTMLDivElement>(null)
  const areas = useMemo(() => [...new Set(items.flatMap((item) => (item.kind === 'heading' ? [item.area] : [])))], [items])

  useLayoutEffect(() => {
    const root = ref.current
    if (!root) return
    let cancelled = false
    // Laying the text out now starts loading the fonts it needs (bold, for instance); measure once they are in.
    void root.offsetHeight
    void document.fonts.ready.then(() => {
      if (cancelled) return
      const height = (element: Element | null) => element?.getBoundingClientRect().height ?? 0
      const rows = root.querySelectorAll('.print-measure__rows > tbody > tr')
      const continued = root.querySelectorAll('.print-measure__continued > tbody > tr')
      const continuedHeights = new Map(areas.map((area, i) => [area, height(continued[i] ?? null)]))
      onMeasured(
        paginate(items, {
          page: PRINT_HEIGHT_PX - SAFETY_PX,
          intro: height(root.querySelector('.print-intro')),
          header: height(root.querySelector('.print-measure__rows > thead')),
          items: Array.from(rows, height),
          continued: (area) => continuedHeights.get(area) ?? 0,
        }),
      )
    })
    return () => {
      cancelled = true
    }
  }, [items, areas, onMeasured])

  return (
    <div ref={ref} className="print-measure print-sheet" aria-hidden="true">
      <PrintIntro doc={doc} />
      <table className="print-table print-measure__rows">
        <PrintColGroup layout={layout} />
        <PrintHead layout={layout} />
        <tbody>
          {items.map((item, i) => (
            <PrintItemRow key={printItemKey(item, i)} item={item} layout={layout} />
          ))}
        </tbody>
      </table>
      <table className="print-table print-measure__continued">
        <PrintColGroup layout={layout} />
        <tbody>
          {areas.map((area) => (
            <PrintHeading key={area} area={area} span={layout.columns.length} continued />
          ))}
        </tbody>
      </table>
    </div>
  )
}

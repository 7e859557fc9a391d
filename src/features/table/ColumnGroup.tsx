/**
 * The table's column widths as a <colgroup>: each column at least as wide as its longest
 * word (so no word is broken), the rest shared by how much text a column holds
 * (src/domain/column-widths.ts). When the minimums need more than the page is wide, the
 * table grows wider than the page (it scrolls sideways) rather than break words.
 *
 * Cost: the cells are read once per data set, visible columns and grouping — not per
 * keystroke, sort or scroll (the rows prop is the whole data set, not the filtered view),
 * and a large data set mostly while the browser is idle (./use-column-needs.ts); a resize
 * only divides the width again.
 */
import { memo, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { columnNeeds, distributeWidths, minimumWidths } from '../../domain/column-widths'
import type { ViewRow } from '../../domain/view-row'
import { actionsColumnContent } from './column-contents'
import { useColumnNeeds } from './use-column-needs'
import type { ColumnSpec } from '../../domain/columns'

interface ColumnGroupProps {
  /** Every row of the overview (not the filtered view): widths stay put while filtering. */
  rows: readonly ViewRow[]
  columns: readonly ColumnSpec[]
  grouped: boolean
  actions: boolean
  /** A checkbox column first (./SelectionColumn.tsx): a fixed width, and the data columns then all pad like non-first cells. */
  select?: boolean
}

interface Metrics {
  /** The width the table may fill, in px. */
  width: number
  /** The table's font size, in px. */
  em: number
  /** A cell's padding and border, left and right together, in px: the first column's, the others'. */
  padding: { first: number; other: number }
}

/** The checkbox column's content width, in em: the checkbox (1.25 em) and a little air. */
const SELECT_EM = 1.5

export const ColumnGroup = memo(function ColumnGroup({ rows, columns, grouped, actions, select = false }: ColumnGroupProps) {
  const ref = useRef<HTMLTableColElement>(null)
  const metrics = useTableMetrics(ref)
  const needs = useColumnNeeds(rows, columns, grouped)
  const actionsNeed = useMemo(() => columnNeeds([actionsColumnContent()]), [])

  const widths = useMemo(() => {
    if (!metrics) return undefined
    const { first, other } = metrics.padding
    const layout = { em: metrics.em, padding: needs.map((_, i) => (i === 0 && !select ? first : other)) }
    const actionsWidth = actions ? (minimumWidths(actionsNeed, { em: metrics.em, padding: other })[0] ?? 0) : 0
    const selectWidth = select ? Math.ceil(first + SELECT_EM * metrics.em) : 0
    const minimum = minimumWidths(needs, layout).reduce((a, b) => a + b, 0)
    const data = distributeWidths(needs, { ...layout, total: Math.max(metrics.width - actionsWidth - selectWidth, minimum) })
    return [...(select ? [selectWidth] : []), ...data, ...(actions ? [actionsWidth] : [])]
  }, [metrics, needs, actionsNeed, actions, select])

  const ids = [...(select ? ['select'] : []), ...columns.map((c) => c.id), ...(actions ? ['actions'] : [])]
  return (
    <colgroup ref={ref}>
      {ids.map((id, i) => (
        <col key={id} className={`col-${id}`} style={widths ? { width: widths[i] } : undefined} />
      ))}
    </colgroup>
  )
})

/**
 * The table's available width, font size and cell padding, read before the first paint and
 * again when the container's width changes (a window resize, a scrollbar appearing). The
 * container's height changes with every filter keystroke: those notifications stop at a
 * comparison of one number.
 */
function useTableMetrics(ref: RefObject<HTMLTableColElement | null>): Metrics | undefined {
  const [metrics, setMetrics] = useState<Metrics>()
  useLayoutEffect(() => {
    const table = ref.current?.closest('table')
    const container = table?.parentElement
    if (!table || !container) return
    const px = (value: string | undefined) => Number.parseFloat(value ?? '') || 0
    const em = px(getComputedStyle(table).fontSize) || 16
    // The design system pads a row's first cell more than the others.
    const sides = (cell: Element | null | undefined) => {
      const style = cell ? getComputedStyle(cell) : undefined
      return px(style?.paddingLeft) + px(style?.paddingRight) + px(style?.borderLeftWidth) + px(style?.borderRightWidth)
    }
    const headers = table.querySelectorAll('thead th')
    const first = sides(headers[0])
    // The second header (the last one has no border of its own); a one-column table pads like its first.
    const padding = { first, other: headers.length > 2 ? sides(headers[1]) : first }
    const update = (width: number) => setMetrics((previous) => (previous && previous.width === width ? previous : { width, em, padding }))
    const containerStyle = getComputedStyle(container)
    update(Math.floor(container.clientWidth - px(containerStyle.paddingLeft) - px(containerStyle.paddingRight)))
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentBoxSize?.[0]?.inlineSize ?? entry?.contentRect.width
      if (width !== undefined) update(Math.floor(width))
    })
    observer.observe(container)
    return () => observer.disconnect()
  }, [ref])
  return metrics
}

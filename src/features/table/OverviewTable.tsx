/**
 * The Bilag table. Only the rows in view are in the DOM (window virtualisation),
 * so 10,000 rows scroll and filter within a frame; `aria-rowcount` and
 * `aria-rowindex` tell screen readers where they are in the whole table.
 * Grouped by area, each group starts with a heading row, like the Bilag.
 * Up to VIRTUALISE_ABOVE rows are all rendered: a Bilag-sized table then works
 * with the browser's own find-in-page and needs no scroll maths.
 */
import { useLayoutEffect, useRef, useState } from 'react'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import type { ViewRow } from '../../domain/view-row'
import { t } from '../../strings'
import type { OverviewTableInstance } from './use-overview-table'
import { LeafCell } from './cells'
import { SortHeader } from './SortHeader'

const VIRTUALISE_ABOVE = 300

interface OverviewTableProps {
  table: OverviewTableInstance
  onEdit?: (row: ViewRow) => void
  onDelete?: (row: ViewRow) => void
}

export function OverviewTable({ table, onEdit, onDelete }: OverviewTableProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const rows = table.getRowModel().rows
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const editable = Boolean(onEdit && onDelete)
  const columnCount = headers.length + (editable ? 1 : 0)
  const virtualise = rows.length > VIRTUALISE_ABOVE
  // Where the table body starts on the page: the window virtualiser counts from there.
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const top = bodyRef.current ? bodyRef.current.getBoundingClientRect().top + window.scrollY : 0
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top)
  }, [rows.length, virtualise, scrollMargin])
  const virtualizer = useWindowVirtualizer({
    enabled: virtualise,
    count: rows.length,
    estimateSize: (index) => (rows[index]?.getIsGrouped() ? 44 : 96),
    overscan: 12,
    scrollMargin,
    getItemKey: (index) => rows[index]?.id ?? index,
  })
  const items = virtualise ? virtualizer.getVirtualItems() : rows.map((_, index) => ({ index, start: 0, end: 0 }))
  const margin = scrollMargin
  const padTop = virtualise && items.length ? (items[0]?.start ?? 0) - margin : 0
  const padBottom = virtualise && items.length ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - margin) : 0
  const measure = virtualise ? virtualizer.measureElement : undefined

  return (
    <table className={`table table--compact overview-table${table.state.grouping.length ? ' overview-table--grouped' : ''}`} aria-label={t.tableName} aria-rowcount={rows.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          {headers.map((header) => (
            <SortHeader key={header.id} header={header} />
          ))}
          {editable && (
            <th scope="col" className="col-actions">
              <span className="sr-only">{t.actions}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {padTop > 0 && <tr aria-hidden="true" className="spacer" style={{ height: padTop }} />}
        {items.map((item) => {
          const row = rows[item.index]
          if (!row) return null
          if (row.getIsGrouped()) {
            const area = String(row.groupingValue ?? '')
            return (
              <tr key={row.id} ref={measure} data-index={item.index} aria-rowindex={item.index + 2} className="group-row">
                <th scope="rowgroup" colSpan={columnCount}>
                  {area || t.noArea} <span className="group-row__count">({t.groupCount(row.subRows.length)})</span>
                </th>
              </tr>
            )
          }
          const viewRow = row.original
          const titleId = `title-${row.id}`
          return (
            <tr key={row.id} ref={measure} data-index={item.index} aria-rowindex={item.index + 2} className={`leaf-row leaf-row--${viewRow.flag}`}>
              {row.getVisibleCells().map((cell) => {
                const hiddenArea = cell.column.id === 'area' && row.depth > 0
                return (
                  <td key={cell.id} id={cell.column.id === 'title' ? titleId : undefined} className={`col-${cell.column.id}`}>
                    {hiddenArea ? <span className="sr-only">{viewRow.initiative.area}</span> : <LeafCell columnId={cell.column.id} row={viewRow} />}
                  </td>
                )
              })}
              {editable && (
                <td className="col-actions">
                  <div className="row-actions">
                    <button type="button" className="button button-tertiary button-small" aria-describedby={titleId} onClick={() => onEdit?.(viewRow)}>
                      {t.edit}
                    </button>
                    <button type="button" className="button button-tertiary button-small" aria-describedby={titleId} onClick={() => onDelete?.(viewRow)}>
                      {t.remove}
                    </button>
                  </div>
                </td>
              )}
            </tr>
          )
        })}
        {padBottom > 0 && <tr aria-hidden="true" className="spacer" style={{ height: padBottom }} />}
      </tbody>
    </table>
  )
}

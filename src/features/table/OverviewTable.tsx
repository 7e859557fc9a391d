/**
 * The Bilag table. Above VIRTUALISE_ABOVE rows only the rows in view are in the DOM
 * (window virtualisation), so 10,000 rows scroll and filter within a frame;
 * `aria-rowcount` and `aria-rowindex` tell screen readers where they are in the
 * whole table. Grouped by area, each group starts with a heading row, like the Bilag.
 * Up to VIRTUALISE_ABOVE rows are all rendered: a Bilag-sized table then works with
 * the browser's own find-in-page and needs no scroll maths.
 *
 * The rows come ready-made (src/domain/display-rows.ts); TanStack Table gives the
 * headers, the sort state and the visible columns.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { ViewRow } from '../../domain/view-row'
import type { DisplayItem, GroupItem, LeafItem } from '../../domain/display-rows'
import { t } from '../../strings'
import type { OverviewTableInstance } from './use-overview-table'
import { LeafCell } from './cells'
import { SortHeader } from './SortHeader'
import { ColumnGroup } from './ColumnGroup'
import type { ColumnSpec } from '../../domain/columns'
import { SelectAllHeader, SelectCell, type RowSelection } from './SelectionColumn'
import type { Measure } from './VirtualRows'
import { LEAF_ROW_ESTIMATE } from './row-estimates'

type VirtualRowsModule = typeof import('./VirtualRows')
let virtualRowsModule: VirtualRowsModule | undefined

/**
 * The virtualiser (a chunk of its own), fetched when a table first has more rows than
 * VIRTUALISE_ABOVE; until it is in, the first screenful is rendered plainly, so the first
 * rows of a large overview are painted without waiting for it. A state update, not
 * Suspense: React holds back a Suspense boundary's content for a while after its fallback
 * showed, which would hold back the rest of the rows arriving meanwhile.
 */
function useVirtualRows(needed: boolean): VirtualRowsModule | undefined {
  const [loaded, setLoaded] = useState(virtualRowsModule)
  useEffect(() => {
    if (!needed || loaded) return
    let live = true
    import('./VirtualRows').then(
      (module) => {
        virtualRowsModule = module
        if (live) setLoaded(module)
      },
      () => {
        // Offline on a first visit: the first screenful stays; the next large table tries again.
      },
    )
    return () => {
      live = false
    }
  }, [needed, loaded])
  return loaded ?? virtualRowsModule
}

/** More rows than this are virtualised: a filter then renders a screenful, not hundreds of rows. */
export const VIRTUALISE_ABOVE = 60

interface RowActions {
  edit: (row: ViewRow) => void
  remove: (row: ViewRow) => void
}

interface OverviewTableProps {
  table: OverviewTableInstance
  /** The rows as shown: sorted, grouped (display-rows.ts). */
  items: readonly DisplayItem[]
  /** The visible columns in order; the same array while they are the same, so memoised rows skip re-rendering. */
  columns: readonly ColumnSpec[]
  /** Every row of the overview, unfiltered: the column widths follow the data set, not each keystroke. */
  rows: readonly ViewRow[]
  grouped: boolean
  onEdit?: (row: ViewRow) => void
  onDelete?: (row: ViewRow) => void
  /** Rows can be chosen for a bulk action: a checkbox column first. */
  selection?: RowSelection
}

const GroupRow = memo(function GroupRow({ item, index, columnCount, measure }: { item: GroupItem; index: number; columnCount: number; measure: Measure }) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className="group-row">
      <th scope="rowgroup" colSpan={columnCount}>
        {item.area || t.noArea} <span className="group-row__count">({t.groupCount(item.count)})</span>
      </th>
    </tr>
  )
})

interface LeafRowProps {
  item: LeafItem
  index: number
  columns: readonly ColumnSpec[]
  actions: RowActions | undefined
  measure: Measure
  /** Undefined without a checkbox column; a boolean, so only rows whose state changes re-render. */
  selected: boolean | undefined
  onSelect: RowSelection['toggleRow'] | undefined
}

const LeafRow = memo(function LeafRow({ item, index, columns, actions, measure, selected, onSelect }: LeafRowProps) {
  const { row, inGroup } = item
  const titleId = `title-${row.id}`
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={`leaf-row leaf-row--${row.flag}${selected ? ' leaf-row--selected' : ''}`}>
      {onSelect && <SelectCell id={row.id} title={row.initiative.title} selected={selected === true} onToggle={onSelect} />}
      {columns.map((column) => (
        <td key={column.id} id={column.id === 'title' ? titleId : undefined} className={`col-${column.id} kind-${column.kind}`}>
          {column.id === 'area' && inGroup ? <span className="sr-only">{row.initiative.area}</span> : <LeafCell column={column} row={row} />}
        </td>
      ))}
      {actions && (
        <td className="col-actions">
          <div className="row-actions">
            <button type="button" className="button button-tertiary button-small" aria-describedby={titleId} onClick={() => actions.edit(row)}>
              {t.edit}
            </button>
            <button type="button" className="button button-tertiary button-small" aria-describedby={titleId} onClick={() => actions.remove(row)}>
              {t.remove}
            </button>
          </div>
        </td>
      )}
    </tr>
  )
})

/** Handlers that keep their identity across renders but always call the latest props, so memoised rows need not re-render when the parent passes new arrow functions. */
function useStableActions(onEdit: OverviewTableProps['onEdit'], onDelete: OverviewTableProps['onDelete']): RowActions | undefined {
  const latest = useRef({ onEdit, onDelete })
  useLayoutEffect(() => {
    latest.current = { onEdit, onDelete }
  })
  const editable = Boolean(onEdit && onDelete)
  return useMemo(() => (editable ? { edit: (row) => latest.current.onEdit?.(row), remove: (row) => latest.current.onDelete?.(row) } : undefined), [editable])
}

/** While the virtualiser loads: as many rows as a window holds (as the virtualiser would show), and the rest's estimated height below them. */
function FirstScreen({ count, renderItem }: { count: number; renderItem: (index: number, measure: Measure) => ReactNode }) {
  const shown = Math.min(count, Math.ceil(window.innerHeight / LEAF_ROW_ESTIMATE) + 2)
  return (
    <>
      {Array.from({ length: shown }, (_, index) => renderItem(index, undefined))}
      {count > shown && <tr aria-hidden="true" className="spacer" style={{ height: (count - shown) * LEAF_ROW_ESTIMATE }} />}
    </>
  )
}

export function OverviewTable({ table, items, columns, rows, grouped, onEdit, onDelete, selection }: OverviewTableProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const actions = useStableActions(onEdit, onDelete)
  const columnCount = columns.length + (actions ? 1 : 0) + (selection ? 1 : 0)
  const virtualise = items.length > VIRTUALISE_ABOVE
  const virtual = useVirtualRows(virtualise)

  const renderItem = (index: number, measure: Measure) => {
    const item = items[index]
    if (!item) return null
    return item.kind === 'group' ? (
      <GroupRow key={item.key} item={item} index={index} columnCount={columnCount} measure={measure} />
    ) : (
      <LeafRow
        key={item.key}
        item={item}
        index={index}
        columns={columns}
        actions={actions}
        measure={measure}
        selected={selection?.selected.has(item.row.id)}
        onSelect={selection?.toggleRow}
      />
    )
  }

  return (
    <table id="indsatser-tabel" tabIndex={-1} className={`table table--compact overview-table${grouped ? ' overview-table--grouped' : ''}`} aria-label={t.tableName} aria-rowcount={items.length + 1}>
      <ColumnGroup rows={rows} columns={columns} grouped={grouped} actions={Boolean(actions)} select={Boolean(selection)} />
      <thead>
        <tr aria-rowindex={1}>
          {selection && <SelectAllHeader selection={selection} />}
          {headers.map((header) => (
            <SortHeader key={header.id} header={header} />
          ))}
          {actions && (
            <th scope="col" className="col-actions">
              <span className="sr-only">{t.actions}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {virtualise && virtual ? (
          <virtual.VirtualRows items={items} bodyRef={bodyRef} renderItem={renderItem} />
        ) : virtualise ? (
          <FirstScreen count={items.length} renderItem={renderItem} />
        ) : (
          items.map((_, index) => renderItem(index, undefined))
        )}
      </tbody>
    </table>
  )
}

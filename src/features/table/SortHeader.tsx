/** A column header that sorts on click (Shift+click adds a column) and says how it is sorted. */
import type { Header } from '@tanstack/react-table'
import type { ViewRow } from '../../domain/view-row'
import type { Features } from './table-config'
import { t } from '../../strings'

export function SortHeader({ header }: { header: Header<Features, ViewRow, unknown> }) {
  const sorted = header.column.getIsSorted()
  const index = header.column.getSortIndex()
  const label = String(header.column.columnDef.header ?? header.id)
  return (
    <th scope="col" className={`col-${header.id}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
      <button type="button" className="sort-button" title={t.sortHint} onClick={header.column.getToggleSortingHandler()}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          {sorted && index > 0 ? index + 1 : ''}
        </span>
      </button>
    </th>
  )
}

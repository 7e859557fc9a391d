/**
 * Work every large overview needs sooner or later, done while the browser is idle after
 * the rows arrive, so the first keystroke in Søg and the first click on a column header
 * cost what the later ones do: each row's search text (~40 ms at 10,000 rows) and each
 * sortable column's ranks (~5 ms a column). Small slices, so a click or a key in
 * between is not held up.
 */
import { useEffect } from 'react'
import type { ViewRow } from '../../domain/view-row'
import { SORTABLE_COLUMNS, prepareSort } from '../../domain/display-rows'

const SLICE = 500

export function useIdleWarmup(rows: readonly ViewRow[]): void {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return
    let next = 0
    let column = 0
    let handle = 0
    const work = (deadline: IdleDeadline) => {
      while (deadline.timeRemaining() > 2) {
        if (next < rows.length) {
          const end = Math.min(rows.length, next + SLICE)
          for (; next < end; next++) void rows[next]!.searchText
        } else if (column < SORTABLE_COLUMNS.length) {
          prepareSort(rows, SORTABLE_COLUMNS[column++]!)
        } else return
      }
      handle = requestIdleCallback(work)
    }
    handle = requestIdleCallback(work)
    return () => cancelIdleCallback(handle)
  }, [rows])
}

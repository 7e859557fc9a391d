/**
 * Work the first keystroke in Søg and the first click on a column header would otherwise
 * pay for, done while the browser is idle after the rows arrive: every row's search text
 * (~40 ms at 10,000 rows, in slices of 500 rows) and each shown column's sort ranks (one
 * column per idle slice: the collator over its distinct values, 10–30 ms at 10,000 rows).
 * A click or a key in between waits at most one slice.
 */
import { useEffect } from 'react'
import type { ViewRow } from '../../domain/view-row'
import { rankColumn } from '../../domain/display-rows'

const SLICE = 500
/** A column's ranks take longer than a search-text slice: start one only with this much idle time left. */
const RANK_MS = 8

export function useIdleWarmup(rows: readonly ViewRow[], columnIds: readonly string[]): void {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return
    let next = 0
    let column = 0
    let handle = 0
    const work = (deadline: IdleDeadline) => {
      while (next < rows.length && deadline.timeRemaining() > 2) {
        const end = Math.min(rows.length, next + SLICE)
        for (; next < end; next++) void rows[next]!.searchText
      }
      while (next >= rows.length && column < columnIds.length && deadline.timeRemaining() > RANK_MS) rankColumn(rows, columnIds[column++]!)
      if (next < rows.length || column < columnIds.length) handle = requestIdleCallback(work)
    }
    handle = requestIdleCallback(work)
    return () => cancelIdleCallback(handle)
  }, [rows, columnIds])
}

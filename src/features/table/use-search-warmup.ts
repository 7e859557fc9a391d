/**
 * Builds every row's search text while the browser is idle after the rows arrive, so
 * the first keystroke in Søg costs what the others do (building them all would otherwise
 * land on it: ~40 ms at 10,000 rows). Small slices, so a click or a key in between is not
 * held up.
 */
import { useEffect } from 'react'
import type { ViewRow } from '../../domain/view-row'

const SLICE = 500

export function useSearchWarmup(rows: readonly ViewRow[]): void {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return
    let next = 0
    let handle = 0
    const work = (deadline: IdleDeadline) => {
      while (next < rows.length && deadline.timeRemaining() > 2) {
        const end = Math.min(rows.length, next + SLICE)
        for (; next < end; next++) void rows[next]!.searchText
      }
      if (next < rows.length) handle = requestIdleCallback(work)
    }
    handle = requestIdleCallback(work)
    return () => cancelIdleCallback(handle)
  }, [rows])
}

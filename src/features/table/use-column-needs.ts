/**
 * What each column needs (its longest word, how much text it holds), read from every row
 * without holding up the first paint or a keystroke. Up to FIRST_PASS rows are read at once
 * (a Bilag whole; of a large overview its first rows and an even sample of the rest); the
 * rest is read in small slices while the browser is idle and handed over in one update, so
 * the widths change at most once — and only when a word outside the sample is longer.
 * Nothing here runs on a filter keystroke, a sort or a scroll: only when the data set, the
 * visible columns or the grouping change.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { columnNeeds, mergeNeeds, type ColumnNeed } from '../../domain/column-widths'
import type { ViewRow } from '../../domain/view-row'
import { screenColumnContents } from './column-contents'
import type { ColumnSpec } from '../../domain/columns'

const FIRST_PASS = 1000
const SLICE = 500

/** The first rows (those painted first) and an even sample of the others. */
function firstPass(rows: readonly ViewRow[]): readonly ViewRow[] {
  if (rows.length <= FIRST_PASS) return rows
  const head = FIRST_PASS / 2
  const step = (rows.length - head) / (FIRST_PASS - head)
  return [...rows.slice(0, head), ...Array.from({ length: FIRST_PASS - head }, (_, i) => rows[head + Math.floor(i * step)]!)]
}

/** Runs `work` in idle time (or soon, where there is none) until it returns false. */
function whenIdle(work: () => boolean): () => void {
  if (typeof requestIdleCallback !== 'function') {
    let timer = setTimeout(function step() {
      if (work()) timer = setTimeout(step, 0)
    }, 0)
    return () => clearTimeout(timer)
  }
  let handle = requestIdleCallback(function step(deadline) {
    while (deadline.timeRemaining() > 2) if (!work()) return
    handle = requestIdleCallback(step)
  })
  return () => cancelIdleCallback(handle)
}

export function useColumnNeeds(rows: readonly ViewRow[], columns: readonly ColumnSpec[], grouped: boolean): ColumnNeed[] {
  const read = useCallback((part: readonly ViewRow[]) => columnNeeds(screenColumnContents(part, columns, grouped)), [columns, grouped])
  const first = useMemo(() => read(firstPass(rows)), [read, rows])
  const [complete, setComplete] = useState<{ read: typeof read; rows: readonly ViewRow[]; needs: ColumnNeed[] }>()

  useEffect(() => {
    if (rows.length <= FIRST_PASS) return
    let next = 0
    let needs: ColumnNeed[] | undefined
    return whenIdle(() => {
      const part = read(rows.slice(next, next + SLICE))
      needs = needs ? mergeNeeds(needs, part) : part
      next += SLICE
      if (next < rows.length) return true
      setComplete({ read, rows, needs })
      return false
    })
  }, [read, rows])

  return useMemo(() => {
    if (rows.length <= FIRST_PASS) return first
    if (complete?.read !== read) return first
    if (complete.rows === rows) return complete.needs
    // An edit: until the new rows are read, keep what the old ones needed, so no column narrows and widens again.
    return mergeNeeds(first, complete.needs)
  }, [rows, read, first, complete])
}

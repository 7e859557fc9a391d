/**
 * Which overview is open: the one the URL names (`?o=<id>`), or, when the URL names none,
 * the most recently changed. An id this browser does not have is never swapped for
 * another overview: the state says it is missing, and the URL is left exactly as it was.
 * Seeds the example on first run.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { storage, useOverviews } from '../storage'
import type { Overview } from '../domain/model'
import type { ExampleOverview } from '../domain/example'
import { useUrlParam } from './use-view-state'

export type LoadState =
  | { status: 'loading' }
  | { status: 'failed' }
  /**
   * `missingId`: the URL names an overview that is not in this browser (then `current` is
   * undefined). `arriving`: the overview just opened is not in the list yet (the page shows
   * it is loading; the top bar, and any dialog open from it, stay).
   */
  | { status: 'ready'; overviews: Overview[]; current: Overview | undefined; missingId: string | null; arriving?: boolean }

/**
 * An overview this tab has just written (an import, a copy for the next meeting, Fortryd,
 * a restore, the seeded example) reaches the live list a moment after the write: until it
 * does, the page stays on `from` rather than calling the new id missing.
 */
export interface Awaited {
  id: string
  from: string | undefined
}

export function useCurrentOverview(): [LoadState, (id: string | null) => void] {
  const [openId, setOpenId] = useUrlParam('o')
  const [seeded, setSeeded] = useState<'pending' | 'done' | 'failed'>('pending')
  const [awaited, setAwaited] = useState<Awaited | null>(null)
  // The last id from the URL that was found here: if it vanishes (deleted while open, here or
  // in another tab), the overview existed, so the page moves on instead of calling it missing.
  const [confirmedId, setConfirmedId] = useState<string | null>(null)
  const overviews = useOverviews()
  const shownId = useRef<string | undefined>(undefined)

  const open = useCallback(
    (id: string | null) => {
      setAwaited(id ? { id, from: shownId.current } : null)
      setOpenId(id)
    },
    [setOpenId],
  )

  useEffect(() => {
    let cancelled = false
    storage
      .exampleNeeded()
      .then(async (needed) => (needed ? storage.seedExampleOnFirstRun((await import('./example/bilag1.json')).default as ExampleOverview) : null))
      .then((id) => {
        if (cancelled) return
        // The example opens as the most recent overview; a URL that names another is left alone.
        if (id) setAwaited({ id, from: undefined })
        setSeeded('done')
      })
      .catch(() => !cancelled && setSeeded('failed'))
    return () => {
      cancelled = true
    }
  }, [])

  // Adjusting state while rendering (React's pattern for it), from what the live list says.
  const arrived = Boolean(awaited && overviews?.some((o) => o.id === awaited.id))
  if (arrived) setAwaited(null)
  const found = openId !== null && Boolean(overviews?.some((o) => o.id === openId))
  if (found && confirmedId !== openId) setConfirmedId(openId)

  const state = resolveOpenOverview(seeded, overviews, openId, awaited && !arrived ? awaited : null, openId === confirmedId)
  const currentId = state.status === 'ready' ? state.current?.id : undefined
  useEffect(() => {
    shownId.current = currentId
  }, [currentId])
  return [state, open]
}

/** Which overview the page shows, from the live list, the URL's id and what this tab awaits: a pure rule. */
export function resolveOpenOverview(
  seeded: 'pending' | 'done' | 'failed',
  overviews: Overview[] | undefined,
  openId: string | null,
  waiting: Awaited | null,
  /** The URL's id was found here before (so if it is gone now, it was deleted). */
  confirmed: boolean,
): LoadState {
  if (seeded === 'failed') return { status: 'failed' }
  // An existing overview opens at once; only an empty database waits for the example.
  if (!overviews || (seeded === 'pending' && overviews.length === 0)) return { status: 'loading' }
  const find = (id: string | undefined) => (id === undefined ? undefined : overviews.find((o) => o.id === id))
  if (openId === null) {
    if (waiting && !waiting.from) return { status: 'loading' }
    return { status: 'ready', overviews, current: overviews[0], missingId: null }
  }
  const current = find(openId)
  if (current) return { status: 'ready', overviews, current, missingId: null }
  if (waiting) {
    const previous = find(waiting.from)
    return { status: 'ready', overviews, current: previous, missingId: null, arriving: !previous }
  }
  if (confirmed) return { status: 'ready', overviews, current: overviews[0], missingId: null }
  return { status: 'ready', overviews, current: undefined, missingId: openId }
}

/**
 * The view (Opgjort pr., filters, sort, grouping) of the open overview. It lives in the
 * URL, so it can be bookmarked and shared, and is remembered per overview in this
 * browser (localStorage), so opening the overview again or reloading a bare link brings
 * it back. A URL that carries any part of a view wins: it shows exactly what it says.
 * Column choice is kept apart, in localStorage, for every overview alike.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { viewFromQuery, viewToQuery, type ViewState } from '../domain/view-state'
import { openingView, readViewMemory, recalledView, rememberView, writeViewMemory } from '../domain/view-memory'

/** Writing the URL costs a few milliseconds; while someone types, it (and the memory) waits for a pause. */
const URL_WRITE_DELAY_MS = 250

/** Where the views are remembered (src/domain/view-memory.ts says how). */
const VIEW_MEMORY_KEY = 'indsatsoverblik.views'

/** A blocked localStorage (a policy, some private windows) throws even on reading: then nothing is remembered. */
function loadMemory() {
  try {
    return readViewMemory(localStorage.getItem(VIEW_MEMORY_KEY))
  } catch {
    return readViewMemory(null)
  }
}

function remember(overviewId: string, view: ViewState) {
  try {
    // Read afresh: another tab may have remembered another overview's view since.
    localStorage.setItem(VIEW_MEMORY_KEY, writeViewMemory(rememberView(loadMemory(), overviewId, view)))
  } catch {
    // A full or blocked localStorage only loses the remembered view, never data.
  }
}

function writeUrl(view: ViewState) {
  const query = viewToQuery(view, window.location.search)
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`)
}

/**
 * The view each overview was last given in this page, written yet or not: the live
 * page and a version of the same overview share it (a version opened from the live
 * table shows the same filters), and an overview opened again shows its latest view
 * even within the write delay.
 */
const shownInThisPage = new Map<string, ViewState>()

/**
 * Only the page's first overview can take the view from the URL it was loaded with,
 * and only when that URL names it (or names none): switching overviews leaves the
 * previous overview's view in the URL until the new one writes its own.
 */
function urlIsAbout(overviewId: string): boolean {
  return shownInThisPage.size === 0 && (new URLSearchParams(window.location.search).get('o') ?? overviewId) === overviewId
}

function initialView(overviewId: string): ViewState {
  return shownInThisPage.get(overviewId) ?? openingView(window.location.search, urlIsAbout(overviewId), recalledView(loadMemory(), overviewId))
}

/**
 * The view of one overview (a version page passes its overview's id: a version shares
 * the live overview's view and memory, as it shares its URL).
 */
export function useViewState(overviewId: string): [ViewState, (next: ViewState) => void] {
  const [view, setView] = useState(() => initialView(overviewId))
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; write: () => void } | null>(null)

  const schedule = useCallback(
    (next: ViewState) => {
      shownInThisPage.set(overviewId, next)
      const write = () => {
        writeUrl(next)
        remember(overviewId, next)
      }
      if (pending.current) clearTimeout(pending.current.timer)
      pending.current = {
        write,
        timer: setTimeout(() => {
          pending.current = null
          write()
        }, URL_WRITE_DELAY_MS),
      }
    },
    [overviewId],
  )

  // Opening: the URL and the memory say what is shown (a view remembered or from a link).
  // The first render's view is the one to write: later changes come through `update`.
  const opened = useRef(view)
  useEffect(() => schedule(opened.current), [schedule])

  useEffect(() => {
    const onPop = () => setView(viewFromQuery(window.location.search))
    // A reload or a closed tab must not lose the last keystroke of the view.
    const flush = () => {
      if (!pending.current) return
      clearTimeout(pending.current.timer)
      pending.current.write()
      pending.current = null
    }
    window.addEventListener('popstate', onPop)
    window.addEventListener('pagehide', flush)
    return () => {
      flush()
      window.removeEventListener('popstate', onPop)
      window.removeEventListener('pagehide', flush)
    }
  }, [])

  const update = useCallback(
    (next: ViewState) => {
      setView(next)
      schedule(next)
    },
    [schedule],
  )
  return [view, update]
}

export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState(() => new URLSearchParams(window.location.search).get(name))
  const update = useCallback(
    (next: string | null) => {
      setValue(next)
      const params = new URLSearchParams(window.location.search)
      if (next) params.set(name, next)
      else params.delete(name)
      const query = params.toString()
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`)
    },
    [name],
  )
  return [value, update]
}

const VISIBILITY_KEY = 'indsatsoverblik.columns'

export function useColumnVisibility(): [Record<string, boolean>, (next: Record<string, boolean>) => void] {
  const [visibility, setVisibility] = useState<Record<string, boolean>>(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(VISIBILITY_KEY) ?? '{}')
      return stored && typeof stored === 'object' ? (stored as Record<string, boolean>) : {}
    } catch {
      return {}
    }
  })
  const update = useCallback((next: Record<string, boolean>) => {
    setVisibility(next)
    try {
      localStorage.setItem(VISIBILITY_KEY, JSON.stringify(next))
    } catch {
      // A full or blocked localStorage only loses the column preference, never data.
    }
  }, [])
  return [visibility, update]
}

/** Today as YYYY-MM-DD in the user's time zone (the default "Opgjort pr."). */
export function todayIso(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000
  return new Date(now.getTime() - offset).toISOString().slice(0, 10)
}

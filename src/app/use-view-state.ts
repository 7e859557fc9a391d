/** The view lives in the URL (so it can be bookmarked and survives a reload); column choice in localStorage. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { viewFromQuery, viewToQuery, type ViewState } from '../domain/view-state'

/** Writing the URL costs a few milliseconds; while someone types, it waits for a pause. */
const URL_WRITE_DELAY_MS = 250

export function useViewState(): [ViewState, (next: ViewState) => void] {
  const [view, setView] = useState(() => viewFromQuery(window.location.search))
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; write: () => void } | null>(null)
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
  const update = useCallback((next: ViewState) => {
    setView(next)
    const write = () => {
      const query = viewToQuery(next, window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`)
    }
    if (pending.current) clearTimeout(pending.current.timer)
    pending.current = {
      write,
      timer: setTimeout(() => {
        pending.current = null
        write()
      }, URL_WRITE_DELAY_MS),
    }
  }, [])
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

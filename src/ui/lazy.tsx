/**
 * A component loaded on first use, in its own chunk, that can also be fetched ahead of
 * time: on pointerenter or focus of the button that opens it, or when the browser is idle.
 *
 * Unlike a bare React.lazy, a preloaded component renders at once, without suspending
 * even for a tick: what the user clicks appears immediately, and focus moves exactly as it
 * would without code splitting (a dialog that closes and focuses the new page's heading
 * finds it). Until then it suspends: render it inside a <Suspense> close to where it is used.
 */
import { createElement, lazy, type ComponentType, type ReactNode } from 'react'

export interface PreloadableComponent<P extends object> {
  (props: P): ReactNode
  /** Starts loading the chunk if it is not loaded or loading yet; never throws or rejects. */
  preload: () => void
}

export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined
  let pending: Promise<ComponentType<P>> | undefined
  const start = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed load (offline, a new deployment) may be tried again by the next preload.
        pending = undefined
        throw error
      },
    )
    return pending
  }
  const Lazy = lazy(async () => ({ default: await start() }))

  function Preloadable(props: P) {
    // Once loaded, render the component itself; before that, React.lazy suspends until it is.
    return createElement(loaded ?? Lazy, props)
  }
  Preloadable.preload = () => {
    start().catch(() => {
      // Rendering it reports the failure (to the error boundary); a preload stays quiet.
    })
  }
  return Preloadable
}

/** Runs `task` when the browser is idle after the first paint (soon after, where there is no requestIdleCallback). */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 5000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(task, 1500)
  return () => clearTimeout(handle)
}

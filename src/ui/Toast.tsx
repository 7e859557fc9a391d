/**
 * A status message with an optional action (Fortryd), announced politely to screen readers.
 *
 * It must never be out of reach: while a modal dialog is open, the region is rendered inside
 * that dialog (the rest of the page is inert there, see ./use-top-dialog), so Fortryd stays
 * clickable above the backdrop, and a message that comes meanwhile is still announced; and while a message is shown, the page keeps room for it at
 * its end (the CSS custom property --app-toast-space, its measured height), so the last
 * row's Rediger and Slet can always be scrolled out from under it.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTopModalDialog } from './use-top-dialog'

export interface ToastMessage {
  id: number
  text: string
  kind: 'success' | 'error' | 'info'
  action?: { label: string; run: () => void }
  /** How long it stays; undo offers stay at least 10 seconds. */
  ms?: number
}

export function Toast({ message, onDismiss }: { message: ToastMessage | null; onDismiss: () => void }) {
  const action = useRef<HTMLButtonElement>(null)
  const dialog = useTopModalDialog()
  // Only a message moves into a dialog: an empty region there would be a second, silent status.
  const host = message ? dialog : null
  // The region element now in the page, and the host it was made for. A region moved into a
  // dialog is a new element: it gets its text a render after it is there, as a live region
  // announces text that appears in it, not a region that appears with its text.
  const [placed, setPlaced] = useState<{ region: HTMLDivElement; host: HTMLDialogElement | null } | null>(null)
  const regionRef = useCallback((region: HTMLDivElement | null) => setPlaced(region ? { region, host } : null), [host])
  const ready = placed !== null && placed.host === host
  useReservedSpace(placed?.region ?? null)
  // After a delete or an import the thing that had focus is gone: the way back (Fortryd)
  // is where the keyboard should be, not at the end of a long page.
  useEffect(() => {
    if (message?.action && !document.querySelector('dialog[open]')) action.current?.focus()
  }, [message])
  useEffect(() => {
    if (!message) return
    const timer = setTimeout(onDismiss, message.ms ?? 15_000)
    return () => clearTimeout(timer)
  }, [message, onDismiss])

  const content = (
    <div ref={regionRef} className="app-toast-region" role="status" aria-live="polite">
      {message && ready && (
        <div className={`alert alert-${message.kind} app-toast`}>
          <p className="alert-text">{message.text}</p>
          {message.action && (
            <button
              ref={action}
              type="button"
              className="button button-secondary"
              onClick={() => {
                message.action?.run()
                onDismiss()
              }}
            >
              {message.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  )
  return host ? createPortal(content, host) : content
}

const SPACE_PROPERTY = '--app-toast-space'

/**
 * Keeps room at the end of the page for the toast, however tall its message makes it: its
 * height plus its distance from the bottom of the window. If the page was scrolled to its
 * end when the room grew, it is scrolled on by as much, so what was at the bottom is not
 * now under the message.
 */
function useReservedSpace(region: HTMLElement | null) {
  useEffect(() => {
    if (!region || typeof ResizeObserver === 'undefined') return
    const root = document.documentElement
    let reserved = 0
    const measure = () => {
      const box = region.getBoundingClientRect()
      const space = box.height > 0 ? Math.ceil(window.innerHeight - box.top) : 0
      if (space === reserved) return
      const atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 2
      root.style.setProperty(SPACE_PROPERTY, `${space}px`)
      if (atEnd && space > reserved) window.scrollBy(0, space - reserved)
      reserved = space
    }
    const observer = new ResizeObserver(measure)
    observer.observe(region)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
      root.style.removeProperty(SPACE_PROPERTY)
    }
  }, [region])
}

/** A status message with an optional action (Fortryd), announced politely to screen readers. */
import { useEffect, useRef } from 'react'

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

  return (
    <div className="app-toast-region" role="status" aria-live="polite">
      {message && (
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
}

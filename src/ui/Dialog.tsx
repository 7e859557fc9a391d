/**
 * A modal dialog on the native <dialog> element: the browser traps focus (the rest of
 * the page is inert), and we return focus to whatever opened it.
 *
 * Every dialog closes the same three ways: its visible "Luk" button, Escape, and a click
 * on the backdrop. When the dialog holds something the user typed and has not saved
 * (`unsaved`), each of those first asks, inside the dialog, whether to close without
 * saving; nothing typed is ever dropped without that question.
 */
import { useCallback, useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react'
import { dialogText } from '../strings/dialog'

const FOCUSABLE = ':is(input, select, textarea, button, [href], [tabindex]):not([disabled], [tabindex="-1"], [type="hidden"])'

interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  wide?: boolean
  /** True while the dialog holds typed input that closing would lose. */
  unsaved?: boolean
}

export function Dialog({ title, onClose, children, footer, wide, unsaved = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [asking, setAsking] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const latest = useRef({ onClose, unsaved })
  useEffect(() => {
    latest.current = { onClose, unsaved }
  })

  /** Every way of closing comes here: closes at once, or asks first when something would be lost. */
  const requestClose = useCallback(() => {
    if (latest.current.unsaved) setAsking(true)
    else latest.current.onClose()
  }, [])

  useEffect(() => {
    if (asking) confirmRef.current?.focus()
  }, [asking])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    }
    // The browser focuses the first focusable element, which is the Luk button in the header;
    // the user came to fill in or choose something, so start at the body's first control.
    dialog.querySelector<HTMLElement>(`.app-dialog__body ${FOCUSABLE}, .app-dialog__footer ${FOCUSABLE}`)?.focus()
    const onCancel = (event: Event) => {
      event.preventDefault()
      requestClose()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      if (typeof dialog.close === 'function' && dialog.open) dialog.close()
      // The opener may have been re-rendered away; then focus the main heading.
      if (opener?.isConnected) opener.focus()
      else document.querySelector<HTMLElement>('h1')?.focus()
    }
  }, [requestClose])

  // A click on the backdrop reaches the <dialog> element itself, outside its box.
  const onBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target !== ref.current) return
    const box = ref.current.getBoundingClientRect()
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom
    if (!inside) requestClose()
  }

  return (
    <dialog ref={ref} className={`app-dialog${wide ? ' app-dialog--wide' : ''}`} aria-labelledby={titleId} onClick={onBackdrop}>
      <div className="app-dialog__header">
        <h2 id={titleId} className="h3">
          {title}
        </h2>
        <button type="button" className="button button-tertiary app-dialog__close" onClick={requestClose}>
          {dialogText.close}
          <span aria-hidden="true" className="app-dialog__close-icon">
            ✕
          </span>
        </button>
      </div>
      {asking && (
        <div className="alert alert-warning app-dialog__confirm" role="alert">
          <p className="alert-text">{dialogText.unsavedQuestion}</p>
          <div className="app-dialog__confirm-actions">
            <button ref={confirmRef} type="button" className="button button-secondary" onClick={() => setAsking(false)}>
              {dialogText.keepEditing}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => {
                setAsking(false)
                latest.current.onClose()
              }}
            >
              {dialogText.discard}
            </button>
          </div>
        </div>
      )}
      <div className="app-dialog__body">{children}</div>
      {footer && <div className="app-dialog__footer">{footer}</div>}
    </dialog>
  )
}

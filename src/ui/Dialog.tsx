/**
 * A modal dialog on the native <dialog> element: the browser traps focus (the
 * rest of the page is inert), Escape closes it, and we return focus to whatever
 * opened it.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'

interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  wide?: boolean
}

export function Dialog({ title, onClose, children, footer, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    }
    const onCancel = (event: Event) => {
      event.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      if (typeof dialog.close === 'function' && dialog.open) dialog.close()
      // The opener may have been re-rendered away; then focus the main heading.
      if (opener?.isConnected) opener.focus()
      else document.querySelector<HTMLElement>('h1')?.focus()
    }
  }, [])

  return (
    <dialog ref={ref} className={`app-dialog${wide ? ' app-dialog--wide' : ''}`} aria-labelledby={titleId}>
      <div className="app-dialog__header">
        <h2 id={titleId} className="h3">
          {title}
        </h2>
      </div>
      <div className="app-dialog__body">{children}</div>
      {footer && <div className="app-dialog__footer">{footer}</div>}
    </dialog>
  )
}

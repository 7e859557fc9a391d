/**
 * A <details> used as a menu (a popover panel under its summary button) closes the way
 * menus do: on Escape, with focus back on its button when it was inside, and on a click
 * anywhere outside it. The listeners are only there while it is open.
 */
import { useEffect, useRef } from 'react'

export function useDismissableDetails<T extends HTMLDetailsElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    const details = ref.current
    if (!details) return
    const close = () => {
      details.open = false
    }
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog opened from the menu closes itself on Escape; the menu stays as it was.
      if (event.key !== 'Escape' || event.defaultPrevented || insideDialog(event.target)) return
      const hadFocus = details.contains(document.activeElement)
      close()
      if (hadFocus) details.querySelector('summary')?.focus()
    }
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !details.contains(event.target) && !insideDialog(event.target)) close()
    }
    const onToggle = () => {
      if (details.open) {
        document.addEventListener('keydown', onKeyDown)
        document.addEventListener('pointerdown', onPointerDown)
      } else {
        document.removeEventListener('keydown', onKeyDown)
        document.removeEventListener('pointerdown', onPointerDown)
      }
    }
    details.addEventListener('toggle', onToggle)
    return () => {
      details.removeEventListener('toggle', onToggle)
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [])
  return ref
}

const insideDialog = (target: EventTarget | null) => target instanceof Element && target.closest('dialog') !== null

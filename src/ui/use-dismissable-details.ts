/**
 * A <details> used as a menu (a popover panel under its summary button) closes the way
 * menus do: on Escape, with focus back on its button when it was inside, and on a click
 * anywhere outside it.
 */
import { useEffect, useRef } from 'react'

export function useDismissableDetails<T extends HTMLDetailsElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    const details = ref.current
    if (!details) return
    // A dialog opened from the menu closes itself on Escape; clicks in it are not "outside".
    const ignored = (event: Event) => !details.open || (event.target instanceof Element && event.target.closest('dialog') !== null)
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || ignored(event)) return
      const hadFocus = details.contains(document.activeElement)
      details.open = false
      if (hadFocus) details.querySelector('summary')?.focus()
    }
    const onPointerDown = (event: PointerEvent) => {
      if (!ignored(event) && event.target instanceof Node && !details.contains(event.target)) details.open = false
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('pointerdown', onPointerDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [])
  return ref
}

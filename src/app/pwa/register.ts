/**
 * Registers the service worker that keeps the app working offline (built by
 * vite-plugin-pwa; see ./vite-plugins.ts). In `vite` dev the virtual module is a no-op.
 *
 * autoUpdate: a newly deployed build takes over by itself. The page then has to
 * reload to run it — but never under the user's hands: not while a dialog (the form,
 * import, export) is open and not while focus is in a field. It waits for that to end.
 */
import { registerSW } from 'virtual:pwa-register'

const BUSY = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]'
const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])'

function isBusy(): boolean {
  const active = document.activeElement
  return document.querySelector(BUSY) !== null || (active instanceof Element && active.matches(EDITABLE))
}

function reloadWhenIdle() {
  if (!isBusy()) {
    window.location.reload()
    return
  }
  let done = false
  const check = () => {
    // focusout fires before focus lands elsewhere: look once the move is done.
    setTimeout(() => {
      if (done || isBusy()) return
      done = true
      observer.disconnect()
      document.removeEventListener('focusout', check)
      window.location.reload()
    })
  }
  const observer = new MutationObserver(check)
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['open', 'role', 'aria-modal'] })
  document.addEventListener('focusout', check)
}

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return
  registerSW({
    onNeedReload: reloadWhenIdle,
    // Offline support is a bonus, not a reason to alarm anyone: the app works without it.
    onRegisterError: (error: unknown) => console.warn('Service worker could not be registered:', error),
  })
}

/**
 * The top-most open modal <dialog>, or null; it changes as dialogs open and close.
 *
 * While a modal dialog is open, everything outside it is inert: a message with a Fortryd
 * button elsewhere on the page can be seen but not clicked — even as a popover shown
 * above the dialog in the top layer (Chromium keeps it inert), so Toast renders inside
 * the dialog instead.
 */
import { useSyncExternalStore } from 'react'

export function useTopModalDialog(): HTMLDialogElement | null {
  return useSyncExternalStore(subscribe, topModalDialog, () => null)
}

function topModalDialog(): HTMLDialogElement | null {
  const open = document.querySelectorAll('dialog[open]')
  for (let i = open.length - 1; i >= 0; i--) {
    const dialog = open[i]
    if (dialog instanceof HTMLDialogElement && isModal(dialog)) return dialog
  }
  return null
}

function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal')
  } catch {
    // No :modal (jsdom): every open dialog of this app is modal.
    return true
  }
}

/**
 * Dialogs open and close through their `open` attribute. A dialog can also leave the page
 * with its component, before it is closed: while one is open, removals are watched too
 * (only then, so typing in the table does not wake the observer).
 */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(() => {
    watch()
    onChange()
  })
  const watch = () => observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['open'], childList: topModalDialog() !== null })
  watch()
  return () => observer.disconnect()
}

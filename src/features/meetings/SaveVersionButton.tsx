/**
 * "Gem version til møde": freezes the overview as it stands, with a label and the meeting
 * date. The dialog (SaveVersionDialog) loads on first use, fetched ahead on pointerenter or focus.
 */
import { Suspense, useState } from 'react'
import { meetingsText as tx } from '../../strings'
import { lazyWithPreload } from '../../ui/lazy'

const SaveVersionDialog = lazyWithPreload(() => import('./dialogs').then((m) => m.SaveVersionDialog))

export interface SaveVersionButtonProps {
  meetingDate: string
  onSave: (label: string, meetingDate: string) => Promise<boolean>
}

export function SaveVersionButton({ meetingDate, onSave }: SaveVersionButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button-secondary" onPointerEnter={SaveVersionDialog.preload} onFocus={SaveVersionDialog.preload} onClick={() => setOpen(true)}>
        {tx.saveVersion}
      </button>
      <Suspense fallback={null}>{open && <SaveVersionDialog meetingDate={meetingDate} onSave={onSave} onClose={() => setOpen(false)} />}</Suspense>
    </>
  )
}

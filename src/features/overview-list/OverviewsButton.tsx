/**
 * "Oversigter": every overview in this browser — open, rename, roll forward to the
 * next meeting, delete (with Fortryd) — and a new empty one. The button is in the first
 * load; the dialog (OverviewsDialog) loads on first use, fetched ahead on pointerenter or focus.
 */
import { Suspense, useState } from 'react'
import type { Overview } from '../../domain/model'
import { formatCount, meetingsText as tx } from '../../strings'
import { lazyWithPreload } from '../../ui/lazy'

const OverviewsDialog = lazyWithPreload(() => import('./OverviewsDialog').then((m) => m.OverviewsDialog))

export interface OverviewsButtonProps {
  overviews: Overview[]
  rowCounts: Map<string, number> | undefined
  currentId: string | undefined
  onOpen: (id: string) => void
  onCreate: () => void
  onRename: (overview: Overview, title: string) => Promise<boolean>
  onRollForward: (overview: Overview, title: string, meetingDate: string) => Promise<boolean>
  onDelete: (overview: Overview) => void
  /** Tells the shell when the list is open, so row counts are only queried then. */
  onOpenChange?: (open: boolean) => void
}

export function OverviewsButton(props: OverviewsButtonProps) {
  const [open, setOpenState] = useState(false)
  const setOpen = (next: boolean) => {
    setOpenState(next)
    props.onOpenChange?.(next)
  }

  return (
    <>
      <button type="button" className="button button-secondary" onPointerEnter={OverviewsDialog.preload} onFocus={OverviewsDialog.preload} onClick={() => setOpen(true)}>
        {tx.overviews} ({formatCount(props.overviews.length)})
      </button>
      <Suspense fallback={null}>{open && <OverviewsDialog {...props} onClose={() => setOpen(false)} />}</Suspense>
    </>
  )
}

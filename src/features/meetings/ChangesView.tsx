/**
 * "Ændringer siden mødet 20. januar 2021" (ChangesReport), loaded on first use in one chunk
 * with the meeting dialogs (./dialogs). The Versioner dialog, where it is chosen, marks it
 * loaded, so it replaces the page at once; opened straight from its address, it says
 * "Indlæser …" until it is there.
 */
import { Suspense, type ComponentProps } from 'react'
import { t } from '../../strings'
import { lazyWithPreload } from '../../ui/lazy'

const ChangesReport = lazyWithPreload(() => import('./dialogs').then((m) => m.ChangesReport))

export const preloadChangesView = ChangesReport.preload

export function ChangesView(props: ComponentProps<typeof ChangesReport>) {
  return (
    <Suspense fallback={<p>{t.loading}</p>}>
      <ChangesReport {...props} />
    </Suspense>
  )
}

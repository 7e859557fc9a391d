/**
 * The status log of one indsats in the Rediger dialog (StatusLogPanel), loaded on first
 * use. The app fetches it ahead when the browser is idle (preloadStatusLog), so it is
 * normally there when the dialog opens; until then the dialog says "Indlæser …" in its place.
 */
import { Suspense } from 'react'
import { t } from '../../strings'
import { lazyWithPreload } from '../../ui/lazy'
import type { StatusLogProps } from './StatusLogPanel'

const StatusLogPanel = lazyWithPreload(() => import('./StatusLogPanel').then((m) => m.StatusLogPanel))

export const preloadStatusLog = StatusLogPanel.preload

export function StatusLog(props: StatusLogProps) {
  return (
    <Suspense fallback={<p>{t.loading}</p>}>
      <StatusLogPanel {...props} />
    </Suspense>
  )
}

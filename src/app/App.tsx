/** The shell: opens the overview, derives its rows for the as-of date, and composes the features. */
import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react'
import { t } from '../strings'
import { Toast, type ToastMessage } from '../ui/Toast'
import { lazyWithPreload, whenIdle } from '../ui/lazy'
import { useCurrentOverview } from './use-current-overview'
import { OverviewPage } from './OverviewPage'
import { prefetchWrites, storage, useBackupStatus, useExampleId, usePersistence, useRowCounts, useStorageHealth } from '../storage'
import { OverviewsButton } from '../features/overview-list/OverviewsButton'
import { useOverviewActions } from './use-overview-actions'
import { preloadRestoreDialog, RestoreButton } from '../features/backup/RestoreButton'
import { preloadStatusLog } from '../features/status-log/StatusLog'
import { ImportButton } from '../features/import/ImportButton'
import { SkipLink } from './SkipLink'
import { OpenSharedButton } from '../features/sharing/SharingButtons'
import { appAddress, sharingPort } from './sharing'
import { appName, healthMessages, storageErrors } from '../strings'
import { defaultView, viewToQuery } from '../domain/view-state'
import { todayIso } from './use-view-state'
import type { ExampleOverview } from '../domain/example'

// The backup reminder and the footer's Lagring panel are not needed to show the table: they
// load just after the first paint, in one chunk of their own. Should it fail to load (a
// network error on a first visit), the page goes on without them rather than failing whole.
function afterFirstPaint<P extends object>(load: () => Promise<ComponentType<P>>) {
  const nothing: ComponentType<P> = () => null
  return lazy(() => load().then((component) => ({ default: component }), () => ({ default: nothing })))
}
const BackupReminder = afterFirstPaint(() => import('../features/backup/panels').then((m) => m.BackupReminder))
const StoragePanel = afterFirstPaint(() => import('../features/backup/panels').then((m) => m.StoragePanel))
// Pages of the first day only (the example's banner, a link to an overview that is not
// here): fetched when the shell knows it needs them, not with every first load.
const ExampleBanner = lazyWithPreload(() => import('../features/example/ExampleBanner').then((m) => m.ExampleBanner))
const MissingOverview = lazyWithPreload(() => import('./MissingOverview').then((m) => m.MissingOverview))
const loadExample = async () => (await import('./example/bilag1.json')).default as ExampleOverview

export function App() {
  const [state, open] = useCurrentOverview()
  const [toast, setToast] = useState<ToastMessage | null>(null)
  const persistence = usePersistence()
  const backupStatus = useBackupStatus()
  const health = useStorageHealth()
  const exampleId = useExampleId()
  useEffect(() => {
    if (exampleId) ExampleBanner.preload()
  }, [exampleId])
  const notify = useCallback((message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: Date.now() }), [])
  const dismiss = useCallback(() => setToast(null), [])
  const [listOpen, setListOpen] = useState(false)
  const [restoreOpen, setRestoreOpen] = useState(false)
  const ready = state.status === 'ready' ? state : null
  const current = ready?.current
  const rowCounts = useRowCounts(listOpen && ready ? ready.overviews.map((o) => o.id) : null)
  const overviewActions = useOverviewActions(open, notify, current?.id)
  // The status log sits in the row form, which has no button of its own to fetch it ahead
  // from: fetched once the browser is idle, it is there when Rediger is first clicked.
  useEffect(() => whenIdle(preloadStatusLog), [])
  // The repositories (every write) likewise: the first save does not wait for their chunk.
  useEffect(() => whenIdle(prefetchWrites), [])
  // A browser seeded before the example was recorded gets its banner (when the seed is untouched).
  useEffect(() => whenIdle(() => void storage.adoptSeededExample(loadExample).catch(() => null)), [])

  /** After a restore, show what came back: the overview the link asked for, the one open now, or the most recently changed. */
  function openRestored(overviewIds: string[]) {
    const wanted = [ready?.missingId, current?.id].find((id) => id && overviewIds.includes(id)) ?? overviewIds[0]
    if (wanted && wanted !== current?.id) open(wanted)
  }

  /** From the page of a missing overview: the link's filters were meant for that one, not for this. */
  function openInstead(id: string) {
    const query = viewToQuery(defaultView, window.location.search)
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`)
    open(id)
  }

  return (
    <>
      <SkipLink />
      <div className="app-topbar">
        <div className="container app-topbar__inner">
          <span className="app-topbar__name">{appName}</span>
          {ready && (
            <div className="app-topbar__actions">
              <OverviewsButton
                overviews={ready.overviews}
                rowCounts={rowCounts}
                currentId={current?.id}
                onOpen={open}
                onCreate={overviewActions.create}
                onRename={overviewActions.rename}
                onRollForward={overviewActions.rollForward}
                onDelete={overviewActions.remove}
                onOpenChange={setListOpen}
              />
              <RestoreButton port={storage} open={restoreOpen} onOpenChange={setRestoreOpen} onRestored={openRestored} />
              <OpenSharedButton defaultServer={appAddress()} defaultOverview={ready.missingId ?? ''} port={sharingPort} onOpened={open} />
            </div>
          )}
        </div>
      </div>
      <main className="container app-main">
        {health !== 'ok' && (
          <div className="alert alert-warning" role="alert">
            <p className="alert-text">{healthMessages[health]}</p>
            {health === 'outdated' && (
              <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
                {t.reload}
              </button>
            )}
          </div>
        )}
        <Suspense fallback={null}>
          <BackupReminder status={backupStatus} port={storage} notify={notify} />
        </Suspense>
        {(state.status === 'loading' || ready?.arriving) && <p>{t.loading}</p>}
        {state.status === 'failed' && (
          <div className="alert alert-error" role="alert">
            <p className="alert-text">{storageErrors.unavailable}</p>
          </div>
        )}
        {ready?.missingId && (
          <Suspense fallback={<p>{t.loading}</p>}>
            <MissingOverview
              overviews={ready.overviews}
              onOpen={openInstead}
              onRestore={() => setRestoreOpen(true)}
              onPrepareRestore={preloadRestoreDialog}
              onCreate={overviewActions.create}
            />
          </Suspense>
        )}
        {ready && !current && !ready.missingId && !ready.arriving && (
          <div className="empty-start">
            <h1 tabIndex={-1}>{appName}</h1>
            <div className="empty-start__actions">
              {/* With no overview here (after Slet eksemplet), an import makes the first one. */}
              <ImportButton today={todayIso()} store={storage} notify={notify} onOpenOverview={open} />
              <button type="button" className="button button-primary" onClick={overviewActions.create}>
                {t.newOverview}
              </button>
            </div>
          </div>
        )}
        {current && current.id === exampleId && (
          <Suspense fallback={null}>
            <ExampleBanner
              overview={current}
              renderImport={(label) => <ImportButton overview={current} today={todayIso()} store={storage} notify={notify} onOpenOverview={open} label={label} />}
              onCreate={overviewActions.create}
              onDelete={(message) => void overviewActions.remove(current, message)}
            />
          </Suspense>
        )}
        {current && <OverviewPage key={current.id} overview={current} notify={notify} onOpenOverview={open} />}
      </main>
      <footer className="container app-footer">
        <Suspense fallback={null}>
          <StoragePanel persistence={persistence} status={backupStatus} requestPersistence={storage.requestPersistence} />
        </Suspense>
      </footer>
      <Toast message={toast} onDismiss={dismiss} />
    </>
  )
}

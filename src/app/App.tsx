/** The shell: opens the overview, derives its rows for the as-of date, and composes the features. */
import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react'
import { t } from '../strings'
import { Toast, type ToastMessage } from '../ui/Toast'
import { whenIdle } from '../ui/lazy'
import { useCurrentOverview } from './use-current-overview'
import { OverviewPage } from './OverviewPage'
import { prefetchWrites, storage, useBackupStatus, usePersistence, useRowCounts, useStorageHealth } from '../storage'
import { OverviewsButton } from '../features/overviews/OverviewsButton'
import { useOverviewActions } from './use-overview-actions'
import { RestoreButton } from '../features/backup/RestoreButton'
import { preloadStatusLog } from '../features/status-log/StatusLog'
import { appName, healthMessages, storageErrors } from '../strings'

// The backup reminder and the footer's Lagring panel are not needed to show the table: they
// load just after the first paint, in one chunk of their own. Should it fail to load (a
// network error on a first visit), the page goes on without them rather than failing whole.
function afterFirstPaint<P extends object>(load: () => Promise<ComponentType<P>>) {
  const nothing: ComponentType<P> = () => null
  return lazy(() => load().then((component) => ({ default: component }), () => ({ default: nothing })))
}
const BackupReminder = afterFirstPaint(() => import('../features/backup/panels').then((m) => m.BackupReminder))
const StoragePanel = afterFirstPaint(() => import('../features/backup/panels').then((m) => m.StoragePanel))

export function App() {
  const [state, open] = useCurrentOverview()
  const [toast, setToast] = useState<ToastMessage | null>(null)
  const persistence = usePersistence()
  const backupStatus = useBackupStatus()
  const health = useStorageHealth()
  const notify = useCallback((message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: Date.now() }), [])
  const dismiss = useCallback(() => setToast(null), [])
  const [listOpen, setListOpen] = useState(false)
  const rowCounts = useRowCounts(listOpen && state.status === 'ready' ? state.overviews.map((o) => o.id) : null)
  const overviewActions = useOverviewActions(open, notify, state.status === 'ready' ? state.current?.id : undefined)
  // The status log sits in the row form, which has no button of its own to fetch it ahead
  // from: fetched once the browser is idle, it is there when Rediger is first clicked.
  useEffect(() => whenIdle(preloadStatusLog), [])
  // The repositories (every write) likewise: the first save does not wait for their chunk.
  useEffect(() => whenIdle(prefetchWrites), [])

  return (
    <>
      <a className="skip-link" href="#indsatser">
        {t.skipToTable}
      </a>
      <div className="app-topbar">
        <div className="container app-topbar__inner">
          <span className="app-topbar__name">{appName}</span>
          {state.status === 'ready' && (
            <div className="app-topbar__actions">
              <OverviewsButton
                overviews={state.overviews}
                rowCounts={rowCounts}
                currentId={state.current?.id}
                onOpen={open}
                onCreate={overviewActions.create}
                onRename={overviewActions.rename}
                onRollForward={overviewActions.rollForward}
                onDelete={overviewActions.remove}
                onOpenChange={setListOpen}
              />
              <RestoreButton port={storage} />
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
        {state.status === 'loading' && <p>{t.loading}</p>}
        {state.status === 'failed' && (
          <div className="alert alert-error" role="alert">
            <p className="alert-text">{storageErrors.unavailable}</p>
          </div>
        )}
        {state.status === 'ready' && !state.current && (
          <div className="empty-start">
            <h1 tabIndex={-1}>{appName}</h1>
            <button type="button" className="button button-primary" onClick={overviewActions.create}>
              {t.newOverview}
            </button>
          </div>
        )}
        {state.status === 'ready' && state.current && <OverviewPage key={state.current.id} overview={state.current} notify={notify} onOpenOverview={open} />}
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

/** The shell: opens the overview, derives its rows for the as-of date, and composes the features. */
import { useCallback, useState } from 'react'
import { t } from '../strings'
import { Toast, type ToastMessage } from '../ui/Toast'
import { useCurrentOverview } from './use-current-overview'
import { OverviewPage } from './OverviewPage'
import { storage, useBackupStatus, usePersistence, useRowCounts, useStorageHealth } from '../storage'
import { OverviewsButton } from '../features/overviews/OverviewsButton'
import { useOverviewActions } from './use-overview-actions'
import { RestoreButton } from '../features/backup/RestoreButton'
import { BackupReminder } from '../features/backup/BackupReminder'
import { StoragePanel } from '../features/backup/StoragePanel'
import { appName, healthMessages, storageErrors } from '../strings'

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
        <BackupReminder status={backupStatus} port={storage} notify={notify} />
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
        <StoragePanel persistence={persistence} status={backupStatus} requestPersistence={storage.requestPersistence} />
      </footer>
      <Toast message={toast} onDismiss={dismiss} />
    </>
  )
}

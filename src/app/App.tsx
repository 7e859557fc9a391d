/** The shell: opens the overview, derives its rows for the as-of date, and composes the features. */
import { useCallback, useState } from 'react'
import { t } from '../strings'
import { Toast, type ToastMessage } from '../ui/Toast'
import { useCurrentOverview } from './use-current-overview'
import { OverviewPage } from './OverviewPage'
import { storage, usePersistence } from '../storage'
import { storageErrors } from '../strings'

export function App() {
  const [state, open] = useCurrentOverview()
  const [toast, setToast] = useState<ToastMessage | null>(null)
  const persistence = usePersistence()
  const notify = useCallback((message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: Date.now() }), [])
  const dismiss = useCallback(() => setToast(null), [])

  async function createEmpty() {
    const result = await storage.createEmptyOverview(t.newOverviewTitle)
    if (result.ok) open(result.value.id)
    else notify({ kind: 'error', text: storageErrors[result.code] })
  }

  return (
    <>
      <a className="skip-link" href="#indsatser">
        {t.skipToTable}
      </a>
      <div className="app-topbar">
        <div className="container app-topbar__inner">
          <span className="app-topbar__name">Indsatsoverblik</span>
          {state.status === 'ready' && (
            <div className="app-topbar__actions">
              {state.overviews.length > 1 && (
                <label className="app-topbar__picker">
                  <span className="sr-only">Oversigt</span>
                  <select className="form-select" value={state.current?.id ?? ''} onChange={(e) => open(e.target.value)}>
                    {state.overviews.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.title}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <button type="button" className="button button-secondary" onClick={createEmpty}>
                {t.newOverview}
              </button>
            </div>
          )}
        </div>
      </div>
      <main className="container app-main">
        {state.status === 'loading' && <p>{t.loading}</p>}
        {state.status === 'failed' && (
          <div className="alert alert-error" role="alert">
            <p className="alert-text">{storageErrors.unavailable}</p>
          </div>
        )}
        {state.status === 'ready' && !state.current && (
          <div className="empty-start">
            <h1 tabIndex={-1}>Indsatsoverblik</h1>
            <button type="button" className="button button-primary" onClick={createEmpty}>
              {t.newOverview}
            </button>
          </div>
        )}
        {state.status === 'ready' && state.current && <OverviewPage key={state.current.id} overview={state.current} notify={notify} />}
      </main>
      <footer className="container app-footer">
        <p>
          {t.storageLabel}: {t.localOnly}{' '}
          {persistence === 'granted' ? t.persistGranted : persistence === 'denied' ? t.persistDenied : persistence === 'unsupported' ? t.persistUnsupported : ''}
        </p>
      </footer>
      <Toast message={toast} onDismiss={dismiss} />
    </>
  )
}

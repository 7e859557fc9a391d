/** Last line of defence: a storage failure during rendering becomes one Danish sentence, not a blank page. */
import { Component, type ReactNode } from 'react'
import { storageErrors, t } from '../strings'

export class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <main className="container app-main">
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{storageErrors.unavailable}</p>
          <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
            {t.tryAgain}
          </button>
        </div>
      </main>
    )
  }
}

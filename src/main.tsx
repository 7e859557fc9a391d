import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'dkfds-css'
import './app/app.css'
import { App } from './app/App'
import { AppErrorBoundary } from './app/AppErrorBoundary'
import { openStorage } from './storage'

// IndexedDB opens while React renders the shell; the first queries then find it open.
openStorage()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppErrorBoundary>
        <App />
      </AppErrorBoundary>
    </StrictMode>,
  )
}

// Offline support: loaded after the app, in its own small chunk (workbox-window follows lazily).
import('./app/pwa/register')
  .then(({ registerServiceWorker }) => registerServiceWorker())
  .catch((error: unknown) => console.warn('Offline support could not be loaded:', error))

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'dkfds-css'
import './app/app.css'
import { App } from './app/App'
import { AppErrorBoundary } from './app/AppErrorBoundary'

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

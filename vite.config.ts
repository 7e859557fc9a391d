/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { cspMeta, offline } from './src/app/pwa/vite-plugins.ts'

export default defineConfig({
  // cspMeta and the service worker apply to `vite build` only (dev needs inline HMR scripts).
  plugins: [react(), cspMeta(), offline()],
  resolve: {
    // dkfds exports only its JS; its CSS and self-hosted IBM Plex fonts are reached by path.
    alias: { 'dkfds-css': fileURLToPath(new URL('./node_modules/dkfds/dist/css/dkfds.min.css', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Everything the first load needs in one chunk: left to itself the bundler splits out
        // every module a lazy chunk shares with the entry (some 20 files, many under 1 kB),
        // and each file is compressed alone and adds its own import/export glue.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'], includeDependenciesRecursively: false }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Property and fuzz tests do thousands of cases; on a busy 2-core machine that is
    // seconds, not a hang. Speed is measured in `npm run bench`, never here.
    testTimeout: 60_000,
  },
})

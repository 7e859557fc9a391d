/**
 * Browser tests: the built app (vite build + preview on 127.0.0.1) driven in real
 * Chromium through playwright-core, each test in a fresh browser context (a new,
 * empty profile with its own IndexedDB).
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    environment: 'node',
    // A busy 2-core CI machine can take seconds to repaint: wait for the UI, not a fixed second.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
})

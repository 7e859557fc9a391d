/**
 * Builds the app once, serves it with `vite preview` on 127.0.0.1, and tells the
 * tests where Chromium is. Without Chromium the browser tests are skipped with a
 * loud message — except under CI=true, where a missing browser fails the run.
 */
import { existsSync } from 'node:fs'
import { build, preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

let server: PreviewServer | undefined

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  return candidates.find((path) => existsSync(path)) ?? null
}

export default async function setup(project: TestProject) {
  const chromium = findChromium()
  if (!chromium) {
    const message = [
      '',
      '!!! No Chromium found (looked at $CHROMIUM_PATH and /usr/bin/chromium).',
      '!!! Browser tests need it: install with `sudo apt-get install -y chromium`',
      '!!! or point CHROMIUM_PATH at a Chromium/Chrome binary.',
      '',
    ].join('\n')
    if (process.env.CI === 'true') throw new Error(message)
    console.warn(`${message}!!! Skipping the browser tests.\n`)
    project.provide('chromium', '')
    project.provide('baseUrl', '')
    return
  }
  if (process.env.E2E_SKIP_BUILD !== '1') await productionBuild()
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  project.provide('chromium', chromium)
  project.provide('baseUrl', url)
  return async () => {
    await server?.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: string
    baseUrl: string
  }
}

/**
 * Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it finds: the tests would then drive
 * React's development build (StrictMode effects twice, dev warnings) instead of what users get.
 */
async function productionBuild() {
  const previous = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', mode: 'production' })
  } finally {
    process.env.NODE_ENV = previous
  }
}

/**
 * Helpers for browser tests: a fresh profile per test, console errors collected
 * (any error fails the test), and axe checks against WCAG 2.1 AA.
 */
import { afterAll, afterEach, expect, inject } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'

export const chromiumPath = inject('chromium')
export const baseUrl = inject('baseUrl')
export const hasBrowser = Boolean(chromiumPath)

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

let browser: Browser | undefined
export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: chromiumPath, headless: true, args: FLAGS })
  return browser
}

export async function closeBrowser() {
  await browser?.close()
  browser = undefined
}

/**
 * What every browser-test file does around its tests, in one place. Call inside
 * `describe`; it returns `open`, which starts a session (a fresh profile). After each
 * test the session must have logged no console error (after `settle`, when given) and is
 * closed; after the file the browser closes.
 */
export function sessionPerTest<S extends { consoleErrors: string[]; close: () => Promise<void> }, A extends unknown[]>(
  start: (...args: A) => Promise<S>,
  settle?: (session: S) => Promise<void>,
): (...args: A) => Promise<S> {
  let current: S | undefined
  afterEach(async () => {
    const session = current
    current = undefined
    if (!session) return
    try {
      await settle?.(session)
      expect(session.consoleErrors).toEqual([])
    } finally {
      await session.close()
    }
  })
  afterAll(closeBrowser)
  return async (...args) => (current = await start(...args))
}

export interface Session {
  context: BrowserContext
  page: Page
  consoleErrors: string[]
  close: () => Promise<void>
}

/** A new, empty profile (its own IndexedDB) with one page open on the app. */
export async function openApp(path = '/', options: { acceptDownloads?: boolean } = {}): Promise<Session> {
  const context = await (await launch()).newContext({ acceptDownloads: options.acceptDownloads ?? true, locale: 'da-DK', viewport: { width: 1400, height: 900 } })
  const consoleErrors: string[] = []
  const page = await context.newPage()
  watch(page, consoleErrors)
  await page.goto(new URL(path, baseUrl).toString())
  return { context, page, consoleErrors, close: () => context.close() }
}

export function watch(page: Page, errors: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
}

export async function axeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  if (include) builder = builder.include(include)
  const result = await builder.analyze()
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/** The build plugin that writes the Content-Security-Policy into index.html, and refuses inline code. */
import { describe, expect, it } from 'vitest'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../src/app/pwa/csp'
import { cspMeta } from '../../src/app/pwa/vite-plugins'

const EXPECTED =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'"

const PAGE = `<!doctype html>
<html lang="da">
  <head>
    <meta charset="UTF-8" />
    <title>Indsatsoverblik</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`

type Handler = (html: string) => string
type GenerateBundle = (this: { error: (message: string) => never }, options: unknown, bundle: Record<string, unknown>) => void

function hooks(plugin: Plugin) {
  const transform = plugin.transformIndexHtml as { handler: Handler }
  return { transform: transform.handler, generateBundle: plugin.generateBundle as unknown as GenerateBundle }
}

function check(html: string): string | null {
  const { generateBundle } = hooks(cspMeta())
  try {
    generateBundle.call(
      {
        error: (message: string) => {
          throw new Error(message)
        },
      },
      {},
      { 'index.html': { type: 'asset', fileName: 'index.html', source: html } },
    )
    return null
  } catch (error) {
    return (error as Error).message
  }
}

describe('cspMeta', () => {
  it('has exactly the agreed policy: self only, no unsafe-inline, no unsafe-eval', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/)
  })

  it('applies to the build only, so the dev server keeps its inline HMR scripts', () => {
    expect(cspMeta().apply).toBe('build')
  })

  it('puts the policy right after <meta charset>, before any script, with quotes unescaped', () => {
    const out = hooks(cspMeta()).transform(PAGE)
    expect(out).toContain(`<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${EXPECTED}" />`)
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'))
    expect(check(out)).toBeNull()
  })

  it('fails the build when the final page has inline code or lacks the policy', () => {
    const good = hooks(cspMeta()).transform(PAGE)
    expect(check(PAGE)).toMatch(/lacks the Content-Security-Policy/)
    expect(check(good.replace('</head>', '<script>register()</script></head>'))).toMatch(/inline code/)
    expect(check(good.replace('</head>', '<style>body{}</style></head>'))).toMatch(/inline code/)
    expect(check(good.replace('<body>', '<body onload="go()">'))).toMatch(/inline code/)
    expect(check(good.replace('<body>', '<body style="margin:0">'))).toMatch(/inline code/)
  })
})

describe('sync servers set at build time', () => {
  it.each([
    ['', "connect-src 'self';"],
    ['https://indsats.kommune.dk', "connect-src 'self' wss://indsats.kommune.dk;"],
    ['http://127.0.0.1:1234, ws://127.0.0.1:1234/sync', "connect-src 'self' ws://127.0.0.1:1234;"],
    ['wss://a.kommune.dk https://b.kommune.dk/indsats', "connect-src 'self' wss://a.kommune.dk wss://b.kommune.dk;"],
  ])('%j → %s', (origins, directive) => {
    const policy = contentSecurityPolicy(origins)
    expect(policy).toContain(directive)
    expect(policy.replace(directive, '')).toBe(CONTENT_SECURITY_POLICY.replace("connect-src 'self';", ''))
  })

  it.each(['*', "'unsafe-inline'", 'javascript:alert(1)', 'ftp://kommune.dk'])('refuses %j rather than widen the policy', (origins) => {
    expect(() => contentSecurityPolicy(origins)).toThrow(/SYNC_ORIGINS/)
  })

  it('the built page carries the widened policy', () => {
    const { transform } = hooks(cspMeta('https://indsats.kommune.dk'))
    expect(transform(PAGE)).toContain("connect-src 'self' wss://indsats.kommune.dk;")
  })
})

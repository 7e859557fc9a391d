/**
 * Build-time plugins (run by Vite in Node, never shipped to the browser):
 *  - `cspMeta()` writes the Content-Security-Policy into the built index.html and
 *    fails the build if that page would carry an inline script or style;
 *  - `offline()` makes the service worker and web app manifest (vite-plugin-pwa).
 *
 * Both act on `vite build` only: the dev server injects inline scripts for HMR and
 * React Refresh, so it runs without the policy and without a service worker.
 */
import type { Plugin, PluginOption } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicy } from './csp.ts'
import { pwaManifestText } from '../../strings/pwa.ts'

/** The favicon's background: also the colour of the browser UI around the installed app. */
export const THEME_COLOR = '#1a1a1a'

/** `syncOrigins`: the sync servers the app may connect to besides its own origin (see ./csp.ts); from SYNC_ORIGINS by default. */
export function cspMeta(syncOrigins = process.env.SYNC_ORIGINS ?? ''): Plugin {
  const CONTENT_SECURITY_POLICY = contentSecurityPolicy(syncOrigins)
  return {
    name: 'indsatsoverblik:csp-meta',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, before any script, style or link it governs. Written
      // by hand rather than as a tag descriptor, which would escape ' as &#39;.
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html)
        if (!charset) throw new Error('index.html needs <meta charset> as the first element of <head>')
        const at = charset.index + charset[0].length
        return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />${html.slice(at)}`
      },
    },
    generateBundle(_options, bundle) {
      // The final HTML (after every plugin's transformIndexHtml): nothing inline may remain.
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue
        const html = String(file.source)
        const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>/i.exec(html)
        const inlineStyle = /<style\b|\sstyle\s*=|\son[a-z]+\s*=/i.exec(html)
        if (inlineScript || inlineStyle) {
          this.error(`${file.fileName} has inline code that the Content-Security-Policy blocks: ${(inlineScript ?? inlineStyle)?.[0]}`)
        }
        if (!html.includes(CONTENT_SECURITY_POLICY)) this.error(`${file.fileName} lacks the Content-Security-Policy meta`)
      }
    },
  }
}

export function offline(): PluginOption {
  return VitePWA({
    registerType: 'autoUpdate',
    // Registered from src/main.tsx through `virtual:pwa-register`: no inline script
    // in index.html and no extra request before the app's own code.
    injectRegister: false,
    // The icons are in public/ and so already in globPatterns below.
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: pwaManifestText.name,
      short_name: pwaManifestText.shortName,
      description: pwaManifestText.description,
      lang: 'da',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: '#ffffff',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // Everything the app can ever load, lazy chunks included (docx, exceljs,
      // papaparse, import), so export and import work offline too.
      // Fonts: the woff2 faces, plus Regular's .woff — the DKFDS CSS lists that one
      // before its woff2, so browsers take it. The other eot/ttf/woff fallbacks are
      // never requested by a browser that runs service workers.
      globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,woff2}', 'assets/IBMPlexSans-Regular-*.woff'],
      // exceljs is ~0.9 MB minified; leave room to grow without silently dropping it.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // autoUpdate: a new build takes over at once; the page reloads when it is safe
      // (see ./register.ts).
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Any navigation (e.g. `/?o=…&pr=…`) gets the precached app shell.
      navigateFallback: 'index.html',
      // Nothing is cached at run time: the precache is the whole app, and there is
      // no other origin to talk to.
      runtimeCaching: [],
      sourcemap: false,
    },
  })
}

/**
 * Serves the built app (dist/) from the sync server's own address, so one server is all a
 * municipality deploys and the app's Serveradresse can default to its own origin.
 *
 * sirv lists the folder once at start and serves only the files it found then, by exact
 * path: no directory listings and no way out of the folder, whatever the URL says. After
 * a new `npm run build`, restart the server. The Content-Security-Policy stays in the built
 * index.html's meta tag; the headers here add what a meta tag cannot carry.
 */
import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // frame-ancestors cannot be set in a meta CSP; this keeps the app out of other sites' frames.
  'X-Frame-Options': 'DENY',
}

export const appIsBuilt = (appDir: string): boolean => existsSync(join(appDir, 'index.html'))

export function serveApp(appDir: string): RequestHandler {
  const files = sirv(appDir, {
    etag: true,
    dotfiles: false,
    setHeaders: (response, pathname) => {
      // Vite names files in assets/ by their content hash: they never change. Everything
      // else (index.html, the service worker, the manifest) must be checked on each visit.
      response.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
    onNoMatch: (_request, response) => plain(response, 404, 'Not found.'),
  })
  return (request, response) => {
    setSecurityHeaders(response)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD')
      return plain(response, 405, 'Only GET and HEAD.')
    }
    // Ranges are of no use to an app's files, and sirv turns some malformed ones into a
    // thrown error; without the header every answer is the whole file.
    delete request.headers.range
    files(request, response)
  }
}

/** Stands in for the app when dist/ is missing: says how to build it. */
export function appNotBuilt(): RequestHandler {
  return (_request, response) => {
    setSecurityHeaders(response)
    plain(response, 404, 'The app is not built on this server. Run `npm run build` and restart `npm run server`; sync works meanwhile.')
  }
}

export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
}

export function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(`${text}\n`)
}

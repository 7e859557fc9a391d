import { parseServerAddress } from '../../domain/sync-address.ts'

/**
 * The Content-Security-Policy of the built app. There is no server to send it as a
 * header, so the build writes it into index.html as a <meta http-equiv> (see
 * ./vite-plugins.ts). Nothing may be loaded from, or sent to, another origin.
 *
 * Not expressible in a meta policy, and so left to whoever hosts the files:
 * `frame-ancestors` (click-jacking), `report-uri`/`report-to` and `sandbox` are
 * ignored by browsers when delivered through <meta>.
 *
 * No 'unsafe-inline' for styles: React sets `style={{…}}` through the CSSOM, which
 * CSP does not govern; Vite emits all CSS as files (lazy ones as <link>). No
 * 'unsafe-eval': nothing the app loads needs it — exceljs's bundled global lookups
 * (`Function('return this')`) and regenerator fallback are never reached in a
 * browser, and Zod's JIT is kept off in src/domain/schemas.ts. tests/e2e/security.e2e.ts
 * drives every feature under this policy and fails on any violation.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // A Web Worker may parse large imports off the main thread later.
  ['worker-src', "'self'", 'blob:'],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
]

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map((directive) => directive.join(' ')).join('; ')

/**
 * The policy for a build whose app is served from one place and syncs with a server
 * elsewhere: `connect-src` also allows exactly those sync servers' WebSocket origins, set at
 * build time (`SYNC_ORIGINS=https://indsats.kommune.dk npm run build`; several separated by
 * commas or spaces). An app served by the sync server itself needs none: 'self' covers it.
 * A value that is not a server address fails the build rather than widening the policy.
 */
export function contentSecurityPolicy(syncOrigins = ''): string {
  const extra: string[] = []
  for (const entry of syncOrigins.split(/[\s,]+/).filter(Boolean)) {
    const server = parseServerAddress(entry)
    if (!server) throw new Error(`SYNC_ORIGINS: "${entry}" is not a server address (https://…, http://…, wss://… or ws://…)`)
    const origin = new URL(server.sync).origin
    if (!extra.includes(origin)) extra.push(origin)
  }
  return CSP_DIRECTIVES.map(([name, ...values]) => [name, ...values, ...(name === 'connect-src' ? extra : [])].join(' ')).join('; ')
}

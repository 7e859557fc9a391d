/**
 * The addresses a user types for sharing, read without a network: the server's address
 * (*Serveradresse*) and a shared overview's id or link (*Oversigt*). Pure.
 */
import { isOverviewId, SYNC_PATH } from './sync-protocol.ts'

export interface ServerAddress {
  /** Where the server serves the app: `https://host[/prefix]` (links to overviews start here). */
  app: string
  /** The WebSocket the app syncs over: `wss://host[/prefix]/sync`. */
  sync: string
}

const SCHEMES: Record<string, [app: string, sync: string]> = {
  'https:': ['https:', 'wss:'],
  'http:': ['http:', 'ws:'],
  'wss:': ['https:', 'wss:'],
  'ws:': ['http:', 'ws:'],
}

/** A host name or an IP address (v4, or v6 in brackets): nothing else may go into an address, or into the CSP built from one. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])$/i

/** `https://…`, `http://…`, `wss://…` or `ws://…` (a bare host name means https); null when it is not an address. */
export function parseServerAddress(input: string): ServerAddress | null {
  const text = input.trim()
  if (!text) return null
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`)
  } catch {
    return null
  }
  const schemes = SCHEMES[url.protocol]
  if (!schemes || !HOST.test(url.hostname) || url.username || url.password) return null
  // A pasted sync address or a link into the app: the server is what comes before.
  let path = url.pathname.replace(/\/+$/, '')
  if (path.endsWith(SYNC_PATH)) path = path.slice(0, -SYNC_PATH.length)
  if (path.endsWith('/index.html')) path = path.slice(0, -'/index.html'.length)
  return { app: `${schemes[0]}//${url.host}${path}`, sync: `${schemes[1]}//${url.host}${path}${SYNC_PATH}` }
}

/** The link others open: the app on the server, with the overview (`?o=<id>`). */
export const overviewLink = (server: ServerAddress, overviewId: string) => `${server.app}/?o=${encodeURIComponent(overviewId)}`

/** An overview's id, typed as is or inside a link (`…?o=<id>`); null when neither. */
export function parseOverviewRef(input: string): string | null {
  const text = input.trim()
  if (isOverviewId(text)) return text
  try {
    const id = new URL(text).searchParams.get('o')
    return id !== null && isOverviewId(id) ? id : null
  } catch {
    return null
  }
}

/** The server a link points to (the part before `/?o=`), when the input is a link. */
export function serverOfLink(input: string): ServerAddress | null {
  try {
    const url = new URL(input.trim())
    if (!url.searchParams.get('o')) return null
    return parseServerAddress(`${url.origin}${url.pathname}`)
  } catch {
    return null
  }
}

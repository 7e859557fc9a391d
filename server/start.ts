/**
 * Starts the sync server: one HTTP server on SYNC_HOST:SYNC_PORT that upgrades
 * WebSocket requests on SYNC_PATH to Hocuspocus and serves the built app on every other
 * path. `close()` stops it and stores every loaded document first.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { Hocuspocus } from '@hocuspocus/server'
import { WebSocketServer } from 'ws'
import { SYNC_PATH } from '../src/domain/sync-protocol.ts'
import { documentsDir, usersFile, type ServerConfig } from './config.ts'
import { DocumentStore } from './document-store.ts'
import type { Log } from './log.ts'
import { revokeRemovedUsers } from './revocation.ts'
import { DEFAULT_GUARD_LIMITS, SocketGuard, type GuardLimits } from './socket-guard.ts'
import { appIsBuilt, appNotBuilt, plain, serveApp, setSecurityHeaders } from './static-files.ts'
import { storeAll } from './shutdown.ts'
import { SyncExtension } from './sync-extension.ts'

/** Largest WebSocket message: a whole overview of tens of thousands of rows fits. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024

export interface RunningServer {
  /** http://host:port of the app; the sync WebSocket is at ws://host:port + SYNC_PATH. */
  url: string
  port: number
  appServed: boolean
  /** Stops accepting, closes every client, stores every loaded document; false if one could not be stored. */
  close: () => Promise<boolean>
}

export async function startServer(config: ServerConfig, log: Log, guardLimits: GuardLimits = DEFAULT_GUARD_LIMITS): Promise<RunningServer> {
  const store = new DocumentStore(documentsDir(config.dataDir))
  const leftovers = await store.open()
  if (leftovers.length > 0) log.info(`Removed ${leftovers.length} unfinished temporary file(s) from ${store.folder}.`)

  const guard = new SocketGuard(guardLimits)
  const usersPath = usersFile(config.dataDir)
  const extension = new SyncExtension({ store, usersPath, log, onAuthenticated: (request) => guard.authenticated(request) })
  const hocuspocus = new Hocuspocus({ quiet: true, extensions: [extension] })

  const appServed = appIsBuilt(config.appDir)
  const serveFiles = appServed ? serveApp(config.appDir) : appNotBuilt()
  const httpServer = createServer((request, response) => {
    if (pathOf(request) === SYNC_PATH) {
      setSecurityHeaders(response)
      return plain(response, 426, 'This address is for the app\'s WebSocket connection.')
    }
    serveFiles(request, response)
  })

  const webSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    if (pathOf(request) !== SYNC_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    webSockets.handleUpgrade(request, socket, head, (webSocket) => {
      // Without an error listener, one client's broken frame would end the process.
      webSocket.on('error', (error) => log.info(`Closed a WebSocket after an error: ${error.message}`))
      guard.watch(webSocket, request)
      hocuspocus.handleConnection(webSocket, request)
    })
  })

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(config.port, config.host, () => resolve())
  })
  const address = httpServer.address()
  const port = typeof address === 'object' && address !== null ? address.port : config.port
  const stopWatching = revokeRemovedUsers(usersPath, hocuspocus, log)

  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port,
    appServed,
    close: async () => {
      stopWatching()
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()))
      await closeClients(webSockets)
      const stored = await storeAll(hocuspocus, extension, log)
      httpServer.closeAllConnections()
      await closed
      return stored
    },
  }
}

/** The path of a request URL, or '' when the URL cannot be read. */
function pathOf(request: IncomingMessage): string {
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname
  } catch {
    return ''
  }
}

/** Closes every WebSocket (politely, then by force) and waits until each has closed. */
async function closeClients(webSockets: WebSocketServer): Promise<void> {
  const clients = [...webSockets.clients]
  await Promise.all(
    clients.map(
      (client) =>
        new Promise<void>((resolve) => {
          client.once('close', () => resolve())
          client.close(1001, 'server shutting down')
          setTimeout(() => client.terminate(), 1000).unref()
        }),
    ),
  )
  webSockets.close()
}

/**
 * The server's settings, read from the environment once at start:
 *   SYNC_HOST  address to listen on (default 127.0.0.1: only this machine; a reverse proxy
 *              in front makes it reachable — see README.md)
 *   SYNC_PORT  port (default 1234; 0 lets the system pick a free one, as the tests do)
 *   SYNC_DATA  folder for the documents and the users file (default ./sync-data)
 *   SYNC_APP   folder of the built app to serve (default ./dist, made by `npm run build`)
 */
import { resolve } from 'node:path'

export interface ServerConfig {
  host: string
  port: number
  dataDir: string
  appDir: string
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string }

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ConfigResult {
  const host = env.SYNC_HOST?.trim() || '127.0.0.1'
  const portText = env.SYNC_PORT?.trim() || '1234'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65_535) {
    return { ok: false, message: `SYNC_PORT must be a port number from 0 to 65535, not "${portText}".` }
  }
  return {
    ok: true,
    config: {
      host,
      port,
      dataDir: resolve(cwd, env.SYNC_DATA?.trim() || 'sync-data'),
      appDir: resolve(cwd, env.SYNC_APP?.trim() || 'dist'),
    },
  }
}

/** The users file and the documents folder inside SYNC_DATA. */
export const usersFile = (dataDir: string): string => resolve(dataDir, 'users.json')
export const documentsDir = (dataDir: string): string => resolve(dataDir, 'documents')

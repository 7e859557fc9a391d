/**
 * `npm run server`: the sync server for shared overviews (see README.md in this folder).
 * With arguments it manages users instead: `npm run server -- user add|list|remove …`.
 */
import { SYNC_PATH } from '../src/domain/sync-protocol.ts'
import { runCli } from './cli.ts'
import { readConfig, usersFile } from './config.ts'
import { consoleLog, describeError } from './log.ts'
import { startServer } from './start.ts'
import { readUsers } from './users-file.ts'

const configResult = readConfig()
if (!configResult.ok) {
  console.error(configResult.message)
  process.exit(1)
}
const config = configResult.config
const args = process.argv.slice(2)

if (args.length > 0) {
  process.exitCode = await runCli(args, { dataDir: config.dataDir, now: () => new Date(), out: (line) => console.log(line), err: (line) => console.error(line) })
} else {
  await serve()
}

async function serve(): Promise<void> {
  const log = consoleLog
  // A bug in a library's promise chain must cost one line in the log, not every user's
  // connection: the server keeps running.
  process.on('unhandledRejection', (reason) => log.error(`Unhandled rejection: ${describeError(reason)}`))

  let server
  try {
    server = await startServer(config, log)
  } catch (error) {
    log.error(`Cannot start on ${config.host}:${config.port}: ${describeError(error)}`)
    process.exit(1)
  }
  const wsUrl = `${server.url.replace(/^http/, 'ws')}${SYNC_PATH}`
  log.info(`Indsatsoverblik sync server listening on ${server.url}`)
  log.info(`Sync (WebSocket): ${wsUrl}`)
  log.info(server.appServed ? `App: ${server.url}/ (from ${config.appDir})` : `App: not built, so not served. Run \`npm run build\` and restart to serve it here; sync works meanwhile.`)
  const users = await readUsers(usersFile(config.dataDir))
  log.info(`Data: ${config.dataDir} (${users.ok ? `${users.users.length} user(s)` : 'users file unreadable!'})`)
  if (users.ok && users.users.length === 0) log.info('No users yet: add one with `npm run server -- user add NAME --role editor|reader`.')

  let stopping = false
  const stop = async (signal: string) => {
    // Wrappers (npm, tsx, a terminal's process group) can deliver one Ctrl+C twice: a repeat
    // must not cut the storing short. SIGKILL still stops at once.
    if (stopping) return log.info(`${signal}: already stopping.`)
    stopping = true
    log.info(`${signal}: storing every open overview, then stopping.`)
    const stored = await server.close()
    log.info('Stopped.')
    process.exit(stored ? 0 : 1)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

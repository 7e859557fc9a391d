/** The environment settings of `npm run server`. */
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../server/config.ts'

describe('readConfig', () => {
  it('defaults to 127.0.0.1:1234, ./sync-data and ./dist', () => {
    expect(readConfig({}, '/srv/app')).toEqual({ ok: true, config: { host: '127.0.0.1', port: 1234, dataDir: '/srv/app/sync-data', appDir: '/srv/app/dist' } })
  })

  it('reads SYNC_HOST, SYNC_PORT, SYNC_DATA and SYNC_APP', () => {
    expect(readConfig({ SYNC_HOST: '0.0.0.0', SYNC_PORT: '8080', SYNC_DATA: '/var/lib/indsatsoverblik', SYNC_APP: 'build' }, '/srv/app')).toEqual({
      ok: true,
      config: { host: '0.0.0.0', port: 8080, dataDir: '/var/lib/indsatsoverblik', appDir: '/srv/app/build' },
    })
  })

  it.each(['0', '65535'])('accepts port %s', (port) => {
    expect(readConfig({ SYNC_PORT: port }).ok).toBe(true)
  })

  it.each(['65536', '-1', '12a', '1e3', 'port'])('refuses port %j with one sentence', (port) => {
    expect(readConfig({ SYNC_PORT: port })).toEqual({ ok: false, message: `SYNC_PORT must be a port number from 0 to 65535, not "${port}".` })
  })
})

/**
 * The server's one address also serves the built app: the right file with the right type
 * and headers, nothing outside the app folder, no listings — and without a build it says how
 * to make one while sync keeps working.
 */
import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import WebSocket from 'ws'
import { addUser, connect, makeDataDir, startServerProcess, WAIT, type ServerProcess } from './harness.ts'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request: the path goes out exactly as written (fetch would tidy away the "..").  */
function get(base: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

const INDEX = '<!doctype html><html lang="da"><title>Indsatsoverblik</title><script type="module" src="/assets/index-Bq3x9.js"></script></html>'
const SCRIPT = 'console.log("app")'

let data: Awaited<ReturnType<typeof makeDataDir>>
let server: ServerProcess

beforeAll(async () => {
  data = await makeDataDir()
  // The users file sits one folder above the app: the target a path traversal would want.
  await addUser(data.dir, 'Mette Holm', 'editor')
  const app = join(data.dir, 'app')
  await mkdir(join(app, 'assets'), { recursive: true })
  await writeFile(join(app, 'index.html'), INDEX)
  await writeFile(join(app, 'assets', 'index-Bq3x9.js'), SCRIPT)
  await writeFile(join(app, 'assets', 'index-Cc81.css'), 'body{margin:0}')
  await writeFile(join(app, 'manifest.webmanifest'), '{"name":"Indsatsoverblik"}')
  await writeFile(join(app, 'sw.js'), 'self.addEventListener("fetch",()=>{})')
  await writeFile(join(app, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await writeFile(join(app, '.env'), 'SECRET=1')
  server = await startServerProcess(data.dir, { appDir: app })
})

afterAll(async () => {
  await server?.stop()
  await data?.remove()
})

const expectSecurityHeaders = (answer: Answer) => {
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  expect(answer.headers['referrer-policy']).toBe('no-referrer')
  expect(answer.headers['x-frame-options']).toBe('DENY')
}

describe('the built app', () => {
  it('serves index.html for /, revalidated on every visit', async () => {
    const answer = await get(server.url, '/')
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('text/html;charset=utf-8')
    expect(answer.headers['cache-control']).toBe('no-cache')
    expect(answer.body).toBe(INDEX)
    expectSecurityHeaders(answer)
  })

  it.each([
    ['/assets/index-Bq3x9.js', 'text/javascript', 'public, max-age=31536000, immutable'],
    ['/assets/index-Cc81.css', 'text/css', 'public, max-age=31536000, immutable'],
    ['/manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    ['/sw.js', 'text/javascript', 'no-cache'],
    ['/favicon.svg', 'image/svg+xml', 'no-cache'],
  ])('serves %s as %s', async (path, type, cache) => {
    const answer = await get(server.url, path)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe(type)
    expect(answer.headers['cache-control']).toBe(cache)
    expectSecurityHeaders(answer)
  })

  it('answers HEAD without a body, and other methods with 405', async () => {
    const head = await get(server.url, '/assets/index-Bq3x9.js', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    const post = await get(server.url, '/', { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
  })

  it('ignores a Range header, even a malformed one, and serves the whole file', async () => {
    for (const range of ['bytes=5-2', 'bytes=-', 'bytes=999999-', 'nonsense']) {
      const answer = await get(server.url, '/assets/index-Bq3x9.js', { headers: { Range: range } })
      expect(answer.status).toBe(200)
      expect(answer.body).toBe(SCRIPT)
    }
  })
})

describe('nothing else', () => {
  it.each([
    '/../users.json',
    '/assets/../../users.json',
    '/%2e%2e/users.json',
    '/%2E%2E%2Fusers.json',
    '/..%2fusers.json',
    '/assets/..%5c..%5cusers.json',
    '/..\\users.json',
    '//users.json',
    '/app/../users.json',
    '/documents/',
    '/assets/',
    '/assets',
    '/.env',
    '/%00index.html',
    '/nope.js',
  ])('%s is not found', async (path) => {
    const answer = await get(server.url, path)
    expect(answer.status).toBe(404)
    expect(answer.body).not.toContain('keyHash')
    expect(answer.body).not.toContain('index-Bq3x9')
    expectSecurityHeaders(answer)
  })

  it('answers a plain request for the sync path with 426 Upgrade Required', async () => {
    expect((await get(server.url, '/sync')).status).toBe(426)
  })

  it('accepts WebSocket connections only on /sync', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}/`)
      socket.on('open', () => resolve('opened'))
      socket.on('unexpected-response', (_request, response) => resolve(`refused ${response.statusCode}`))
      socket.on('error', (error) => resolve(`error ${error.message}`))
    })
    expect(outcome).toBe('refused 404')
  })
})

it('without a build, says how to make one and still syncs', async () => {
  const bare = await makeDataDir()
  const key = await addUser(bare.dir, 'Mette Holm', 'editor')
  const unbuilt = await startServerProcess(bare.dir, { appDir: join(bare.dir, 'dist') })
  try {
    // The lines after "listening on" may reach the pipe in a later chunk.
    await vi.waitFor(() => expect(unbuilt.output()).toContain('npm run build'), WAIT)
    const answer = await get(unbuilt.url, '/')
    expect(answer.status).toBe(404)
    expect(answer.body).toContain('npm run build')
    const a = connect(unbuilt.wsUrl, 'abc-1', key)
    const b = connect(unbuilt.wsUrl, 'abc-1', key)
    a.fields().set('title', 'Synkroniseret uden app')
    await vi.waitFor(() => expect(b.fields().get('title')).toBe('Synkroniseret uden app'), WAIT)
    a.destroy()
    b.destroy()
  } finally {
    await unbuilt.stop()
    await bare.remove()
  }
})

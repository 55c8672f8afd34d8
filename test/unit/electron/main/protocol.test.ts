import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  isAppUrl,
} from '../../../../electron/main/protocol'

let parentDir: string
let handler: (request: Request) => Promise<Response>

beforeAll(async () => {
  parentDir = await mkdtemp(path.join(tmpdir(), 'command-post-protocol-'))
  const rootDir = path.join(parentDir, 'dist')
  await mkdir(path.join(rootDir, 'assets'), { recursive: true })
  await writeFile(path.join(rootDir, 'index.html'), '<!doctype html><title>指挥台</title>')
  const files: Record<string, string> = {
    'assets/app.js': 'export {}',
    'assets/worker.mjs': 'export {}',
    'assets/app.css': 'body{}',
    'assets/data.json': '{}',
    'assets/logo.svg': '<svg/>',
    'assets/icon.png': 'png',
    'assets/favicon.ico': 'ico',
    'assets/font.woff': 'woff',
    'assets/font.woff2': 'woff2',
    'assets/font.ttf': 'ttf',
    'assets/module.wasm': 'wasm',
    'assets/app.js.map': '{}',
    'assets/blob.bin': 'bin',
  }
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(rootDir, name), text)
  // A secret next to the root: traversal must never reach it.
  await writeFile(path.join(parentDir, 'secret.txt'), 'secret')
  handler = createAppProtocolHandler({ rootDir, readFile })
})

afterAll(() => rm(parentDir, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => handler(new Request(url, { method }))

describe('app:// protocol handler', () => {
  it('serves index.html with the strict CSP header', async () => {
    const response = await get(APP_INDEX_URL)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('指挥台')
  })

  it('pins the CSP directives', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
        "base-uri 'self'; form-action 'none'",
    )
  })

  it('serves index.html for the root and for a trailing slash', async () => {
    for (const url of [`${APP_ORIGIN}/`, APP_ORIGIN]) {
      const response = await get(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/icon.png', 'image/png'],
    ['assets/favicon.ico', 'image/x-icon'],
    ['assets/font.woff', 'font/woff'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/font.ttf', 'font/ttf'],
    ['assets/module.wasm', 'application/wasm'],
    ['assets/app.js.map', 'application/json; charset=utf-8'],
    ['assets/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s, without CSP', async (file, type) => {
    const response = await get(`${APP_ORIGIN}/${file}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe(type)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(response.headers.get('Content-Security-Policy')).toBeNull()
  })

  it('answers HEAD without a body', async () => {
    const response = await get(`${APP_ORIGIN}/assets/app.css`, 'HEAD')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Length')).toBe('6')
    expect(await response.text()).toBe('')
  })

  it('refuses other methods', async () => {
    expect((await get(`${APP_ORIGIN}/index.html`, 'POST')).status).toBe(405)
  })

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get(`${APP_ORIGIN}/missing.js`)).status).toBe(404)
    expect((await get(`${APP_ORIGIN}/assets`)).status).toBe(404)
  })

  it.each([
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
    '/..%5c..%5csecret.txt',
  ])('refuses encoded traversal %s with 403', async (pathname) => {
    const response = await get(`${APP_ORIGIN}${pathname}`)
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('secret')
  })

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt'])(
    'never serves a file outside the root for %s',
    async (pathname) => {
      // The URL parser folds literal and %2e dot segments before the handler sees them, so these land
      // inside the root (and miss); the point is that the secret never leaks.
      const response = await get(`${APP_ORIGIN}${pathname}`)
      expect(response.status).not.toBe(200)
      expect(await response.text()).not.toContain('secret')
    },
  )

  it('refuses a NUL byte and broken escapes with 400', async () => {
    expect((await get(`${APP_ORIGIN}/index.html%00.png`)).status).toBe(400)
    expect((await get(`${APP_ORIGIN}/%E0%A4%A.js`)).status).toBe(400)
  })

  it('refuses another host of the scheme', async () => {
    expect((await get('app://other-host/index.html')).status).toBe(403)
  })

  it('answers 500 when reading fails for another reason', async () => {
    const failing = createAppProtocolHandler({
      rootDir: parentDir,
      readFile: () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })),
    })
    expect((await failing(new Request(APP_INDEX_URL))).status).toBe(500)
  })
})

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl('app://command-post/index.html')).toBe(true)
    expect(isAppUrl('app://command-post.evil/index.html')).toBe(false)
    expect(isAppUrl('https://command-post/index.html')).toBe(false)
    expect(isAppUrl('file:///index.html')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
  })

  it('accepts the dev server origin only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/#/board', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
  })
})

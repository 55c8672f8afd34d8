import path from 'node:path'

/** The custom scheme the packaged renderer is served from. */
export const APP_SCHEME = 'app'

/** The host part of every app URL; fixed so the origin (and with it IndexedDB) never changes. */
export const APP_HOST = 'command-post'

/**
 * The one origin the packaged renderer runs at. IndexedDB is keyed by origin: if this ever changed,
 * every record would silently seem lost (electron/electron#37702). Never change it.
 */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The URL the main window loads in production. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/** The Content-Security-Policy sent with every HTML page; the same policy as the meta tag in index.html. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/** Content-Type of each file extension the renderer build contains. Anything else is served as bytes. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

/**
 * Whether `url` belongs to the app: the fixed app origin, or the Vite dev server's origin in development.
 * `app:` is not a WHATWG "special" scheme, so `URL.origin` is `"null"` for it; compare scheme and host instead.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (!devServerUrl) return false
  return parsed.origin === new URL(devServerUrl).origin
}

/** What the protocol handler needs from the file system; `fs.promises.readFile` fits. */
export interface AppProtocolDeps {
  /** Folder holding the built renderer (`dist/`). */
  rootDir: string
  /** Reads a whole file; rejects with an `ENOENT`/`EISDIR`-coded error when there is no such file. */
  readFile: (filePath: string) => Promise<Uint8Array>
}

/**
 * Builds the `app://` protocol handler: serves files of the built renderer from `rootDir`, refuses
 * anything outside it, and sends the CSP header with HTML. Web-standard Request/Response, so it runs in
 * plain Node for tests and in Electron's `protocol.handle`.
 */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  const rootDir = path.resolve(deps.rootDir)
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed')
    const url = new URL(request.url)
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(403, 'Forbidden')
    const resolved = resolveInside(rootDir, url.pathname)
    if ('refusal' in resolved) return resolved.refusal
    const { filePath } = resolved
    let body: Uint8Array
    try {
      body = await deps.readFile(filePath)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return textResponse(404, 'Not Found')
      return textResponse(500, 'Internal Server Error')
    }
    const extension = path.extname(filePath).toLowerCase()
    const headers = new Headers({
      'Content-Type': MIME_TYPES[extension] ?? 'application/octet-stream',
      'Content-Length': String(body.byteLength),
      'X-Content-Type-Options': 'nosniff',
      // A new build must show up on the next start, never a cached old one.
      'Cache-Control': 'no-cache',
    })
    if (extension === '.html') headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    // Copy into a fresh ArrayBuffer: a Node Buffer may be a view into a larger shared pool.
    const bytes = request.method === 'HEAD' ? null : new Uint8Array(body).buffer
    return new Response(bytes, { status: 200, headers })
  }
}

/**
 * Maps a URL path to a file under `rootDir`. The URL parser already folds literal `..` segments, but
 * percent-encoded separators (`..%2f`, `%2e%2e%5c`) only become `..` after decoding, so the decoded
 * path is resolved and checked to stay inside the root.
 */
function resolveInside(rootDir: string, pathname: string): { filePath: string } | { refusal: Response } {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { refusal: textResponse(400, 'Bad Request') }
  }
  if (decoded.includes('\0')) return { refusal: textResponse(400, 'Bad Request') }
  // A standard scheme always has a path; Node's URL leaves it empty for `app://command-post`.
  if (decoded === '') decoded = '/'
  if (decoded.endsWith('/')) decoded += 'index.html'
  const segments = decoded.split(/[/\\]+/)
  if (segments.some((segment) => segment === '..')) return { refusal: textResponse(403, 'Forbidden') }
  const filePath = path.resolve(rootDir, '.' + path.sep + segments.join(path.sep))
  if (!filePath.startsWith(rootDir + path.sep)) return { refusal: textResponse(403, 'Forbidden') }
  return { filePath }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createMainWindow, secureWebPreferences, type NavigationEvent } from '../../../../electron/main/window'

type NavigateListener = (event: NavigationEvent, url: string) => void

/** A stand-in for BrowserWindow that records what the window module does with it. */
class FakeWindow {
  static created: FakeWindow[] = []
  readonly readyListeners: (() => void)[] = []
  readonly navigateListeners: NavigateListener[] = []
  openHandler: (() => { action: 'deny' }) | undefined
  loadedUrl: string | undefined
  shown = false
  loadResult: Promise<void> = Promise.resolve()
  readonly webContents = {
    on: (event: 'will-navigate', listener: NavigateListener) => {
      expect(event).toBe('will-navigate')
      this.navigateListeners.push(listener)
    },
    setWindowOpenHandler: (handler: () => { action: 'deny' }) => {
      this.openHandler = handler
    },
  }

  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.created.push(this)
  }

  once(event: 'ready-to-show', listener: () => void) {
    expect(event).toBe('ready-to-show')
    this.readyListeners.push(listener)
  }

  show() {
    this.shown = true
  }

  loadURL(url: string) {
    this.loadedUrl = url
    return this.loadResult
  }

  /** Runs the will-navigate listeners and says whether the navigation was cancelled. */
  navigate(url: string): boolean {
    let prevented = false
    for (const listener of this.navigateListeners) listener({ preventDefault: () => (prevented = true) }, url)
    return prevented
  }
}

const preloadPath = '/app/dist-electron/preload.cjs'

describe('secureWebPreferences', () => {
  it('pins the secure settings exactly', () => {
    expect(secureWebPreferences(preloadPath)).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      preload: preloadPath,
    })
  })
})

describe('createMainWindow', () => {
  it('creates the window with pinned size, title and secure preferences, hidden until ready', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath })
    expect(window.options).toStrictEqual({
      width: 1366,
      height: 768,
      minWidth: 1024,
      minHeight: 700,
      title: '乡镇疫情防控指挥台',
      show: false,
      webPreferences: secureWebPreferences(preloadPath),
    })
    expect(window.shown).toBe(false)
    for (const listener of window.readyListeners) listener()
    expect(window.shown).toBe(true)
  })

  it('passes the icon when given', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath, iconPath: '/app/dist/icon.png' })
    expect(window.options.icon).toBe('/app/dist/icon.png')
  })

  it('loads the fixed app origin in production', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath })
    expect(window.loadedUrl).toBe('app://command-post/index.html')
  })

  it('loads the dev server in development', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath, devServerUrl: 'http://localhost:5173/' })
    expect(window.loadedUrl).toBe('http://localhost:5173/')
  })

  it('blocks navigation away from the app origin', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath })
    expect(window.navigateListeners).toHaveLength(1)
    expect(window.navigate('https://example.com/')).toBe(true)
    expect(window.navigate('file:///etc/passwd')).toBe(true)
    expect(window.navigate('app://other/index.html')).toBe(true)
    expect(window.navigate('http://localhost:5173/')).toBe(true)
    expect(window.navigate('app://command-post/index.html')).toBe(false)
  })

  it('allows the dev server origin only in development', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath, devServerUrl: 'http://localhost:5173/' })
    expect(window.navigate('http://localhost:5173/index.html')).toBe(false)
    expect(window.navigate('http://localhost:8080/')).toBe(true)
  })

  it('denies every window.open', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath })
    expect(window.openHandler?.()).toStrictEqual({ action: 'deny' })
  })

  it('reports a failed load instead of leaving a rejected promise', async () => {
    const logError = vi.fn()
    class FailingWindow extends FakeWindow {
      override loadURL(url: string) {
        this.loadedUrl = url
        return Promise.reject(new Error('ERR_FILE_NOT_FOUND'))
      }
    }
    createMainWindow({ BrowserWindow: FailingWindow, preloadPath, logError })
    await vi.waitFor(() => expect(logError).toHaveBeenCalledOnce())
    expect(logError.mock.calls[0]?.[0]).toContain('app://command-post/index.html')
  })
})

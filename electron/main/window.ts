import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { APP_INDEX_URL, isAppUrl } from './protocol'

/** The window title, also the product name users see. */
export const WINDOW_TITLE = '乡镇疫情防控指挥台'

/**
 * The renderer's security settings. Pinned by a unit test: the renderer gets no Node, runs sandboxed in
 * its own JavaScript world, and can only reach the named methods the preload exposes.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
    preload: preloadPath,
  }
}

/** The part of an Electron navigation event the window uses. */
export interface NavigationEvent {
  /** Cancels the navigation. */
  preventDefault(): void
}

/** The part of `BrowserWindow` the main window uses; the real class fits, and tests pass a fake. */
export interface WindowLike {
  /** Subscribes once to `ready-to-show`, fired when the first paint is ready. */
  once(event: 'ready-to-show', listener: () => void): unknown
  /** Shows and focuses the window. */
  show(): void
  /** Loads a page into the window. */
  loadURL(url: string): Promise<void>
  /** The window's page. */
  webContents: {
    /** Subscribes to `will-navigate`, fired before the page navigates its main frame. */
    on(event: 'will-navigate', listener: (event: NavigationEvent, url: string) => void): unknown
    /** Decides what `window.open` and target=_blank links do. */
    setWindowOpenHandler(handler: () => { action: 'deny' }): void
  }
}

/** What {@link createMainWindow} needs, injected so it is tested without Electron. */
export interface MainWindowDeps<Window extends WindowLike> {
  /** The `BrowserWindow` constructor. */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => Window
  /** Absolute path of the bundled preload (`dist-electron/preload.cjs`). */
  preloadPath: string
  /** The Vite dev server URL (`VITE_DEV_SERVER_URL`) in development; absent in production. */
  devServerUrl?: string
  /** Window icon (used on Linux; Windows takes the executable's icon). */
  iconPath?: string
  /** Where load failures are reported; `console.error` by default. */
  logError?: (message: string, error: unknown) => void
}

/**
 * Creates the one main window: secure preferences, hidden until first paint, no navigation away from
 * the app, no new windows. Loads the app origin in production or the dev server in development.
 */
export function createMainWindow<Window extends WindowLike>(deps: MainWindowDeps<Window>): Window {
  const window = new deps.BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 700,
    title: WINDOW_TITLE,
    // Shown on ready-to-show so users never see an empty white frame.
    show: false,
    ...(deps.iconPath ? { icon: deps.iconPath } : {}),
    webPreferences: secureWebPreferences(deps.preloadPath),
  })
  window.once('ready-to-show', () => window.show())
  // A page that navigated elsewhere would keep the preload's API: keep the window on the app itself.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, deps.devServerUrl)) event.preventDefault()
  })
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const url = deps.devServerUrl ?? APP_INDEX_URL
  const logError = deps.logError ?? ((message, error) => console.error(message, error))
  window.loadURL(url).catch((error: unknown) => logError(`无法加载页面 ${url}`, error))
  return window
}

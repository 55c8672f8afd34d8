// The one contract between the renderer and the desktop shell. Types and a key list only: the renderer
// (tsconfig.app.json) and the preload both import this file, so it must never import Node or Electron.

/** Facts about the running desktop app, shown on the About page and written into data-pack manifests. */
export interface AppInfo {
  /** The app's own version, from package.json (e.g. `0.1.0`). */
  version: string
  /** The Electron runtime version (e.g. `45.5.0`). */
  electronVersion: string
  /** Node's platform name: `win32`, `linux` or `darwin`. */
  platform: string
  /** Absolute path of the per-user data folder (IndexedDB, backups live under it). */
  userDataPath: string
}

/**
 * What the renderer can ask the desktop shell for, exposed as `window.commandPost` by the preload.
 * Named methods only: the renderer never sees IPC channel names. Every method is answered by one
 * main-process handler that checks the sender and parses the arguments.
 */
export interface DesktopApi {
  /** Version, platform and user-data path of the running app. */
  getAppInfo(): Promise<AppInfo>
}

/**
 * Every method name of {@link DesktopApi}, in one list, so tests can pin that the preload exposes
 * exactly these and nothing else.
 */
export const DESKTOP_API_KEYS = ['getAppInfo'] as const satisfies readonly (keyof DesktopApi)[]

/** One method name of {@link DesktopApi}. */
export type DesktopApiKey = (typeof DESKTOP_API_KEYS)[number]

import type { AppInfo, DesktopApi } from '../../electron/contract'

/** The desktop bridge when running in the Electron window; undefined in a plain browser ("web mode"). */
export function desktopApi(): DesktopApi | undefined {
  return (window as unknown as { commandPost?: DesktopApi }).commandPost
}

/** Where the app runs: the desktop window or a browser tab. */
export function runtimeKind(): 'desktop' | 'web' {
  return desktopApi() ? 'desktop' : 'web'
}

/** App version and paths: from the main process on the desktop, from the build in a browser. */
export async function appInfo(): Promise<AppInfo> {
  const api = desktopApi()
  if (api) return api.getAppInfo()
  return { version: __APP_VERSION__, electronVersion: '', platform: 'web', userDataPath: '' }
}

import type { AppInfo } from '../../contract'

/**
 * Answers `DesktopApi.getAppInfo`. The facts are gathered once by the caller (from `app` and
 * `process`) and injected, so the handler is a plain function.
 */
export function createGetAppInfoHandler(deps: AppInfo): () => AppInfo {
  const info: AppInfo = {
    version: deps.version,
    electronVersion: deps.electronVersion,
    platform: deps.platform,
    userDataPath: deps.userDataPath,
  }
  // A fresh copy per call: the structured clone across IPC copies anyway, and callers cannot mutate ours.
  return () => ({ ...info })
}

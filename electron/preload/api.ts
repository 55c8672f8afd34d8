import { CHANNELS } from '../channels'
import type { AppInfo, DesktopApi, RemovableDrive, WritePackRequest, WritePackResult } from '../contract'

/** `ipcRenderer.invoke`, bound; injected so the API is tested without Electron. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>

/**
 * Builds `window.commandPost`: one named method per {@link DesktopApi} entry, each invoking its channel.
 * The renderer never gets `invoke` itself, so it cannot reach any channel that is not listed here.
 */
export function createDesktopApi(invoke: Invoke): DesktopApi {
  return {
    getAppInfo: () => invoke(CHANNELS.getAppInfo) as Promise<AppInfo>,
    listDrives: () => invoke(CHANNELS.listDrives) as Promise<RemovableDrive[]>,
    writePack: (request: WritePackRequest) => invoke(CHANNELS.writePack, request) as Promise<WritePackResult>,
  }
}

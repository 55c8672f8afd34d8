import type { DesktopApi } from './contract'

/**
 * IPC channel of each {@link DesktopApi} method. Shared by main and preload only: the renderer talks in
 * method names, so channels can change without touching it. `satisfies` keeps one channel per method.
 */
export const CHANNELS = {
  getAppInfo: 'command-post:get-app-info',
  listDrives: 'command-post:list-drives',
  writePack: 'command-post:write-pack',
} as const satisfies Record<keyof DesktopApi, string>

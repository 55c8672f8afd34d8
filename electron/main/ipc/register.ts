import { z } from 'zod'
import { CHANNELS } from '../../channels'
import type { AppInfo, RemovableDrive, WritePackRequest, WritePackResult } from '../../contract'
import { createGetAppInfoHandler } from './get-app-info'
import { createTrustedHandler, type InvokeEvent, type SenderCheck } from './trusted-handler'

/** The part of Electron's `ipcMain` used here; the real one fits, tests pass a fake. */
export interface IpcMainLike {
  /** Registers the one handler of an invoke channel. */
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void
}

/** What the handlers need, gathered by `index.ts` from Electron. */
export interface IpcDeps {
  /** Electron's `ipcMain`. */
  ipcMain: IpcMainLike
  /** The sender check every handler applies. */
  isTrustedSender: SenderCheck
  /** Facts for `getAppInfo`. */
  appInfo: AppInfo
  /** Removable drives (usb/list-drives.ts). */
  listDrives: () => Promise<RemovableDrive[]>
  /** The verified pack writer (usb/write-pack.ts). */
  writePack: (request: WritePackRequest) => Promise<WritePackResult>
}

const writePackSchema = z.tuple([
  z.object({
    mountPoint: z.string().min(1).max(500),
    fileName: z.string().min(1).max(200),
    bytes: z.instanceof(Uint8Array),
  }),
])

/**
 * Registers every `DesktopApi` handler on its channel, each through the trusted wrapper.
 * Adding a method: contract.ts, channels.ts, preload/api.ts, one handler file, one line here.
 */
export function registerIpcHandlers(deps: IpcDeps): void {
  const { ipcMain, isTrustedSender } = deps
  ipcMain.handle(
    CHANNELS.getAppInfo,
    createTrustedHandler({
      name: 'getAppInfo',
      isTrustedSender,
      schema: z.tuple([]),
      handle: createGetAppInfoHandler(deps.appInfo),
    }),
  )
  ipcMain.handle(
    CHANNELS.listDrives,
    createTrustedHandler({ name: 'listDrives', isTrustedSender, schema: z.tuple([]), handle: () => deps.listDrives() }),
  )
  ipcMain.handle(
    CHANNELS.writePack,
    createTrustedHandler({
      name: 'writePack',
      isTrustedSender,
      schema: writePackSchema,
      handle: ([request]) => deps.writePack(request),
    }),
  )
}

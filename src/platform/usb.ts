import type { RemovableDrive, WritePackResult } from '../../electron/contract'
import { desktopApi } from './desktop'

export type { RemovableDrive, WritePackResult }

/** Removable drives (desktop only); a browser has no way to list them and gets none. */
export async function listRemovableDrives(): Promise<RemovableDrive[]> {
  return (await desktopApi()?.listDrives()) ?? []
}

/** True when the app can write straight to a USB stick and verify it (the desktop app). */
export function canWriteToDrives(): boolean {
  return desktopApi() !== undefined
}

/** Writes a pack to a drive through the main process: temp name, flush, rename, read back, compare. */
export async function writePackToDrive(
  mountPoint: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<WritePackResult> {
  const api = desktopApi()
  if (!api) return { ok: false, reason: 'not-a-drive', detail: 'browser' }
  return api.writePack({ mountPoint, fileName, bytes })
}

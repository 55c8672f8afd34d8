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

/** 移动存储: a removable drive (USB stick) the pack can be written to. */
export interface RemovableDrive {
  /** Where it is mounted: `/media/duty/KINGSTON` on Linux, `E:\\` on Windows. Identifies the drive in requests. */
  mountPoint: string
  /** The volume label, or the mount folder's name when there is none. */
  label: string
  freeBytes: number
  totalBytes: number
  readOnly: boolean
}

/** A pack to write to a removable drive: its bytes go to the drive's top folder under `fileName`. */
export interface WritePackRequest {
  mountPoint: string
  /** A plain file name (no folders), e.g. `511826101000_20221101_20221108_001.cpk.zip`. */
  fileName: string
  bytes: Uint8Array
}

/**
 * Why a write failed, for a message the clerk understands: `no-space` (ENOSPC), `removed` (EIO: the stick was
 * pulled out), `read-only` (EROFS/EACCES: write-protected), `verify-failed` (what was read back differs),
 * `not-a-drive` (the mount point is not a listed removable drive), `failed` (anything else).
 * In every failure no file is left under the final name.
 */
export type WritePackFailure = 'no-space' | 'removed' | 'read-only' | 'verify-failed' | 'not-a-drive' | 'failed'

/** The outcome of writing a pack: written, read back and compared (safe to remove the stick), or why not. */
export type WritePackResult =
  { ok: true; path: string; sha256: string } | { ok: false; reason: WritePackFailure; detail: string }

/**
 * What the renderer can ask the desktop shell for, exposed as `window.commandPost` by the preload.
 * Named methods only: the renderer never sees IPC channel names. Every method is answered by one
 * main-process handler that checks the sender and parses the arguments.
 */
export interface DesktopApi {
  /** Version, platform and user-data path of the running app. */
  getAppInfo(): Promise<AppInfo>
  /** Removable drives now mounted, with label and free space. */
  listDrives(): Promise<RemovableDrive[]>
  /**
   * Writes a pack to a removable drive: a temporary name, flushed to the stick, renamed, read back and compared
   * by SHA-256. Only an `ok` result means the stick may be removed.
   */
  writePack(request: WritePackRequest): Promise<WritePackResult>
}

/**
 * Every method name of {@link DesktopApi}, in one list, so tests can pin that the preload exposes
 * exactly these and nothing else.
 */
export const DESKTOP_API_KEYS = [
  'getAppInfo',
  'listDrives',
  'writePack',
] as const satisfies readonly (keyof DesktopApi)[]

/** One method name of {@link DesktopApi}. */
export type DesktopApiKey = (typeof DESKTOP_API_KEYS)[number]

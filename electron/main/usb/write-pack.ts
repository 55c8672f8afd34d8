import path from 'node:path'
import type { RemovableDrive, WritePackFailure, WritePackRequest, WritePackResult } from '../../contract'

/** The part of a `fs.promises` FileHandle used here. */
export interface FileHandleLike {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The part of `fs.promises` used here; tests inject failures (ENOSPC, EIO, EROFS) through it. */
export interface PackFs {
  open(file: string, flags: 'w'): Promise<FileHandleLike>
  rename(from: string, to: string): Promise<void>
  unlink(file: string): Promise<void>
  readFile(file: string): Promise<Uint8Array>
}

/** What the writer needs: the file system, a SHA-256, and the drive list (only listed drives are written). */
export interface PackWriterDeps {
  fs: PackFs
  sha256: (bytes: Uint8Array) => string
  listDrives: () => Promise<RemovableDrive[]>
}

// Written in slices so a pulled stick fails fast instead of after one huge write call.
const SLICE = 1 << 20

/** Maps a Node error code to what the clerk is told. */
export function failureOf(error: unknown): WritePackFailure {
  const code = (error as { code?: string })?.code
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'no-space'
  if (code === 'EIO' || code === 'ENODEV' || code === 'ENXIO' || code === 'ENOENT') return 'removed'
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only'
  return 'failed'
}

const fail = (reason: WritePackFailure, detail: string): WritePackResult => ({ ok: false, reason, detail })
const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

function isPlainFileName(name: string): boolean {
  return name.length > 0 && name.length <= 200 && !/[\\/:*?"<>|\0]/.test(name) && name !== '.' && name !== '..'
}

/**
 * Writes a pack to a removable drive so that a half file never carries the pack's name: write to a temporary
 * name, fsync, close, rename, read back and compare the SHA-256. On any failure the temporary file (or the
 * renamed file that did not verify) is removed, and the reason says what happened.
 */
export function createPackWriter(deps: PackWriterDeps): (request: WritePackRequest) => Promise<WritePackResult> {
  const { fs } = deps
  const removeQuietly = (file: string) => fs.unlink(file).catch(() => undefined)
  return async ({ mountPoint, fileName, bytes }) => {
    if (!isPlainFileName(fileName)) return fail('failed', `not a plain file name: ${fileName}`)
    const drive = (await deps.listDrives()).find((d) => d.mountPoint === mountPoint)
    if (!drive) return fail('not-a-drive', mountPoint)
    if (drive.readOnly) return fail('read-only', mountPoint)
    if (drive.freeBytes < bytes.length) return fail('no-space', `${drive.freeBytes} < ${bytes.length}`)
    const finalPath = path.join(mountPoint, fileName)
    const tempPath = path.join(mountPoint, `.${fileName}.partial`)
    const expected = deps.sha256(bytes)
    let handle: FileHandleLike | undefined
    try {
      handle = await fs.open(tempPath, 'w')
      for (let offset = 0; offset < bytes.length;) {
        const length = Math.min(SLICE, bytes.length - offset)
        const { bytesWritten } = await handle.write(bytes, offset, length, offset)
        offset += bytesWritten
      }
      await handle.sync()
      const closing = handle
      handle = undefined
      await closing.close()
      await fs.rename(tempPath, finalPath)
    } catch (error) {
      await handle?.close().catch(() => undefined)
      await removeQuietly(tempPath)
      return fail(failureOf(error), detailOf(error))
    }
    try {
      const actual = deps.sha256(await fs.readFile(finalPath))
      if (actual !== expected) {
        await removeQuietly(finalPath)
        return fail('verify-failed', `${actual} ≠ ${expected}`)
      }
      return { ok: true, path: finalPath, sha256: actual }
    } catch (error) {
      await removeQuietly(finalPath)
      return fail(failureOf(error), detailOf(error))
    }
  }
}

import { createHash } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RemovableDrive } from '../../../../../electron/contract'
import { createPackWriter, type FileHandleLike, type PackFs } from '../../../../../electron/main/usb/write-pack'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const NAME = '511826101000_20221101_20221108_001.cpk.zip'
const BYTES = new Uint8Array(3 << 20).map((_, i) => i % 251)
let stick: string

beforeEach(() => {
  stick = mkdtempSync(join(tmpdir(), 'usb-'))
})
afterEach(() => rmSync(stick, { recursive: true, force: true }))

const drive = (more: Partial<RemovableDrive> = {}): RemovableDrive => ({
  mountPoint: stick,
  label: 'KINGSTON',
  freeBytes: 1 << 30,
  totalBytes: 1 << 31,
  readOnly: false,
  ...more,
})

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code })

/** The real fs, with a failure injected after `afterBytes` bytes of writing (a full stick, a pulled stick). */
function failingFs(code: string, afterBytes: number): PackFs {
  return {
    ...fsp,
    async open(file, flags) {
      const real = await fsp.open(file, flags)
      let written = 0
      const handle: FileHandleLike = {
        async write(buffer, offset, length, position) {
          if (written + length > afterBytes) {
            await real.write(buffer, offset, afterBytes - written, position)
            throw errno(code)
          }
          written += length
          return real.write(buffer, offset, length, position)
        },
        sync: () => real.sync(),
        close: () => real.close(),
      }
      return handle
    },
  }
}

const writer = (fs: PackFs = fsp, drives = [drive()]) =>
  createPackWriter({ fs, sha256, listDrives: async () => drives })

describe('createPackWriter against a real folder', () => {
  it('writes, renames, reads back and compares: only then is it safe to remove', async () => {
    const result = await writer()({ mountPoint: stick, fileName: NAME, bytes: BYTES })
    expect(result).toEqual({ ok: true, path: join(stick, NAME), sha256: sha256(BYTES) })
    expect(readdirSync(stick)).toEqual([NAME])
    expect(sha256(readFileSync(join(stick, NAME)))).toBe(sha256(BYTES))
  })

  it.each([
    ['a full stick', 'ENOSPC', 'no-space'],
    ['a stick pulled out mid-write', 'EIO', 'removed'],
    ['a read-only stick', 'EROFS', 'read-only'],
    ['a stick without write permission', 'EACCES', 'read-only'],
  ])('%s: a clear reason and no file left behind', async (_name, code, reason) => {
    const result = await writer(failingFs(code, 1 << 20))({ mountPoint: stick, fileName: NAME, bytes: BYTES })
    expect(result).toMatchObject({ ok: false, reason })
    expect(readdirSync(stick)).toEqual([])
  })

  it('refuses before writing when the drive says it is too small or read-only', async () => {
    const small = await writer(fsp, [drive({ freeBytes: 10 })])({ mountPoint: stick, fileName: NAME, bytes: BYTES })
    expect(small).toMatchObject({ ok: false, reason: 'no-space' })
    const ro = await writer(fsp, [drive({ readOnly: true })])({ mountPoint: stick, fileName: NAME, bytes: BYTES })
    expect(ro).toMatchObject({ ok: false, reason: 'read-only' })
    expect(readdirSync(stick)).toEqual([])
  })

  it('removes a file that reads back different (a failing stick) and says so', async () => {
    const corrupting: PackFs = { ...fsp, readFile: async (file) => new Uint8Array([...(await fsp.readFile(file)), 0]) }
    const result = await writer(corrupting)({ mountPoint: stick, fileName: NAME, bytes: BYTES })
    expect(result).toMatchObject({ ok: false, reason: 'verify-failed' })
    expect(readdirSync(stick)).toEqual([])
  })

  it('a failed rename leaves neither the temporary nor the final file', async () => {
    const result = await writer({ ...fsp, rename: async () => Promise.reject(errno('EIO')) })({
      mountPoint: stick,
      fileName: NAME,
      bytes: BYTES,
    })
    expect(result).toMatchObject({ ok: false, reason: 'removed' })
    expect(readdirSync(stick)).toEqual([])
  })

  it('writes only to a listed drive, and only a plain file name', async () => {
    expect(await writer()({ mountPoint: '/etc', fileName: NAME, bytes: BYTES })).toMatchObject({
      reason: 'not-a-drive',
    })
    expect(await writer()({ mountPoint: stick, fileName: '../escape.zip', bytes: BYTES })).toMatchObject({
      reason: 'failed',
    })
    expect(readdirSync(stick)).toEqual([])
  })
})

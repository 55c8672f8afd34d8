// The pack writer against a real FAT32 file system (what nearly every USB stick carries) on a loop device: a
// pack fits and verifies; a pack bigger than the stick fails with 'no-space' and leaves nothing behind; a
// read-only mount is refused. Needs root, mkfs.vfat (Debian: dosfstools), a loop device and the kernel's vfat;
// skipped, saying which is missing, otherwise.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { RemovableDrive } from '../../../../../electron/contract'
import { createPackWriter } from '../../../../../electron/main/usb/write-pack'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const MKFS = ['/usr/sbin/mkfs.vfat', '/sbin/mkfs.vfat'].find((path) => existsSync(path))
const folder = mkdtempSync(join(tmpdir(), 'fat32-'))
const image = join(folder, 'stick.img')
const mountPoint = join(folder, 'STICK')
const run = (file: string, args: string[]) => execFileSync(file, args, { stdio: 'pipe', timeout: 30_000 })

/** Makes and mounts a 40 MB FAT32 image; the reason it could not, or '' when mounted. */
function mountStick(): string {
  if (process.getuid?.() !== 0) return 'not running as root'
  if (!MKFS) return 'mkfs.vfat is missing (apt-get install dosfstools)'
  try {
    run('truncate', ['-s', '40M', image])
    run(MKFS, ['-F', '32', '-S', '512', '-s', '1', '-n', 'FANGYI', image])
    mkdirSync(mountPoint)
    run('mount', ['-o', 'loop', image, mountPoint])
    return ''
  } catch (error) {
    const text = String((error as { stderr?: Buffer }).stderr ?? error)
      .trim()
      .split('\n')[0]
    return `cannot mount a FAT32 loop image here (${text})`
  }
}

const skipReason = mountStick()
afterAll(() => {
  if (!skipReason) run('umount', [mountPoint])
  rmSync(folder, { recursive: true, force: true })
})

function drive(more: Partial<RemovableDrive> = {}): RemovableDrive {
  const stats = statfsSync(mountPoint)
  return {
    mountPoint,
    label: 'FANGYI',
    freeBytes: stats.bavail * stats.bsize,
    totalBytes: stats.blocks * stats.bsize,
    readOnly: false,
    ...more,
  }
}
const writer = (listed: () => RemovableDrive) =>
  createPackWriter({ fs: fsp, sha256, listDrives: async () => [listed()] })
const NAME = '511826101000_20221101_20221108_001.cpk.zip'

describe.skipIf(skipReason !== '')(
  `the pack writer on a FAT32 stick${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    it('writes, renames, reads back and compares on FAT32', async () => {
      const bytes = new Uint8Array(5 << 20).map((_, i) => (i * 7) % 251)
      expect(await writer(() => drive())({ mountPoint, fileName: NAME, bytes })).toMatchObject({
        ok: true,
        sha256: sha256(bytes),
      })
      expect(readdirSync(mountPoint)).toEqual([NAME])
      rmSync(join(mountPoint, NAME))
    })

    it('a full stick: the real ENOSPC is reported as no-space and no file is left', async () => {
      const bytes = new Uint8Array(60 << 20).fill(1)
      // The drive claims room enough, so the write really runs until the file system is full.
      const result = await writer(() => drive({ freeBytes: 1 << 30 }))({ mountPoint, fileName: NAME, bytes })
      expect(result).toMatchObject({ ok: false, reason: 'no-space' })
      expect(readdirSync(mountPoint)).toEqual([])
    })

    it('a read-only stick is refused', async () => {
      run('mount', ['-o', 'remount,ro', mountPoint])
      try {
        const bytes = new Uint8Array(1024)
        const result = await writer(() => drive({ readOnly: false }))({ mountPoint, fileName: NAME, bytes })
        expect(result).toMatchObject({ ok: false, reason: 'read-only' })
      } finally {
        run('mount', ['-o', 'remount,rw', mountPoint])
      }
    })
  },
)

if (skipReason) console.warn(`FAT32 loop-device test skipped: ${skipReason}`)

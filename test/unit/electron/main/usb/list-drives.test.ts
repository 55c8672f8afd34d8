import { describe, expect, it } from 'vitest'
import { createDriveLister, removableMounts } from '../../../../../electron/main/usb/list-drives'

const PROC_MOUNTS = [
  '/dev/sda1 / ext4 rw,relatime 0 0',
  'proc /proc proc rw,nosuid 0 0',
  '/dev/sdb1 /media/duty/KINGSTON vfat rw,nosuid,nodev,uid=1000 0 0',
  '/dev/sdc1 /run/media/duty/My\\040Stick exfat ro,nosuid 0 0',
  '/dev/sdd1 /mnt/backup ext4 rw 0 0',
].join('\n')

describe('removableMounts', () => {
  it('keeps mounts under /media and /run/media, unescapes spaces, reads the ro flag', () => {
    expect(removableMounts(PROC_MOUNTS)).toEqual([
      { mountPoint: '/media/duty/KINGSTON', readOnly: false },
      { mountPoint: '/run/media/duty/My Stick', readOnly: true },
    ])
  })
})

describe('createDriveLister', () => {
  it('on Linux: label, free and total space from statfs; a drive that vanished is left out', async () => {
    const list = createDriveLister({
      platform: 'linux',
      readFile: async () => PROC_MOUNTS,
      statfs: async (folder) => {
        if (folder.includes('My Stick')) throw Object.assign(new Error('gone'), { code: 'ENOENT' })
        return { bsize: 4096, blocks: 1000, bavail: 250 }
      },
    })
    expect(await list()).toEqual([
      {
        mountPoint: '/media/duty/KINGSTON',
        label: 'KINGSTON',
        freeBytes: 1_024_000,
        totalBytes: 4_096_000,
        readOnly: false,
      },
    ])
  })

  it('on Windows: asks the injected lister', async () => {
    const drive = { mountPoint: 'E:\\', label: 'U盘', freeBytes: 1, totalBytes: 2, readOnly: false }
    const list = createDriveLister({
      platform: 'win32',
      readFile: async () => '',
      statfs: async () => ({ bsize: 0, blocks: 0, bavail: 0 }),
      listWindowsDrives: async () => [drive],
    })
    expect(await list()).toEqual([drive])
  })
})

import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DesktopApi, WritePackRequest } from '../../../electron/contract'
import { usePacksStore, type WrittenPack } from '@/stores/packs'

const written = {
  bytes: new Uint8Array([1, 2, 3]).buffer,
  fileName: '511826101000_20221101_20221108_001.cpk.zip',
  manifest: { counts: {} },
  packHash: 'ab',
  password: '',
} as unknown as WrittenPack

function desktop(writePack: DesktopApi['writePack']): DesktopApi {
  return {
    getAppInfo: async () => ({ version: '0.1.0', electronVersion: '45', platform: 'linux', userDataPath: '/x' }),
    listDrives: async () => [
      { mountPoint: '/media/duty/K', label: 'K', freeBytes: 1 << 30, totalBytes: 1 << 31, readOnly: false },
    ],
    writePack,
  }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => delete (window as { commandPost?: unknown }).commandPost)

describe('usePacksStore on the desktop', () => {
  it('writes the pack just built to the chosen stick and reports it safe to remove', async () => {
    const writePack = vi.fn(async (request: WritePackRequest) => ({
      ok: true as const,
      path: `${request.mountPoint}/${request.fileName}`,
      sha256: 'ab',
    }))
    ;(window as { commandPost?: DesktopApi }).commandPost = desktop(writePack)
    const store = usePacksStore()
    expect(store.canWriteDrive).toBe(true)
    await store.loadDrives()
    expect(store.drives.map((d) => d.label)).toEqual(['K'])
    store.written = written
    await store.writeToDrive('/media/duty/K')
    expect(writePack).toHaveBeenCalledOnce()
    expect([...writePack.mock.calls[0][0].bytes]).toEqual([1, 2, 3])
    expect(store.driveResult).toMatchObject({ ok: true })
  })

  it('passes a failure on (the screen names it), and a thrown IPC error becomes `failed`', async () => {
    ;(window as { commandPost?: DesktopApi }).commandPost = desktop(async () => ({
      ok: false,
      reason: 'no-space',
      detail: 'ENOSPC',
    }))
    const store = usePacksStore()
    store.written = written
    await store.writeToDrive('/media/duty/K')
    expect(store.driveResult).toMatchObject({ ok: false, reason: 'no-space' })
    ;(window as { commandPost?: DesktopApi }).commandPost = desktop(async () => Promise.reject(new Error('gone')))
    await store.writeToDrive('/media/duty/K')
    expect(store.driveResult).toMatchObject({ ok: false, reason: 'failed', detail: 'gone' })
  })

  it('in a browser offers no drives', async () => {
    const store = usePacksStore()
    expect(store.canWriteDrive).toBe(false)
    await store.loadDrives()
    expect(store.drives).toEqual([])
  })
})

import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../../electron/channels'
import { DESKTOP_API_KEYS } from '../../../../electron/contract'
import { createDesktopApi } from '../../../../electron/preload/api'

describe('createDesktopApi', () => {
  it("exposes exactly the contract's methods and nothing else", () => {
    const api = createDesktopApi(vi.fn())
    expect(Object.keys(api)).toStrictEqual(['getAppInfo', 'listDrives', 'writePack'])
    expect(Object.keys(api)).toStrictEqual([...DESKTOP_API_KEYS])
    expect(Object.keys(CHANNELS)).toStrictEqual([...DESKTOP_API_KEYS])
  })

  it('keeps channel names unique', () => {
    const channels = Object.values(CHANNELS)
    expect(new Set(channels).size).toBe(channels.length)
  })

  it('getAppInfo invokes its channel with no arguments and returns the answer', async () => {
    const info = { version: '0.1.0', electronVersion: '45.5.0', platform: 'win32', userDataPath: 'C:\\data' }
    const invoke = vi.fn().mockResolvedValue(info)
    await expect(createDesktopApi(invoke).getAppInfo()).resolves.toBe(info)
    expect(invoke).toHaveBeenCalledExactlyOnceWith('command-post:get-app-info')
  })

  it('listDrives and writePack invoke their channels with the request', async () => {
    const invoke = vi.fn().mockResolvedValue([])
    const api = createDesktopApi(invoke)
    await api.listDrives()
    const request = { mountPoint: '/media/duty/K', fileName: 'a.cpk.zip', bytes: new Uint8Array([1]) }
    await api.writePack(request)
    expect(invoke.mock.calls).toStrictEqual([['command-post:list-drives'], ['command-post:write-pack', request]])
  })
})

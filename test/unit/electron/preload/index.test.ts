import { describe, expect, it, vi } from 'vitest'

// A factory mock never loads the real 'electron' package (which would try to download its binary).
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn().mockResolvedValue('answer') },
}))
vi.mock('electron', () => electron)

describe('preload entry', () => {
  it('exposes the desktop API as window.commandPost, wired to ipcRenderer.invoke', async () => {
    await import('../../../../electron/preload/index')
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      Record<string, () => unknown>,
    ]
    expect(name).toBe('commandPost')
    expect(Object.keys(api)).toStrictEqual(['getAppInfo', 'listDrives', 'writePack'])
    await expect(api.getAppInfo?.()).resolves.toBe('answer')
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('command-post:get-app-info')
  })
})

import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../../../electron/channels'
import { DESKTOP_API_KEYS } from '../../../../../electron/contract'
import { registerIpcHandlers } from '../../../../../electron/main/ipc/register'
import type { InvokeEvent } from '../../../../../electron/main/ipc/trusted-handler'

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>

const appInfo = { version: '0.1.0', electronVersion: '45.5.0', platform: 'linux', userDataPath: '/home/duty/.config' }
const drive = { mountPoint: '/media/duty/KINGSTON', label: 'KINGSTON', freeBytes: 1, totalBytes: 2, readOnly: false }
const event: InvokeEvent = { sender: {}, senderFrame: { url: 'app://command-post/', parent: null } }

function register(trusted: boolean): Map<string, Listener> {
  const handlers = new Map<string, Listener>()
  registerIpcHandlers({
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
    isTrustedSender: () => trusted,
    appInfo,
    listDrives: async () => [drive],
    writePack: async (request) => ({ ok: true, path: `${request.mountPoint}/${request.fileName}`, sha256: 'ab' }),
  })
  return handlers
}

describe('registerIpcHandlers', () => {
  it('registers one handler per DesktopApi method, on its channel', () => {
    expect([...register(true).keys()]).toStrictEqual(DESKTOP_API_KEYS.map((key) => CHANNELS[key]))
  })

  it('answers getAppInfo for a trusted sender', async () => {
    await expect(register(true).get(CHANNELS.getAppInfo)?.(event)).resolves.toStrictEqual(appInfo)
  })

  it('lists drives and writes a pack with parsed arguments', async () => {
    const handlers = register(true)
    await expect(handlers.get(CHANNELS.listDrives)?.(event)).resolves.toStrictEqual([drive])
    const request = { mountPoint: drive.mountPoint, fileName: 'a.cpk.zip', bytes: new Uint8Array([1, 2]) }
    await expect(handlers.get(CHANNELS.writePack)?.(event, request)).resolves.toMatchObject({ ok: true })
    await expect(handlers.get(CHANNELS.writePack)?.(event, { ...request, bytes: 'not bytes' })).rejects.toThrow(
      'invalid arguments',
    )
    await expect(register(false).get(CHANNELS.writePack)?.(event, request)).rejects.toThrow('refused')
  })

  it('puts every handler behind the sender check and the argument schema', async () => {
    await expect(register(false).get(CHANNELS.getAppInfo)?.(event)).rejects.toThrow('refused')
    await expect(register(true).get(CHANNELS.getAppInfo)?.(event, 'extra')).rejects.toThrow('invalid arguments')
  })
})

import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../../../electron/channels'
import { DESKTOP_API_KEYS } from '../../../../../electron/contract'
import { registerIpcHandlers } from '../../../../../electron/main/ipc/register'
import type { InvokeEvent } from '../../../../../electron/main/ipc/trusted-handler'

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>

const appInfo = { version: '0.1.0', electronVersion: '45.5.0', platform: 'linux', userDataPath: '/home/duty/.config' }
const event: InvokeEvent = { sender: {}, senderFrame: { url: 'app://command-post/', parent: null } }

function register(trusted: boolean): Map<string, Listener> {
  const handlers = new Map<string, Listener>()
  registerIpcHandlers({
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
    isTrustedSender: () => trusted,
    appInfo,
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

  it('puts every handler behind the sender check and the argument schema', async () => {
    await expect(register(false).get(CHANNELS.getAppInfo)?.(event)).rejects.toThrow('refused')
    await expect(register(true).get(CHANNELS.getAppInfo)?.(event, 'extra')).rejects.toThrow('invalid arguments')
  })
})

import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// Fakes for the Electron APIs the lifecycle wires together. The factory mock never loads the real
// 'electron' package, which would try to download its binary.
const fakes = vi.hoisted(() => ({ electron: {} as Record<string, unknown> }))
vi.mock('electron', () => fakes.electron)

class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  static getAllWindows = () => FakeBrowserWindow.instances
  readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
  readonly loadURL = vi.fn((_url: string) => Promise.resolve())
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly isMinimized = vi.fn(() => true)
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
}

function setUp(hasLock: boolean) {
  FakeBrowserWindow.instances = []
  let ready: () => void = () => undefined
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => hasLock),
    quit: vi.fn(),
    setAppUserModelId: vi.fn(),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
    getVersion: () => '0.1.0',
    getPath: (name: string) => `/home/duty/.config/${name}`,
  })
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
  const ipcMain = { handle: vi.fn() }
  Object.assign(fakes.electron, { app, protocol, ipcMain, BrowserWindow: FakeBrowserWindow })
  return { app, protocol, ipcMain, ready: () => ready() }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('main process lifecycle', () => {
  beforeEach(() => {
    vi.resetModules()
    vi.stubEnv('VITE_DEV_SERVER_URL', '')
  })

  it('registers app:// as privileged before ready', async () => {
    const { protocol, app } = setUp(true)
    await import('../../../../electron/main/index')
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
      },
    ])
    expect(protocol.handle).not.toHaveBeenCalled()
    expect(app.whenReady).toHaveBeenCalled()
  })

  it('quits at once when another instance holds the lock', async () => {
    const { app } = setUp(false)
    await import('../../../../electron/main/index')
    expect(app.quit).toHaveBeenCalledOnce()
    expect(app.whenReady).not.toHaveBeenCalled()
  })

  it('on ready serves app://, registers the IPC handlers and opens the window', async () => {
    const { protocol, ipcMain, ready } = setUp(true)
    await import('../../../../electron/main/index')
    ready()
    await flush()
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(ipcMain.handle).toHaveBeenCalledWith('command-post:get-app-info', expect.any(Function))
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://command-post/index.html')
  })

  it('focuses the existing window when a second instance starts', async () => {
    const { app, ready } = setUp(true)
    await import('../../../../electron/main/index')
    ready()
    await flush()
    app.emit('second-instance')
    const window = FakeBrowserWindow.instances[0]
    expect(window?.restore).toHaveBeenCalled()
    expect(window?.focus).toHaveBeenCalled()
    expect(FakeBrowserWindow.instances).toHaveLength(1)
  })

  it('quits when all windows are closed, except on macOS', async () => {
    const { app } = setUp(true)
    await import('../../../../electron/main/index')
    app.emit('window-all-closed')
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })
})

// The main process's lifecycle. Only wiring lives here: every piece of logic is a plain module taking its
// dependencies as parameters (window.ts, protocol.ts, ipc/), because Electron cannot run on the build machines.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, ipcMain, protocol } from 'electron'
import { registerIpcHandlers } from './ipc/register'
import { createSenderCheck } from './ipc/trusted-handler'
import { APP_SCHEME, createAppProtocolHandler } from './protocol'
import { createDriveLister } from './usb/list-drives'
import { createWindowsDriveLister } from './usb/windows-drives'
import { createPackWriter } from './usb/write-pack'
import { createMainWindow } from './window'

// Built layout: <app>/dist-electron/main.js next to <app>/dist-electron/preload.cjs and <app>/dist/.
const mainDir = path.dirname(fileURLToPath(import.meta.url))
const rendererDir = path.join(mainDir, '..', 'dist')
const preloadPath = path.join(mainDir, 'preload.cjs')
/** Runs a program hidden (no console window flashes on Windows) and gives its output; 10 s at most. */
const runProgram = (file: string, args: readonly string[]) =>
  new Promise<string>((resolve, reject) =>
    execFile(file, [...args], { windowsHide: true, timeout: 10_000, encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    ),
  )

// Set by vite-plugin-electron when it starts Electron against the dev server.
const devServerUrl = process.env.VITE_DEV_SERVER_URL || undefined

// Privileges must be registered before `ready`. "standard" gives app:// a real origin, so IndexedDB,
// localStorage and fetch behave as on https; "secure" makes it a secure context.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
  },
])

let mainWindow: BrowserWindow | undefined

function openMainWindow(): void {
  mainWindow = createMainWindow({
    BrowserWindow,
    preloadPath,
    devServerUrl,
    iconPath: path.join(rendererDir, 'icon.png'),
  })
  mainWindow.on('closed', () => {
    mainWindow = undefined
  })
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

// Two instances would write the same IndexedDB from two processes: the second one hands over and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.setAppUserModelId('cn.commandpost.app')

  app
    .whenReady()
    .then(() => {
      protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir, readFile }))
      // Linux reads /proc/mounts; Windows asks WMI through PowerShell (wmic as the fallback).
      const listDrives = createDriveLister({
        platform: process.platform,
        readFile: (file) => readFile(file, 'utf8'),
        statfs: (folder) => fsp.statfs(folder),
        listWindowsDrives: createWindowsDriveLister(runProgram),
      })
      const writePack = createPackWriter({
        fs: fsp,
        sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
        listDrives,
      })
      registerIpcHandlers({
        ipcMain,
        isTrustedSender: createSenderCheck({ getWebContents: () => mainWindow?.webContents, devServerUrl }),
        appInfo: {
          version: app.getVersion(),
          electronVersion: process.versions.electron,
          platform: process.platform,
          userDataPath: app.getPath('userData'),
        },
        listDrives,
        writePack,
      })
      openMainWindow()
      // macOS keeps the app alive without windows; clicking the dock icon brings one back.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
      })
    })
    .catch((error: unknown) => {
      console.error('指挥台启动失败', error)
      app.quit()
    })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

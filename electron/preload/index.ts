// Sandboxed preload: it may only require 'electron', so vite bundles everything else into one CJS file.
import { contextBridge, ipcRenderer } from 'electron'
import { createDesktopApi } from './api'

contextBridge.exposeInMainWorld('commandPost', createDesktopApi(ipcRenderer.invoke.bind(ipcRenderer)))

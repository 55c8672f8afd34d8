import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary, NO_ELECTRON_MESSAGE } from '../../../scripts/start.mjs'

let electronDir: string

beforeEach(async () => {
  electronDir = await mkdtemp(path.join(tmpdir(), 'command-post-electron-'))
})

afterEach(() => rm(electronDir, { recursive: true, force: true }))

describe('findElectronBinary', () => {
  it('finds nothing in a fresh install (no path.txt, no dist: Electron 45 downloads lazily)', () => {
    expect(findElectronBinary(electronDir, {})).toBeUndefined()
  })

  it('finds nothing when path.txt names a binary that is not in dist/', async () => {
    await writeFile(path.join(electronDir, 'path.txt'), 'electron')
    expect(findElectronBinary(electronDir, {})).toBeUndefined()
  })

  it('finds dist/<path.txt> once it is installed', async () => {
    await writeFile(path.join(electronDir, 'path.txt'), 'electron')
    await mkdir(path.join(electronDir, 'dist'))
    await writeFile(path.join(electronDir, 'dist', 'electron'), '')
    expect(findElectronBinary(electronDir, {})).toBe(path.join(electronDir, 'dist', 'electron'))
  })

  it('follows the macOS bundle path written in path.txt', async () => {
    const executable = 'Electron.app/Contents/MacOS/Electron'
    await writeFile(path.join(electronDir, 'path.txt'), executable)
    await mkdir(path.join(electronDir, 'dist', 'Electron.app', 'Contents', 'MacOS'), { recursive: true })
    await writeFile(path.join(electronDir, 'dist', executable), '')
    expect(findElectronBinary(electronDir, {})).toBe(path.join(electronDir, 'dist', executable))
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js does', async () => {
    const override = path.join(electronDir, 'custom')
    await mkdir(override)
    expect(findElectronBinary(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBeUndefined()
    await writeFile(path.join(override, 'electron'), '')
    expect(findElectronBinary(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(
      path.join(override, 'electron'),
    )
  })
})

describe('NO_ELECTRON_MESSAGE', () => {
  it('is one Chinese line pointing at the web build', () => {
    expect(NO_ELECTRON_MESSAGE).not.toContain('\n')
    expect(NO_ELECTRON_MESSAGE).toContain('npm run web')
    expect(NO_ELECTRON_MESSAGE).toContain('http://localhost:5173')
  })
})

import { createPackage } from '@electron/asar'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkEntries, isCommonJs, openAsar, openAsarByHand } from '../../../scripts/pack-check.mjs'

describe('checkEntries', () => {
  const good = [
    'package.json',
    'dist',
    'dist/index.html',
    'dist/assets',
    'dist/assets/index-abc.js',
    'dist-electron',
    'dist-electron/main.js',
    'dist-electron/preload.cjs',
  ]

  it('accepts exactly package.json, dist/ and dist-electron/', () => {
    expect(checkEntries(good)).toStrictEqual({ missing: [], stray: [] })
  })

  it('reports missing required files', () => {
    const entries = good.filter((entry) => entry !== 'dist-electron/preload.cjs' && entry !== 'dist/index.html')
    expect(checkEntries(entries).missing).toStrictEqual(['dist/index.html', 'dist-electron/preload.cjs'])
  })

  it('reports node_modules, sources, tests and source maps as stray', () => {
    const stray = [
      'node_modules',
      'node_modules/zod/index.js',
      'dist/node_modules/x.js',
      'src/main.ts',
      'test/unit/a.test.ts',
      'electron/main/index.ts',
      'dist/assets/index-abc.js.map',
      'dist-electron/main.js.map',
      'distribution/x.js',
    ]
    expect(checkEntries([...good, ...stray]).stray).toStrictEqual(stray)
  })
})

describe('isCommonJs', () => {
  it('accepts CommonJS and refuses ES module syntax', () => {
    expect(isCommonJs('const e = require("electron"); e.contextBridge.exposeInMainWorld("x", {})')).toBe(true)
    expect(isCommonJs('import { contextBridge } from "electron"\nexport {}')).toBe(false)
    expect(isCommonJs('export {}')).toBe(false)
  })
})

describe('reading app.asar', () => {
  let folder: string
  let asarPath: string

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'command-post-asar-'))
    const appDir = path.join(folder, 'app')
    await mkdir(path.join(appDir, 'dist', 'assets'), { recursive: true })
    await mkdir(path.join(appDir, 'dist-electron'))
    await writeFile(path.join(appDir, 'package.json'), '{"name":"command-post"}')
    await writeFile(path.join(appDir, 'dist', 'index.html'), '<!doctype html>指挥台')
    await writeFile(path.join(appDir, 'dist', 'assets', 'index.js'), 'console.log(1)')
    await writeFile(path.join(appDir, 'dist-electron', 'main.js'), 'export {}')
    await writeFile(path.join(appDir, 'dist-electron', 'preload.cjs'), 'require("electron")')
    asarPath = path.join(folder, 'app.asar')
    await createPackage(appDir, asarPath)
  })

  afterAll(() => rm(folder, { recursive: true, force: true }))

  it('lists the same entries with @electron/asar and by hand', async () => {
    const library = await openAsar(asarPath)
    const byHand = openAsarByHand(asarPath)
    expect(byHand.list().sort()).toStrictEqual(library.list().sort())
    expect(checkEntries(byHand.list())).toStrictEqual({ missing: [], stray: [] })
  })

  it('reads the same file contents with @electron/asar and by hand', async () => {
    const library = await openAsar(asarPath)
    const byHand = openAsarByHand(asarPath)
    for (const entry of ['package.json', 'dist/index.html', 'dist-electron/preload.cjs']) {
      expect(byHand.read(entry).toString('utf8')).toBe(library.read(entry).toString('utf8'))
    }
    expect(byHand.read('dist/index.html').toString('utf8')).toBe('<!doctype html>指挥台')
    expect(() => byHand.read('dist')).toThrow('not a file')
  })
})

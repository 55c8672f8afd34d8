// `npm run pack:check`: packs the app with electron-builder (unpacked, Linux x64) and proves app.asar holds
// exactly what the app runs: package.json, dist/ and dist-electron/, with a CommonJS preload and no
// dependencies, node_modules, sources or source maps. Electron's binary cannot be downloaded on the build
// machines, so electron-builder gets a stub Electron folder (-c.electronDist); only app.asar is checked.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Script } from 'node:vm'

/** Locale packs in the stub Electron, and the ones `electronLanguages` must keep. */
const STUB_LOCALES = ['de', 'en-US', 'fr', 'zh-CN', 'zh-TW']
const KEPT_LOCALES = 'en-US.pak, zh-CN.pak'

/** Files the packaged app cannot start without. */
export const REQUIRED_ENTRIES = [
  'package.json',
  'dist/index.html',
  'dist-electron/main.js',
  'dist-electron/preload.cjs',
]

/**
 * Reads an asar archive's header by hand (format: UInt32LE 4, UInt32LE header size, then a pickle of
 * UInt32LE payload size, UInt32LE JSON length, JSON `{ files }`; file data follows the header).
 * Used when electron-builder's own `@electron/asar` cannot be resolved.
 * @param {string} asarPath
 * @returns {{ list: () => string[], read: (entry: string) => Buffer }}
 */
export function openAsarByHand(asarPath) {
  const archive = readFileSync(asarPath)
  const headerSize = archive.readUInt32LE(4)
  const jsonLength = archive.readUInt32LE(12)
  const header = JSON.parse(archive.toString('utf8', 16, 16 + jsonLength))
  const dataStart = 8 + headerSize
  /** @type {Map<string, { size?: number, offset?: string, files?: object }>} */
  const nodes = new Map()
  const walk = (files, prefix) => {
    for (const [name, node] of Object.entries(files)) {
      nodes.set(prefix + name, node)
      if (node.files) walk(node.files, `${prefix}${name}/`)
    }
  }
  walk(header.files, '')
  return {
    list: () => [...nodes.keys()],
    read: (entry) => {
      const node = nodes.get(entry)
      if (!node || node.files || node.offset === undefined) throw new Error(`not a file in the archive: ${entry}`)
      const start = dataStart + Number(node.offset)
      return archive.subarray(start, start + (node.size ?? 0))
    },
  }
}

/**
 * Opens an asar archive with `@electron/asar` (a dependency of electron-builder), or by hand without it.
 * Entries are POSIX-style paths without a leading slash, e.g. `dist/index.html`.
 * @param {string} asarPath
 */
export async function openAsar(asarPath) {
  let asar
  try {
    asar = await import('@electron/asar')
  } catch {
    return openAsarByHand(asarPath)
  }
  return {
    list: () =>
      asar.listPackage(asarPath, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, '')),
    read: (entry) => asar.extractFile(asarPath, entry),
  }
}

/**
 * Compares archive entries with what the package may hold.
 * @param {string[]} entries
 * @returns {{ missing: string[], stray: string[] }}
 */
export function checkEntries(entries) {
  const allowed = (entry) =>
    entry === 'package.json' ||
    ['dist', 'dist-electron'].some((folder) => entry === folder || entry.startsWith(`${folder}/`))
  const stray = entries.filter(
    (entry) => !allowed(entry) || entry.endsWith('.map') || entry.split('/').includes('node_modules'),
  )
  const missing = REQUIRED_ENTRIES.filter((entry) => !entries.includes(entry))
  return { missing, stray }
}

/**
 * Whether the code compiles as a classic (CommonJS) script. A sandboxed preload is loaded that way, so
 * ES module syntax in it would fail only at run time, in Electron, which cannot run here.
 * @param {string} code
 */
export function isCommonJs(code) {
  try {
    new Script(code)
    return true
  } catch {
    return false
  }
}

/** Runs a Node CLI from node_modules, showing its output; returns its exit status. */
function runNode(projectDir, args) {
  return spawnSync(process.execPath, args, { cwd: projectDir, stdio: 'inherit' }).status ?? 1
}

async function main() {
  const projectDir = fileURLToPath(new URL('..', import.meta.url))
  const problems = []
  const built = ['dist/index.html', 'dist-electron/main.js', 'dist-electron/preload.cjs']
  if (!built.every((file) => existsSync(path.join(projectDir, file)))) {
    console.log('构建产物缺失，先运行 vite build / build output missing, running vite build')
    if (runNode(projectDir, ['node_modules/vite/bin/vite.js', 'build']) !== 0)
      fail('vite build 失败 / vite build failed')
  }
  const stubDir = mkdtempSync(path.join(tmpdir(), 'command-post-electron-stub-'))
  try {
    writeFileSync(path.join(stubDir, 'electron'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
    writeFileSync(path.join(stubDir, 'LICENSE'), 'stub Electron for pack:check\n')
    // Real Electron ships ~50 locale files; electron-builder keeps only `electronLanguages`.
    mkdirSync(path.join(stubDir, 'locales'))
    for (const locale of STUB_LOCALES) writeFileSync(path.join(stubDir, 'locales', `${locale}.pak`), '')
    const builder = ['node_modules/electron-builder/cli.js', '--dir', '--linux', '--x64', `-c.electronDist=${stubDir}`]
    if (runNode(projectDir, builder) !== 0) fail('electron-builder 打包失败 / electron-builder failed')
  } finally {
    rmSync(stubDir, { recursive: true, force: true })
  }
  const unpackedDir = path.join(projectDir, 'release', 'linux-unpacked')
  const locales = readdirSync(path.join(unpackedDir, 'locales')).sort().join(', ')
  if (locales !== KEPT_LOCALES) problems.push(`界面语言包应为 / locales should be ${KEPT_LOCALES}, got: ${locales}`)
  const asarPath = path.join(unpackedDir, 'resources', 'app.asar')
  if (!existsSync(asarPath)) fail(`找不到 ${asarPath} / app.asar not found`)
  const archive = await openAsar(asarPath)
  const entries = archive.list().sort()
  const { missing, stray } = checkEntries(entries)
  for (const entry of missing) problems.push(`缺少 / missing: ${entry}`)
  for (const entry of stray) problems.push(`多余 / stray: ${entry}`)
  if (!missing.includes('package.json')) {
    const manifest = JSON.parse(archive.read('package.json').toString('utf8'))
    const dependencies = Object.keys(manifest.dependencies ?? {})
    if (dependencies.length > 0)
      problems.push(`package.json 有运行时依赖 / has dependencies: ${dependencies.join(', ')}`)
  }
  if (
    !missing.includes('dist-electron/preload.cjs') &&
    !isCommonJs(archive.read('dist-electron/preload.cjs').toString('utf8'))
  ) {
    problems.push('preload.cjs 不是 CommonJS（沙箱预加载脚本无法加载）/ preload.cjs is not CommonJS')
  }
  const files = entries.filter((entry) => !entries.some((other) => other.startsWith(`${entry}/`)))
  const bytes = readFileSync(asarPath).length
  console.log(`app.asar: ${files.length} 个文件 / files, ${(bytes / 1024 / 1024).toFixed(2)} MB`)
  if (problems.length > 0) fail(problems.join('\n'))
  console.log('打包检查通过 / pack check passed')
}

function fail(message) {
  console.error(`打包检查失败 / pack check failed:\n${message}`)
  process.exit(1)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()

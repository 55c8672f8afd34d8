// `npm start`: build the desktop app, then run it in Electron.
// Electron 45 fetches its binary lazily: `require('electron')` downloads it when node_modules/electron/path.txt
// or dist/<path> is missing, and throws if that fails. So this script never requires it: it looks for the
// binary the same way electron/index.js does, asks electron/install.js (Electron's own downloader) once if
// it is missing, and explains in one line when there is still none.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Shown when no Electron binary can be had; the web build works in any browser instead. */
export const NO_ELECTRON_MESSAGE =
  '无法启动 Electron（本机无法获取 Electron 可执行文件）。请改用 npm run web 在浏览器中打开指挥台：http://localhost:5173'

/**
 * Finds the Electron executable installed in `electronDir` (node_modules/electron) without triggering a
 * download, mirroring electron/index.js: `path.txt` names the executable inside `dist/`, and
 * ELECTRON_OVERRIDE_DIST_PATH replaces `dist/`.
 * @param {string} electronDir
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | undefined} the executable's absolute path, or undefined when it is not there
 */
export function findElectronBinary(electronDir, env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = override
    ? path.join(override, executable || 'electron')
    : executable && path.join(electronDir, 'dist', executable)
  return binary && existsSync(binary) ? path.resolve(binary) : undefined
}

/**
 * Returns the Electron executable, running Electron's own installer once when it is missing.
 * The installer's output is swallowed: when it fails, the caller prints one clear line instead.
 * @param {string} electronDir
 * @returns {string | undefined}
 */
function obtainElectronBinary(electronDir) {
  const found = findElectronBinary(electronDir)
  if (found) return found
  const installer = path.join(electronDir, 'install.js')
  if (!existsSync(installer)) return undefined
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 10 * 60 * 1000 })
  return findElectronBinary(electronDir)
}

function main() {
  const projectDir = fileURLToPath(new URL('..', import.meta.url))
  // Checked before building: a minute of build is wasted if the app cannot be started afterwards.
  const binary = obtainElectronBinary(path.join(projectDir, 'node_modules', 'electron'))
  if (!binary) {
    console.error(NO_ELECTRON_MESSAGE)
    process.exit(1)
  }
  // The vite CLI through node rather than `npx`, so no shell is needed on Windows (npx is npx.cmd there).
  const vite = path.join(projectDir, 'node_modules', 'vite', 'bin', 'vite.js')
  const build = spawnSync(process.execPath, [vite, 'build'], { cwd: projectDir, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
  const env = { ...process.env }
  // Set by some shells and tools; it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(binary, ['.'], { cwd: projectDir, stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    console.error(`${NO_ELECTRON_MESSAGE}（${error.message}）`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()

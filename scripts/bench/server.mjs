// Builds the bench bundle and serves it with `vite preview`. The vite CLI runs through node rather than npx, so
// the child we spawn is vite itself and killing its pid really stops the server (npx would sit in between).
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

/** @param {string} projectDir */
function viteBin(projectDir) {
  return path.join(projectDir, 'node_modules', 'vite', 'bin', 'vite.js')
}

/**
 * `vite build --mode bench`: the app plus bench/index.html into dist-bench/. Quiet unless it fails.
 * @param {string} projectDir
 */
export function buildBench(projectDir) {
  const build = spawnSync(process.execPath, [viteBin(projectDir), 'build', '--mode', 'bench'], {
    cwd: projectDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`)
    throw new Error(`vite build --mode bench failed (exit ${build.status ?? build.signal})`)
  }
}

/**
 * Starts `vite preview --mode bench` on 127.0.0.1:`port` and resolves once it answers.
 * @param {string} projectDir
 * @param {number} port
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startPreview(projectDir, port) {
  const args = ['preview', '--mode', 'bench', '--port', String(port), '--strictPort', '--host', '127.0.0.1']
  const child = spawn(process.execPath, [viteBin(projectDir), ...args], {
    cwd: projectDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output}`)
    try {
      if ((await fetch(`${url}/bench/index.html`)).ok) return { url, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`)
}

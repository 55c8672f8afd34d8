// `npm run bench [-- <area> …]`: builds the bench bundle, seeds data and measures in a real Chromium, writes
// bench/results.json and bench/environment.json, prints a table. Benchmarks are not tests: a figure over its
// target is a warning; the exit code is non-zero only when the harness could not measure (see docs/benchmarks.md).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { browserVersion, CONTEXT_OPTIONS, launchFreshContext } from './bench/browser.mjs'
import { runProbe, signIn, startCpuProfile } from './bench/probe.mjs'
import { environmentFacts, printTable, writeReports } from './bench/report.mjs'
import { buildBench, startPreview } from './bench/server.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4179)
const projectDir = fileURLToPath(new URL('..', import.meta.url))
const benchDir = path.join(projectDir, 'bench')

/**
 * `BENCH_CPU_PROFILE=<probe name>`: the page's CPU profile during that probe's first (cold) run, written to
 * bench/profiles/<probe name>.cpuprofile (open it in Chrome DevTools' Performance panel, or summarise it with
 * scripts/bench/profile-summary.mjs). `seed` profiles the seeding and the in-page figures instead. Work done in a
 * Web Worker is not in the page's profile. `BENCH_IDB_TRACE=<probe name>`: every IndexedDB request the page makes
 * during that probe's first run (store or index, when made and answered, rows), to bench/profiles/<probe>.idb.json.
 */
function cpuProfile() {
  const probe = process.env.BENCH_CPU_PROFILE
  const idb = process.env.BENCH_IDB_TRACE
  if (!probe && !idb) return undefined
  const save = (name, data) => {
    const dir = path.join(benchDir, 'profiles')
    mkdirSync(dir, { recursive: true })
    const file = path.join(dir, name)
    writeFileSync(file, JSON.stringify(data, null, name.endsWith('.json') ? 1 : 0))
    log(`wrote ${path.relative(projectDir, file)}`)
  }
  return {
    probe,
    idb,
    write: async (profile) => save(`${probe}.cpuprofile`, profile),
    writeTrace: async (records) => save(`${idb}.idb.json`, records),
  }
}

/** @param {string} message */
function log(message) {
  console.log(`[bench] ${message}`)
}

/**
 * Seeds through bench/index.html, then signs in on the app's own page (same origin, same IndexedDB) and runs
 * every UI probe. A probe that breaks is reported and skipped; the others still run.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} baseUrl
 * @param {string[]} areas
 */
async function measure(context, baseUrl, areas) {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${baseUrl}/bench/index.html`)
  await page.waitForFunction(() => typeof window.runBenchSeed === 'function')
  log(`seeding ${areas.length ? areas.join(', ') : 'every scenario set'}…`)
  // BENCH_CPU_PROFILE=seed: the whole seeding, i.e. every in-page figure (coarser samples: it runs for minutes).
  const profile = cpuProfile()
  const recording = profile?.probe === 'seed' ? await startCpuProfile(page, 1000) : undefined
  const seed = await page.evaluate((options) => window.runBenchSeed(options), { areas })
  if (recording) await profile.write(await recording.stop())
  const figures = [...seed.figures]
  const runs = {}
  const failures = []
  await signIn(page, baseUrl, seed.login)
  for (const probe of seed.probes) {
    log(`${probe.name} × ${probe.runs}`)
    try {
      const outcome = await runProbe(page, probe, cpuProfile())
      figures.push(...outcome.figures)
      runs[probe.name] = outcome.runs
    } catch (e) {
      failures.push(`${probe.name}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  return { figures, runs, failures, browser: await browserVersion(context, page) }
}

async function main() {
  const areas = process.argv.slice(2)
  log('building (vite build --mode bench)…')
  buildBench(projectDir)
  const server = await startPreview(projectDir, PORT)
  // Ctrl-C must not leave the preview server holding the port.
  const interrupt = () => {
    server.stop()
    process.exit(130)
  }
  process.once('SIGINT', interrupt)
  let result
  try {
    const { context, close } = await launchFreshContext()
    try {
      result = await measure(context, server.url, areas)
    } finally {
      await close()
    }
  } finally {
    server.stop()
    process.off('SIGINT', interrupt)
  }
  printTable(result.figures, result.runs)
  // A partial run (some areas only) is for working on a scenario: results.json always holds one full run.
  if (areas.length === 0 && result.failures.length === 0) {
    writeReports(benchDir, result.figures, environmentFacts(projectDir, result.browser, CONTEXT_OPTIONS))
    log('wrote bench/results.json and bench/environment.json')
  } else if (areas.length) log('areas chosen: bench/results.json left as it was')
  else log('some figures could not be measured: bench/results.json left as it was')
  for (const failure of result.failures) console.error(`[bench] could not measure ${failure}`)
  if (result.failures.length) process.exitCode = 1
}

main().catch((e) => {
  console.error(`[bench] harness failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  process.exitCode = 1
})

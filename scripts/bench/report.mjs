// The bench's outputs: bench/results.json (figures only), bench/environment.json (the machine), a console table.
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A figure over its target is a warning, never a failure: benchmarks are not timed tests.
 * @param {{ value: number, target: number | null }} figure
 */
export function overTarget(figure) {
  return figure.target !== null && figure.value > figure.target
}

/**
 * Prints the figures as a table, with each probe's individual runs and an "over target" mark.
 * @param {{ name: string, value: number, unit: string, target: number | null }[]} figures
 * @param {Record<string, number[]>} runs by figure name
 */
export function printTable(figures, runs) {
  const rows = figures.map((f) => [
    f.name,
    String(f.value),
    f.unit,
    f.target === null ? '—' : String(f.target),
    [overTarget(f) ? 'OVER TARGET' : '', runs[f.name] ? `runs ${runs[f.name].join(' / ')}` : '']
      .filter(Boolean)
      .join('  '),
  ])
  const header = ['figure', 'value', 'unit', 'target', 'note']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells) =>
    cells.map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')
  console.log(`\n${line(header).trimEnd()}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`)
  for (const row of rows) console.log(line(row).trimEnd())
  for (const f of figures.filter(overTarget))
    console.warn(`warning: ${f.name} = ${f.value} ${f.unit}, over target ${f.target}`)
}

/**
 * The machine the figures were measured on: they mean little without it.
 * @param {string} projectDir
 * @param {{ product: string, userAgent: string }} browser
 * @param {object} contextOptions
 */
export function environmentFacts(projectDir, browser, contextOptions) {
  const version = (pkg) =>
    JSON.parse(readFileSync(path.join(projectDir, 'node_modules', pkg, 'package.json'), 'utf8')).version
  const cpus = os.cpus()
  return {
    date: new Date().toISOString(),
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryMB: Math.round(os.totalmem() / 2 ** 20),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browser.product,
    userAgent: browser.userAgent,
    playwright: version('@playwright/test'),
    vite: version('vite'),
    context: { ...contextOptions, profile: 'fresh on-disk profile (IndexedDB on disk)', headless: true },
  }
}

/**
 * Writes results.json (a plain array of figures) and environment.json under `benchDir`.
 * @param {string} benchDir
 * @param {object[]} figures
 * @param {object} environment
 */
export function writeReports(benchDir, figures, environment) {
  writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(figures, null, 2)}\n`)
  writeFileSync(path.join(benchDir, 'environment.json'), `${JSON.stringify(environment, null, 2)}\n`)
}

import type { Actor } from '@/domain/accounts/user'
import type { CommandPostDatabase } from '@/db/database'

/**
 * The benchmark harness's contract. A scenario set (one module per area under bench/scenarios/) seeds its data
 * inside the bench page, through the app's real services, and times what only the page can time; it returns
 * those figures plus UI probes, which scripts/bench.mjs then runs against the real app in the same browser.
 * Probes are plain data so the Node runner can execute them without compiling TypeScript.
 */

/** Units a figure can have; ratios are computed from two timings taken in the same run. */
export type Unit = 'ms' | 'count' | 'ratio' | 'MB'

/** One line of bench/results.json. `target` is the DESIGN.md budget in the same unit, null when there is none. */
export interface Figure {
  /** Dotted: `<area>.<what>[.<variant>]`, e.g. `villages.list.firstPage`. */
  name: string
  value: number
  unit: Unit
  target: number | null
}

/**
 * An awaited state of the screen: exactly `count` elements match `selector`, each containing `contains` when
 * given. Table rows usually (`count: 0` waits for a table to be gone); any element (a search box: the page is up).
 */
export interface Shown {
  /** CSS selector, e.g. `[data-testid="village-table"] .el-table__body tr`. */
  selector: string
  count: number
  contains?: string
}

/** A real user action, performed by Playwright (trusted events, as a clerk's mouse and keyboard make them). */
export type UiAction = { click: string } | { fill: string; text: string }

/** An untimed step: act, then wait until `until` holds. */
export interface UiStep {
  action: UiAction
  until: Shown
}

/**
 * A UI timing, run `runs` times by the runner inside the signed-in app. Each run: the `before` steps (so every
 * run starts from the same screen), then the timed step, from the trusted click/input event of its action until
 * `until` holds (rows in the DOM and laid out). The figure is the median; `reportMax` adds `<name>.max`.
 */
export interface UiProbe {
  name: string
  target: number | null
  runs: number
  reportMax?: boolean
  before: UiStep[]
  measure: UiStep
  /** Steps after the last run, leaving the screen as other probes expect it (e.g. clearing a filter). */
  after?: UiStep[]
}

/** What a scenario set gets: the open app database, the signed-in actor of the seed, the township's code. */
export interface SeedContext {
  db: CommandPostDatabase
  actor: Actor
  townshipCode: string
}

/** What a scenario set hands back to the runner. */
export interface SeedOutcome {
  figures: Figure[]
  probes: UiProbe[]
}

/** A scenario set: its figures are named `<area>.…`; sets seed in registry order (bench/scenarios/index.ts). */
export interface ScenarioSet {
  area: string
  seed(context: SeedContext): Promise<SeedOutcome>
}

/** The selector of a `data-testid`, as the app's views and the e2e tests name elements. */
export function testId(id: string): string {
  return `[data-testid="${id}"]`
}

/**
 * The native input of an Element Plus input marked with `data-testid`. Element Plus 2.14 puts `data-*`
 * attributes on the `<input>` itself, older versions on the wrapper: both forms are matched.
 */
export function inputOf(id: string): string {
  return `input${testId(id)}, ${testId(id)} input`
}

/** The body rows of an Element Plus table marked with `data-testid`. */
export function tableRows(id: string): string {
  return `${testId(id)} .el-table__body tr`
}

/** Runs `work` once and returns its result with the elapsed milliseconds (performance.now, sub-ms). */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now()
  const result = await work()
  return { result, ms: performance.now() - start }
}

/** Milliseconds rounded to 0.1: Chromium coarsens performance.now() to 0.1 ms anyway. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10
}

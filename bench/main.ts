import { openDatabase } from '@/db/database'
import { getTownship } from '@/db/repositories/township-repository'
import { findUserByName } from '@/db/repositories/user-repository'
import { DEFAULT_IDLE_LOCK_MINUTES, DEFAULT_REPORT_WINDOW, type TownshipInput } from '@/domain/township/township'
import { completeSetup, isSetUp, type AdminInput } from '@/services/setup/setup-service'
import { SCENARIO_SETS } from './scenarios'
import type { Figure, UiProbe } from './scenarios/scenario'

/** What the runner may ask for; every set runs when `areas` is absent or empty. */
export interface BenchSeedOptions {
  /** Only these scenario sets (by area), e.g. while writing a new one. */
  areas?: string[]
}

/** What the runner gets back: the page's own figures, the UI probes to run, and how to sign in. */
export interface BenchSeedResult {
  figures: Figure[]
  probes: UiProbe[]
  login: AdminInput
}

declare global {
  interface Window {
    runBenchSeed: (options?: BenchSeedOptions) => Promise<BenchSeedResult>
  }
}

/** The benchmark township: the demo's code digits (a real 镇 format), its own names so it is never taken for data. */
const TOWNSHIP: TownshipInput = {
  code: '511826101000',
  name: '基准镇',
  countyName: '基准县',
  reportWindow: { ...DEFAULT_REPORT_WINDOW },
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
}
const ADMIN: AdminInput = { name: '管理员', password: 'bench1234' }

function chosenSets(options: BenchSeedOptions) {
  const areas = options.areas ?? []
  const unknown = areas.filter((a) => !SCENARIO_SETS.some((s) => s.area === a))
  if (unknown.length) throw new Error(`unknown scenario areas: ${unknown.join(', ')}`)
  return areas.length ? SCENARIO_SETS.filter((s) => areas.includes(s.area)) : SCENARIO_SETS
}

/**
 * Sets the township up through the real first-run service (unless it already is), then lets each scenario set
 * seed and time its data. Its own connection is closed at the end so the app, opened next, is the only one.
 */
async function runBenchSeed(options: BenchSeedOptions = {}): Promise<BenchSeedResult> {
  const sets = chosenSets(options)
  const status = document.getElementById('status')
  const db = await openDatabase()
  try {
    if (!(await isSetUp(db))) await completeSetup(db, TOWNSHIP, ADMIN)
    const [township, admin] = await Promise.all([getTownship(db), findUserByName(db, ADMIN.name)])
    if (!township || !admin) throw new Error(`database is set up without township or without account ${ADMIN.name}`)
    const result: BenchSeedResult = { figures: [], probes: [], login: ADMIN }
    for (const set of sets) {
      if (status) status.textContent = `seeding ${set.area}…`
      const outcome = await set.seed({ db, actor: { id: admin.id, name: admin.name }, townshipCode: township.code })
      result.figures.push(...outcome.figures)
      result.probes.push(...outcome.probes)
    }
    if (status) status.textContent = 'done'
    return result
  } finally {
    db.close()
  }
}

window.runBenchSeed = runBenchSeed

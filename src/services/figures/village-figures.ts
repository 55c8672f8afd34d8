import type { Instant } from '@/domain/common/entity'
import {
  computeFigures,
  figurePlan,
  registrationsOf,
  type FigurePlan,
  type FigureSources,
} from '@/domain/figures/compute-figures'
import type { TownshipFigures, VillageFigures } from '@/domain/figures/figure-value'
import type { FigureWindow } from '@/domain/figures/figure-window'
import type { CommandPostDatabase } from '@/db/database'
import { loadSourcesByVillage, type SourcesByVillage } from './figure-sources'
import { townshipFiguresFrom } from './township-figures'

function groupBy<T>(rows: readonly T[], villageOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const key = villageOf(row)
    const list = groups.get(key)
    if (list) list.push(row)
    else groups.set(key, [row])
  }
  return groups
}

/** Every village's figures of a plan from one read of the township's rows, split in memory. */
export function splitByVillage(
  plan: FigurePlan,
  { sources, episodes, personVillages, county }: SourcesByVillage,
  villageIds: readonly string[],
  now: Instant,
): Map<string, VillageFigures> {
  const by = {
    measures: groupBy(sources.measures, (m) => m.villageId),
    episodes: groupBy(episodes, (e) => personVillages.get(e.personId) ?? ''),
    fevers: groupBy(sources.fevers, (c) => c.villageId),
    tests: groupBy(sources.tests, (t) => t.villageId),
    overdueTests: groupBy(sources.overdueTests, (t) => t.villageId),
    testsClosed: groupBy(sources.testsClosed, (t) => t.villageId),
    orders: groupBy(sources.orders, (o) => o.ownerVillageId),
    incidents: groupBy(sources.incidents, (i) => i.villageId),
    countyChanges: groupBy(sources.countyChanges, (r) => r.villageId),
  }
  const out = new Map<string, VillageFigures>()
  for (const villageId of villageIds) {
    const of = <K extends keyof typeof by>(key: K) => (by[key].get(villageId) ?? []) as never
    const village: FigureSources = {
      measures: of('measures'),
      registrations: registrationsOf(plan, of('episodes')),
      fevers: of('fevers'),
      tests: of('tests'),
      overdueTests: of('overdueTests'),
      testsClosed: of('testsClosed'),
      orders: of('orders'),
      incidents: of('incidents'),
      countyChanges: of('countyChanges'),
      county: county.get(villageId) ?? { total: 0, unverified: 0 },
    }
    out.set(villageId, {
      villageId,
      window: plan.window,
      previousWindow: plan.previous,
      computedAt: now,
      figures: computeFigures(plan, village),
    })
  }
  return out
}

/**
 * The figures of every village over a window from one read of the township's rows, split in memory: what the
 * board's village-by-village presentation steps through without reading again. Same definitions as
 * `villageFigures` (docs/figures.md).
 */
export async function figuresByVillage(
  db: CommandPostDatabase,
  window: FigureWindow,
  villageIds: readonly string[],
  now: Instant = Date.now(),
): Promise<Map<string, VillageFigures>> {
  const plan = figurePlan(window, now)
  return splitByVillage(plan, await loadSourcesByVillage(db, plan), villageIds, now)
}

/**
 * The township's figures and every village's over one window from a single read of the township's rows (the
 * daily report needs both: `townshipFigures` and `figuresByVillage` each read them). Same definitions.
 */
export async function townshipAndVillageFigures(
  db: CommandPostDatabase,
  window: FigureWindow,
  villageIds: readonly string[],
  now: Instant = Date.now(),
): Promise<{ township: TownshipFigures; villages: Map<string, VillageFigures> }> {
  const plan = figurePlan(window, now)
  const read = loadSourcesByVillage(db, plan)
  const [township, byVillage] = await Promise.all([
    townshipFiguresFrom(
      db,
      plan,
      read.then((r) => r.sources),
      now,
    ),
    read,
  ])
  return { township, villages: splitByVillage(plan, byVillage, villageIds, now) }
}

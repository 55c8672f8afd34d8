import type { Instant } from '@/domain/common/entity'
import { computeFigures, figurePlan, type FigureSources } from '@/domain/figures/compute-figures'
import type { VillageFigures } from '@/domain/figures/figure-value'
import type { FigureWindow } from '@/domain/figures/figure-window'
import type { CommandPostDatabase } from '@/db/database'
import { loadSourcesByVillage } from './figure-sources'

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
  const { sources, personVillages, county } = await loadSourcesByVillage(db, plan)
  const by = {
    measures: groupBy(sources.measures, (m) => m.villageId),
    episodes: groupBy(sources.episodes, (e) => personVillages.get(e.personId) ?? ''),
    fevers: groupBy(sources.fevers, (c) => c.villageId),
    tests: groupBy(sources.tests, (t) => t.villageId),
    overdueTests: groupBy(sources.overdueTests, (t) => t.villageId),
    orders: groupBy(sources.orders, (o) => o.ownerVillageId),
    incidents: groupBy(sources.incidents, (i) => i.villageId),
  }
  const out = new Map<string, VillageFigures>()
  for (const villageId of villageIds) {
    const of = <K extends keyof typeof by>(key: K) => (by[key].get(villageId) ?? []) as never
    const village: FigureSources = {
      measures: of('measures'),
      episodes: of('episodes'),
      fevers: of('fevers'),
      tests: of('tests'),
      overdueTests: of('overdueTests'),
      orders: of('orders'),
      incidents: of('incidents'),
      county: county.get(villageId) ?? { total: 0, unverified: 0 },
    }
    out.set(villageId, {
      villageId,
      window,
      previousWindow: plan.previous,
      computedAt: now,
      figures: computeFigures(plan, village),
    })
  }
  return out
}

import type { FigurePlan, FigureSources } from '@/domain/figures/compute-figures'
import type { CommandPostDatabase } from '@/db/database'
import { listLists } from '@/db/repositories/county-list-repository'
import {
  episodesCreatedBetween,
  feversBetween,
  measuresLiveAfter,
  openIncidents,
  openTestsBefore,
  testsTouching,
  unverifiedRowsOfVillage,
  villagesOfPeople,
} from '@/db/repositories/figure-repository'
import { ordersDoneSince } from '@/db/repositories/log/order-repository'
import { openOrders } from '@/services/log/order-service'

async function countyUnverified(db: CommandPostDatabase, villageId?: string): Promise<number> {
  // listLists counts each list's unverified rows on [listId+result]; a village's are counted on [listId+villageId].
  const lists = await listLists(db)
  if (villageId === undefined) return lists.reduce((sum, list) => sum + list.progress.counts.unverified, 0)
  return unverifiedRowsOfVillage(
    db,
    lists.map((l) => l.id),
    villageId,
  )
}

async function episodesOf(db: CommandPostDatabase, plan: FigurePlan, villageId?: string) {
  const episodes = await episodesCreatedBetween(db, plan.previousFrom, plan.to)
  if (villageId === undefined) return episodes
  const villages = await villagesOfPeople(
    db,
    episodes.map((e) => e.personId),
  )
  return episodes.filter((e) => villages.get(e.personId) === villageId)
}

/**
 * Reads the rows a plan needs, each through an index (docs/figures.md): the township's, or one village's when
 * `villageId` is given (measures, checks, tests and incidents carry their village; an order its owner village;
 * an episode its person's).
 */
export async function loadFigureSources(
  db: CommandPostDatabase,
  plan: FigurePlan,
  villageId?: string,
): Promise<FigureSources> {
  const { previousDays, days } = plan
  const [measures, episodes, fevers, tests, overdueTests, unfinished, done, incidents, unverified] = await Promise.all([
    measuresLiveAfter(db, plan.releasedAfter, villageId),
    episodesOf(db, plan, villageId),
    feversBetween(db, previousDays.first, days.last),
    testsTouching(db, previousDays.first, days.last),
    openTestsBefore(db, plan.levelOn),
    openOrders(db),
    ordersDoneSince(db, plan.from),
    openIncidents(db),
    countyUnverified(db, villageId),
  ])
  const here = <T extends { villageId: string }>(rows: T[]) =>
    villageId === undefined ? rows : rows.filter((r) => r.villageId === villageId)
  const orders = [...unfinished, ...done]
  return {
    measures,
    episodes,
    fevers: here(fevers),
    tests: here(tests),
    overdueTests: here(overdueTests),
    orders: villageId === undefined ? orders : orders.filter((o) => o.ownerVillageId === villageId),
    incidents: here(incidents),
    countyUnverified: unverified,
  }
}

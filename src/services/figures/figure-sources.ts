import type { ControlMeasure } from '@/domain/control/measure'
import type { HealthCheck } from '@/domain/control/health-check'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import type { FigurePlan, FigureSources } from '@/domain/figures/compute-figures'
import type { Incident } from '@/domain/log/incident'
import type { Order } from '@/domain/log/order'
import type { Episode } from '@/domain/person/person'
import type { CommandPostDatabase } from '@/db/database'
import { listLists } from '@/db/repositories/county-list-repository'
import {
  episodesCreatedBetween,
  feversBetween,
  measuresLiveAfter,
  openIncidents,
  openTestsBefore,
  testsTouching,
  unverifiedRowsByVillage,
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

/** The sources as the registers hold them (whole rows, each with its village). */
export interface LoadedSources extends FigureSources {
  measures: ControlMeasure[]
  episodes: Episode[]
  fevers: HealthCheck[]
  tests: NucleicTest[]
  overdueTests: NucleicTest[]
  orders: Order[]
  incidents: Incident[]
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
): Promise<LoadedSources> {
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

/** Township sources with each registration's village, and the unverified county-list rows per village. */
export interface SourcesByVillage {
  sources: LoadedSources
  personVillages: Map<string, string>
  unverified: Map<string, number>
}

/** One read of the township's rows, enough to split the figures of every village in memory. */
export async function loadSourcesByVillage(db: CommandPostDatabase, plan: FigurePlan): Promise<SourcesByVillage> {
  const [sources, lists] = await Promise.all([loadFigureSources(db, plan), listLists(db)])
  const { episodes } = sources
  const [personVillages, unverified] = await Promise.all([
    villagesOfPeople(
      db,
      episodes.map((e) => e.personId),
    ),
    unverifiedRowsByVillage(
      db,
      lists.map((l) => l.id),
    ),
  ])
  return { sources, personVillages, unverified }
}

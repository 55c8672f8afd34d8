import type { ControlMeasure } from '@/domain/control/measure'
import type { HealthCheck } from '@/domain/control/health-check'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import type { CountyRows, FigurePlan, FigureSources } from '@/domain/figures/compute-figures'
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
  countyRowsByVillage,
  countyRowsOfVillage,
  villagesOfPeople,
} from '@/db/repositories/figure-repository'
import { ordersDoneSince } from '@/db/repositories/log/order-repository'
import { openOrders } from '@/services/log/order-service'

async function countyRows(db: CommandPostDatabase, villageId?: string): Promise<CountyRows> {
  // listLists counts each list's rows on [listId+result]; a village's are counted on [listId+villageId].
  const lists = await listLists(db)
  if (villageId === undefined)
    return {
      total: lists.reduce((sum, list) => sum + list.progress.total, 0),
      unverified: lists.reduce((sum, list) => sum + list.progress.counts.unverified, 0),
    }
  return countyRowsOfVillage(
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
  const [measures, episodes, fevers, tests, overdueTests, unfinished, done, incidents, county] = await Promise.all([
    measuresLiveAfter(db, plan.releasedAfter, villageId),
    episodesOf(db, plan, villageId),
    feversBetween(db, previousDays.first, days.last),
    testsTouching(db, previousDays.first, days.last),
    openTestsBefore(db, plan.levelOn),
    openOrders(db),
    ordersDoneSince(db, plan.previousFrom),
    openIncidents(db),
    countyRows(db, villageId),
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
    county,
  }
}

/** Township sources with each registration's village, and the county-list rows per village. */
export interface SourcesByVillage {
  sources: LoadedSources
  personVillages: Map<string, string>
  county: Map<string, CountyRows>
}

/** One read of the township's rows, enough to split the figures of every village in memory. */
export async function loadSourcesByVillage(db: CommandPostDatabase, plan: FigurePlan): Promise<SourcesByVillage> {
  const [sources, lists] = await Promise.all([loadFigureSources(db, plan), listLists(db)])
  const { episodes } = sources
  const [personVillages, county] = await Promise.all([
    villagesOfPeople(
      db,
      episodes.map((e) => e.personId),
    ),
    countyRowsByVillage(
      db,
      lists.map((l) => l.id),
    ),
  ])
  return { sources, personVillages, county }
}

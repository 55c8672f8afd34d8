import type { ControlMeasure } from '@/domain/control/measure'
import type { HealthCheck } from '@/domain/control/health-check'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import {
  registrationsOf,
  type CountyRows,
  type FigurePlan,
  type FigureSources,
  type PlanRegistrations,
} from '@/domain/figures/compute-figures'
import type { CountyListRow } from '@/domain/county-list/county-list'
import type { Incident } from '@/domain/log/incident'
import type { Order } from '@/domain/log/order'
import type { Episode } from '@/domain/person/person'
import type { CommandPostDatabase } from '@/db/database'
import { readQueries } from '@/db/live'
import { activeLists, listLists } from '@/db/repositories/county-list-repository'
import {
  episodesCreatedBetween,
  feversBetween,
  measuresLiveAfter,
  incidentsOpenSince,
  openTestsBefore,
  testsClosedSince,
  testsTouching,
  countyRowsByVillage,
  countyRowsChangedSince,
  countyRowsOfVillage,
  registrationsBetween,
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

/**
 * The plan's registrations: the township's counted in the database, a village's from the rows of its people
 * (an episode is the village's through its person).
 */
async function registrationsFor(
  db: CommandPostDatabase,
  plan: FigurePlan,
  villageId?: string,
): Promise<PlanRegistrations> {
  if (villageId === undefined) {
    const [now, before] = await Promise.all([
      registrationsBetween(db, plan.from, plan.to),
      registrationsBetween(db, plan.previousFrom, plan.from),
    ])
    return { now, before }
  }
  const episodes = await episodesCreatedBetween(db, plan.previousFrom, plan.to)
  const villages = await villagesOfPeople(
    db,
    episodes.map((e) => e.personId),
  )
  return registrationsOf(
    plan,
    episodes.filter((e) => villages.get(e.personId) === villageId),
  )
}

/** The sources as the registers hold them (whole rows, each with its village). */
export interface LoadedSources extends FigureSources {
  measures: ControlMeasure[]
  fevers: HealthCheck[]
  tests: NucleicTest[]
  overdueTests: NucleicTest[]
  testsClosed: NucleicTest[]
  orders: Order[]
  incidents: Incident[]
  countyChanges: CountyListRow[]
}

/** One read per source of a plan: each can run alone (a live query per source re-runs only its own read). */
export type SourceReads = { [K in keyof LoadedSources]: () => Promise<LoadedSources[K]> }

/**
 * The reads of a plan's sources, each through an index (docs/figures.md): the township's, or one village's when
 * `villageId` is given (measures, checks, tests and incidents carry their village; an order its owner village;
 * an episode its person's).
 */
export function figureSourceReads(db: CommandPostDatabase, plan: FigurePlan, villageId?: string): SourceReads {
  const { previousDays, days } = plan
  const here = <T extends { villageId: string }>(rows: T[]) =>
    villageId === undefined ? rows : rows.filter((r) => r.villageId === villageId)
  return {
    measures: () => measuresLiveAfter(db, plan.releasedAfter, villageId),
    registrations: () => registrationsFor(db, plan, villageId),
    fevers: async () => here(await feversBetween(db, previousDays.first, days.last)),
    tests: async () => here(await testsTouching(db, previousDays.first, days.last)),
    overdueTests: async () => here(await openTestsBefore(db, plan.levelOn)),
    testsClosed: async () => here(await testsClosedSince(db, plan.from)),
    orders: async () => {
      const [unfinished, done] = await Promise.all([openOrders(db), ordersDoneSince(db, plan.previousFrom)])
      const orders = [...unfinished, ...done]
      return villageId === undefined ? orders : orders.filter((o) => o.ownerVillageId === villageId)
    },
    incidents: async () => here(await incidentsOpenSince(db, plan.previousFrom)),
    county: () => countyRows(db, villageId),
    countyChanges: async () => {
      const lists = await activeLists(db)
      return here(
        await countyRowsChangedSince(
          db,
          lists.map((l) => l.id),
          plan.from,
        ),
      )
    },
  }
}

/** Runs every read of {@link figureSourceReads} at once: the sources of a plan, whole. */
export function loadFigureSources(
  db: CommandPostDatabase,
  plan: FigurePlan,
  villageId?: string,
): Promise<LoadedSources> {
  return readQueries<LoadedSources>(figureSourceReads(db, plan, villageId))
}

/** Township sources, the registrations' rows with each one's village, and the county-list rows per village. */
export interface SourcesByVillage {
  sources: LoadedSources
  /** Episodes registered in [previousFrom, to) (the township's registrations are counted without them). */
  episodes: Episode[]
  personVillages: Map<string, string>
  county: Map<string, CountyRows>
}

/** One read of the township's rows, enough to split the figures of every village in memory. */
export async function loadSourcesByVillage(db: CommandPostDatabase, plan: FigurePlan): Promise<SourcesByVillage> {
  const [sources, lists, episodes] = await Promise.all([
    loadFigureSources(db, plan),
    listLists(db),
    episodesCreatedBetween(db, plan.previousFrom, plan.to),
  ])
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
  return { sources, episodes, personVillages, county }
}

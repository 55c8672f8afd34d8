import type { Instant, LocalDate } from '@/domain/common/entity'
import { plusDays } from '@/domain/control/calendar'
import type { HealthCheck } from '@/domain/control/health-check'
import type { ControlMeasure } from '@/domain/control/measure'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import type { CountyListRow } from '@/domain/county-list/county-list'
import type { Incident } from '@/domain/log/incident'
import { REGISTRATION_KINDS } from '@/domain/figures/figure-keys'
import { dayOf, startOfDay } from '@/domain/figures/figure-window'
import type { Episode, EpisodeKind } from '@/domain/person/person'
import Dexie from 'dexie'
import type { CommandPostDatabase } from '../database'
import { registrationDayKey, tallyKey } from '../tallies'

// Reads the township figures need (docs/figures.md), each through an index: never a walk of a whole register.

/**
 * Measures that may be under control on a day after `day`, or released after it: every active measure (the
 * `status` index, or `[villageId+status]` for one village) and those released after `day` (the `releasedOn`
 * index, v12).
 */
export async function measuresLiveAfter(
  db: CommandPostDatabase,
  day: LocalDate,
  villageId?: string,
): Promise<ControlMeasure[]> {
  const [active, released] = await Promise.all([
    villageId
      ? db.measures.where('[villageId+status]').equals([villageId, 'active']).toArray()
      : db.measures.where('status').equals('active').toArray(),
    db.measures.where('releasedOn').above(day).toArray(),
  ])
  const releasedHere = released.filter((m) => m.status === 'released' && (!villageId || m.villageId === villageId))
  return [...active, ...releasedHere]
}

/** Episodes registered in [from, to) (the `createdAt` index). */
export function episodesCreatedBetween(db: CommandPostDatabase, from: Instant, to: Instant): Promise<Episode[]> {
  return db.episodes.where('createdAt').between(from, to, true, false).toArray()
}

type KindCounts = Record<EpisodeKind | 'total', number>

function kindCounts(counts: readonly number[]): KindCounts {
  const out = { total: 0 } as KindCounts
  REGISTRATION_KINDS.forEach((kind, i) => {
    out[kind] = counts[i] ?? 0
    out.total += out[kind]
  })
  return out
}

/** Registrations in [from, to) counted on the `[kind+createdAt]` index: the database walks the span's entries. */
async function countedBetween(db: CommandPostDatabase, from: Instant, to: Instant): Promise<KindCounts> {
  if (to <= from) return kindCounts([])
  return kindCounts(
    await Promise.all(
      REGISTRATION_KINDS.map((kind) =>
        db.episodes.where('[kind+createdAt]').between([kind, from], [kind, to], true, false).count(),
      ),
    ),
  )
}

/** More whole days than this in a span and it is counted on the index (a span of years needs no day list). */
const MAX_TALLIED_DAYS = 400

/** The local days lying wholly inside [from, to), in order. */
function wholeDaysIn(from: Instant, to: Instant): LocalDate[] {
  const days: LocalDate[] = []
  let day = dayOf(from)
  if (startOfDay(day) < from) day = plusDays(day, 1)
  while (startOfDay(plusDays(day, 1)) <= to && days.length <= MAX_TALLIED_DAYS) {
    days.push(day)
    day = plusDays(day, 1)
  }
  return days
}

/**
 * Episodes registered in [from, to) by category and in total. Whole local days are read from the maintained
 * day counters (`episodes.kindDay:<kind>|<day>`, v23: one row per category and day), the hours before the first
 * midnight and after the last counted on `[kind+createdAt]` in the database. No episode row is read: a day's
 * import is 20k rows, and even counting them on the index walked them (a quarter of a second).
 */
export async function registrationsBetween(db: CommandPostDatabase, from: Instant, to: Instant): Promise<KindCounts> {
  const days = wholeDaysIn(from, to)
  if (days.length === 0 || days.length > MAX_TALLIED_DAYS) return countedBetween(db, from, to)
  const wholeFrom = startOfDay(days[0])
  const wholeTo = startOfDay(plusDays(days[days.length - 1], 1))
  const [head, tail, tallies] = await Promise.all([
    countedBetween(db, from, wholeFrom),
    countedBetween(db, wholeTo, to),
    db.tallies.bulkGet(days.flatMap((day) => REGISTRATION_KINDS.map((kind) => registrationDayKey(kind, day)))),
  ])
  const perKind = REGISTRATION_KINDS.map((kind, k) => {
    let n = head[kind] + tail[kind]
    for (let d = 0; d < days.length; d++) n += tallies[d * REGISTRATION_KINDS.length + k]?.count ?? 0
    return n
  })
  return kindCounts(perKind)
}

/**
 * How many episodes were registered in each of the spans [bounds[i], bounds[i + 1]) ({@link registrationsBetween}
 * each: a day from midnight to midnight is its counters, a few rows).
 */
export async function registrationCounts(db: CommandPostDatabase, bounds: readonly Instant[]): Promise<number[]> {
  const spans = await Promise.all(bounds.slice(1).map((to, i) => registrationsBetween(db, bounds[i], to)))
  return spans.map((counts) => counts.total)
}

/**
 * The villages of people, by person id ('' for a person with none or unknown): their rows by id. (Every listed
 * person's village from the `[villageId+latestArrival]` keys was tried for many people: one `getAllKeys` per
 * village still walks all 120k entries, about a second, where a day's 5k rows by id took 150 ms.)
 */
export async function villagesOfPeople(db: CommandPostDatabase, personIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(personIds)]
  const rows = await db.persons.bulkGet(ids)
  return new Map(ids.map((id, i) => [id, rows[i]?.villageId ?? '']))
}

/** Health checks with a fever on a day of [first, last] (the sparse `feverOn` index). */
export function feversBetween(db: CommandPostDatabase, first: LocalDate, last: LocalDate): Promise<HealthCheck[]> {
  if (last < first) return Promise.resolve([])
  return db.healthChecks.where('feverOn').between(first, last, true, true).toArray()
}

/**
 * Test appointments touching [first, last]: due on one of its days (`dueOn`, v12), sampled on one (`sampledOn`,
 * v12) or positive on one (`positiveOn`); each test once.
 */
export async function testsTouching(
  db: CommandPostDatabase,
  first: LocalDate,
  last: LocalDate,
): Promise<NucleicTest[]> {
  if (last < first) return []
  const [due, sampled, positive] = await Promise.all(
    (['dueOn', 'sampledOn', 'positiveOn'] as const).map((index) =>
      db.nucleicTests.where(index).between(first, last, true, true).toArray(),
    ),
  )
  return [...new Map([...due, ...sampled, ...positive].map((t) => [t.id, t])).values()]
}

/** Tests with no result due before `day` (the sparse `openDue` index). */
export function openTestsBefore(db: CommandPostDatabase, day: LocalDate): Promise<NucleicTest[]> {
  return db.nucleicTests.where('openDue').below(day).toArray()
}

/** Tests whose result came in after `since` (the sparse `closedAt` index, v22). */
export function testsClosedSince(db: CommandPostDatabase, since: Instant): Promise<NucleicTest[]> {
  return db.nucleicTests.where('closedAt').above(since).toArray()
}

/** Incidents still open (the `state` index). */
export function openIncidents(db: CommandPostDatabase): Promise<Incident[]> {
  return db.incidents.where('state').equals('open').toArray()
}

/**
 * Incidents open at some instant since `since`: those still open and those closed at or after it (the closed are
 * a township's few dozen a year, read on `state` and kept by `closedAt`).
 */
export async function incidentsOpenSince(db: CommandPostDatabase, since: Instant): Promise<Incident[]> {
  const [open, closed] = await Promise.all([openIncidents(db), db.incidents.where('state').equals('closed').toArray()])
  return [...open, ...closed.filter((i) => i.closedAt !== undefined && i.closedAt >= since)]
}

/**
 * Rows of the given county lists received or verified after `since` (the `createdAt` and `verifiedAt` indexes,
 * v21), each once: what moved the lists' figures since then.
 */
export async function countyRowsChangedSince(
  db: CommandPostDatabase,
  listIds: readonly string[],
  since: Instant,
): Promise<CountyListRow[]> {
  const [received, verified] = await Promise.all([
    db.countyListRows.where('createdAt').above(since).toArray(),
    db.countyListRows.where('verifiedAt').above(since).toArray(),
  ])
  const lists = new Set(listIds)
  const rows = new Map([...received, ...verified].map((row) => [row.id, row]))
  return [...rows.values()].filter((row) => lists.has(row.listId))
}

/**
 * Rows of the given county lists assigned to a village: all of them (an index count on `[listId+villageId]`) and
 * those not yet verified.
 */
export async function countyRowsOfVillage(
  db: CommandPostDatabase,
  listIds: readonly string[],
  villageId: string,
): Promise<{ total: number; unverified: number }> {
  const counts = { total: 0, unverified: 0 }
  for (const listId of listIds) {
    const rows = db.countyListRows.where('[listId+villageId]').equals([listId, villageId])
    counts.total += await rows.count()
    counts.unverified += await rows.filter((row) => row.result === '').count()
  }
  return counts
}

/**
 * Rows of the given county lists per village they are assigned to: all of them (counted per village on
 * `[listId+villageId]`, no rows read) and those not yet verified (`[listId+result]`, result '').
 */
export async function countyRowsByVillage(
  db: CommandPostDatabase,
  listIds: readonly string[],
): Promise<Map<string, { total: number; unverified: number }>> {
  const counts = new Map<string, { total: number; unverified: number }>()
  const of = (villageId: string) => {
    const found = counts.get(villageId)
    if (found) return found
    const fresh = { total: 0, unverified: 0 }
    counts.set(villageId, fresh)
    return fresh
  }
  for (const listId of listIds) {
    // The list's villages (a cursor that skips to the next village: one step per village, not per row), then
    // each village's rows counted in the database. Not the index's keys: one cursor step per row.
    const pairs = (await db.countyListRows
      .where('[listId+villageId]')
      .between([listId, Dexie.minKey], [listId, Dexie.maxKey])
      .uniqueKeys()) as unknown as [string, string][]
    const totals = await Promise.all(
      pairs.map((pair) => db.countyListRows.where('[listId+villageId]').equals(pair).count()),
    )
    pairs.forEach(([, villageId], i) => (of(villageId).total += totals[i]))
    const rows = await db.countyListRows.where('[listId+result]').equals([listId, '']).toArray()
    for (const row of rows) of(row.villageId).unverified++
  }
  return counts
}

/**
 * 累计排查 at an instant: the episodes registered before `at`, by category and in total — each category's
 * maintained count (`tallies`, v20) less its episodes registered at `at` or later, an index count on
 * `[kind+createdAt]` over the recent days only (docs/figures.md).
 */
export async function registrationsBefore(db: CommandPostDatabase, at: Instant): Promise<KindCounts> {
  const [tallies, since] = await Promise.all([
    db.tallies.bulkGet(REGISTRATION_KINDS.map((kind) => tallyKey('episodes', 'kind', kind))),
    countedBetween(db, at, Infinity),
  ])
  return kindCounts(REGISTRATION_KINDS.map((kind, i) => (tallies[i]?.count ?? 0) - since[kind]))
}

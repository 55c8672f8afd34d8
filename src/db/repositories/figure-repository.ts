import type { Instant, LocalDate } from '@/domain/common/entity'
import type { HealthCheck } from '@/domain/control/health-check'
import type { ControlMeasure } from '@/domain/control/measure'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import type { Incident } from '@/domain/log/incident'
import type { Episode } from '@/domain/person/person'
import type { CommandPostDatabase } from '../database'

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

/** Only the registration instants of [from, to): a trend needs no more, and keys cost far less than rows. */
export async function registrationInstants(db: CommandPostDatabase, from: Instant, to: Instant): Promise<number[]> {
  const keys = await db.episodes.where('createdAt').between(from, to, true, false).keys()
  return keys as number[]
}

/** The villages of people, by person id ('' for a person with none). */
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

/** Incidents still open (the `state` index). */
export function openIncidents(db: CommandPostDatabase): Promise<Incident[]> {
  return db.incidents.where('state').equals('open').toArray()
}

/** Rows of the given county lists assigned to a village and not yet verified (`[listId+villageId]`). */
export async function unverifiedRowsOfVillage(
  db: CommandPostDatabase,
  listIds: readonly string[],
  villageId: string,
): Promise<number> {
  let n = 0
  for (const listId of listIds)
    n += await db.countyListRows
      .where('[listId+villageId]')
      .equals([listId, villageId])
      .filter((row) => row.result === '')
      .count()
  return n
}

/** Unverified rows of the given county lists per village they are assigned to (`[listId+result]`, result ''). */
export async function unverifiedRowsByVillage(
  db: CommandPostDatabase,
  listIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const listId of listIds) {
    const rows = await db.countyListRows.where('[listId+result]').equals([listId, '']).toArray()
    for (const row of rows) counts.set(row.villageId, (counts.get(row.villageId) ?? 0) + 1)
  }
  return counts
}

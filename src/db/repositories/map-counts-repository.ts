import Dexie from 'dexie'
import type { LocalDate } from '@/domain/common/entity'
import type { ControlMeasure } from '@/domain/control/measure'
import { daysBetween, type CountSources } from '@/domain/map/village-counts'
import type { EpisodeKind } from '@/domain/person/person'
import type { CommandPostDatabase } from '../database'
import { kindKeyPrefix } from '../person-row'
import { villagePeopleKey } from '../tallies'

/**
 * People on the register per village (listed people only: retired and merged people count nowhere), from the
 * maintained counters (v24, db/tallies.ts): one read of a row per village. Counting each village on
 * `[villageId+latestArrival]` walked every person's index entry, 1–2 s of the database's time at 100k people on
 * every visit to the map, and every later read queued behind it.
 */
export async function countPeopleByVillage(
  db: CommandPostDatabase,
  villageIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db.tallies.bulkGet(villageIds.map(villagePeopleKey))
  return new Map(villageIds.map((id, i) => [id, rows[i]?.count ?? 0]))
}

/**
 * Measures that hold someone on some day from `first` on: active or released ones whose planned end is on or
 * after `first` (the `[status+plannedEnd]` index; a measure ends at its planned end or earlier), started by `last`.
 */
export async function measuresOverlapping(
  db: CommandPostDatabase,
  first: LocalDate,
  last: LocalDate,
): Promise<ControlMeasure[]> {
  const range = (status: string) =>
    db.measures.where('[status+plannedEnd]').between([status, first], [status, Dexie.maxKey], true, true).toArray()
  const [active, released] = await Promise.all([range('active'), range('released')])
  return [...active, ...released].filter((m) => m.startDate <= last)
}

/**
 * The window's sources besides the measures (whose test days give the tests due): tests still open (the sparse
 * `openDue` index, as 今日管控 reads them), positives and fevers from `first` to `last` (the sparse `positiveOn`
 * and `feverOn` indexes), and, for the kinds asked, people registered on each of those days per village (counts
 * on the `kindKeys` or `[villageId+latestArrival]` index: no person row is read).
 */
export async function countSourcesFor(
  db: CommandPostDatabase,
  villageIds: readonly string[],
  kinds: readonly (EpisodeKind | '')[],
  first: LocalDate,
  last: LocalDate,
): Promise<Omit<CountSources, 'measures'>> {
  const [open, positives, fevers, arrivals] = await Promise.all([
    db.nucleicTests.where('openDue').belowOrEqual(last).toArray(),
    db.nucleicTests.where('positiveOn').between(first, last, true, true).toArray(),
    db.healthChecks.where('feverOn').between(first, last, true, true).toArray(),
    arrivalsBetween(db, villageIds, kinds, first, last),
  ])
  return {
    openTests: open.map((t) => ({ villageId: t.villageId, dueOn: t.dueOn })),
    positives: positives.map((t) => ({ villageId: t.villageId, day: t.positiveOn ?? t.dueOn })),
    fevers: fevers.map((f) => ({ villageId: f.villageId, date: f.date })),
    arrivals,
  }
}

/**
 * People registered on each day of [first, last], per village and kind asked: one count per village, kind and
 * day, made inside the database in one transaction (a few thousand counts). Not the index's keys: Dexie walks
 * keys with a cursor, one round trip per person, tens of thousands over a replay's two months.
 */
async function arrivalsBetween(
  db: CommandPostDatabase,
  villageIds: readonly string[],
  kinds: readonly (EpisodeKind | '')[],
  first: LocalDate,
  last: LocalDate,
): Promise<CountSources['arrivals']> {
  if (kinds.length === 0 || villageIds.length === 0) return []
  const days = daysBetween(first, last)
  return db.transaction('r', db.persons, async () => {
    const reads = kinds.flatMap((kind) =>
      villageIds.flatMap((villageId) =>
        days.map(async (day) => {
          // Any kind: the person's latest day by village; one kind: that kind's key of the village.
          const count =
            kind === ''
              ? await db.persons.where('[villageId+latestArrival]').equals([villageId, day]).count()
              : await db.persons
                  .where('kindKeys')
                  .equals(kindKeyPrefix(kind, { villageId }) + day)
                  .count()
          return { villageId, kind: kind || ('any' as const), day, count }
        }),
      ),
    )
    return (await Promise.all(reads)).filter((arrival) => arrival.count > 0)
  })
}

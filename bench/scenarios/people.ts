import { createRandom } from '@/domain/demo/random'
import { localToday } from '@/domain/person/dates'
import type { EpisodeKind } from '@/domain/person/person'
import type { CommandPostDatabase } from '@/db/database'
import { listPeople, type PeopleQuery } from '@/db/repositories/person-list-repository'
import { findPersonByDocument } from '@/db/repositories/person-repository'
import { benchPeople, EPISODES, PERSONS } from './people-data'
import { roundMs, timed, type Figure, type ScenarioSet } from './scenario'
import { benchVillagesIn } from './villages'

const LOOKUPS = 50
const RUNS = 9
/** Rows per bulkAdd: one transaction each, so a batch's structured clones stay a few MB. */
const BATCH = 10_000
/** The people list's page size (stores/people.ts). */
const PAGE = { page: 1, pageSize: 20 }
/** Pinyin initials of common two-character names (王伟, 张伟, 李娟, 刘洋…): a clerk's typical quick search. */
const INITIALS = ['zw', 'wj', 'lj', 'ly', 'zl', 'wf', 'cj', 'lx', 'zh']
const KINDS: EpisodeKind[] = ['close-contact', 'returnee', 'county-list', 'incoming', 'secondary-contact']

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Runs each query once, timed; the figure is the median. A query that finds nothing is a broken bench. */
async function medianOf(db: CommandPostDatabase, queries: PeopleQuery[]): Promise<number> {
  const times: number[] = []
  for (const query of queries) {
    const { result, ms } = await timed(() => listPeople(db, query))
    if (result.items.length === 0) throw new Error(`people bench query found nothing: ${JSON.stringify(query)}`)
    times.push(ms)
  }
  return median(times)
}

/**
 * `people.bulk100k`: 100k person rows (built by the repositories' buildPersonRow) and 150k episodes in
 * bulkAdd batches. Then, in the page: `people.lookup.byDocument` (median of 50 findPersonByDocument),
 * `people.list.firstPage` and `people.list.filter` (the slowest median of three realistic filters, each also
 * reported on its own) through listPeople. The list's UI probe comes with the people screen.
 */
export const peopleScenarios: ScenarioSet = {
  area: 'people',
  async seed({ db, actor, townshipCode }) {
    const villages = await benchVillagesIn(db, actor, townshipCode)
    const today = localToday()
    // Built before the clock starts: the figure is the write, not the generator.
    const data = benchPeople(villages, today, townshipCode.slice(0, 6))
    if (data.rows.length !== PERSONS || data.episodes.length !== EPISODES)
      throw new Error(`people bench built ${data.rows.length} people and ${data.episodes.length} episodes`)
    const write = await timed(async () => {
      for (let i = 0; i < data.rows.length; i += BATCH) await db.persons.bulkAdd(data.rows.slice(i, i + BATCH))
      for (let i = 0; i < data.episodes.length; i += BATCH) await db.episodes.bulkAdd(data.episodes.slice(i, i + BATCH))
    })

    const random = createRandom('bench/people/queries')
    const lookups: number[] = []
    for (const row of random.sample(data.rows, LOOKUPS)) {
      const { result, ms } = await timed(() => findPersonByDocument(db, row.documentType, row.documentNumber))
      if (result?.id !== row.id) throw new Error(`findPersonByDocument missed ${row.id}`)
      lookups.push(ms)
    }

    const runs = (make: (i: number) => Partial<PeopleQuery>) =>
      Array.from({ length: RUNS }, (_, i) => ({ ...PAGE, ...make(i) }))
    // One untimed call: the first query of a session also pays for compiling the code path.
    await listPeople(db, PAGE)
    const firstPage = await medianOf(
      db,
      runs(() => ({})),
    )
    const filters = {
      villageKind: await medianOf(
        db,
        runs((i) => ({ villageId: villages[i % villages.length].id, kind: KINDS[i % KINDS.length] })),
      ),
      initials: await medianOf(
        db,
        runs((i) => ({ text: INITIALS[i % INITIALS.length] })),
      ),
      villageInitials: await medianOf(
        db,
        runs((i) => ({ villageId: villages[i % villages.length].id, text: INITIALS[i % INITIALS.length].slice(0, 1) })),
      ),
      riskKind: await medianOf(
        db,
        runs((i) => ({ risk: (['high', 'medium', 'low'] as const)[i % 3], kind: KINDS[i % KINDS.length] })),
      ),
      arrivalRange: await medianOf(
        db,
        runs((i) => {
          const to = new Date(Date.now() - i * 5 * 86_400_000)
          const from = new Date(to.getTime() - 6 * 86_400_000)
          return { arrivalFrom: localToday(from), arrivalTo: localToday(to) }
        }),
      ),
    }
    const ms = (name: string, value: number, target: number | null): Figure => ({
      name,
      value: roundMs(value),
      unit: 'ms',
      target,
    })
    return {
      figures: [
        ms('people.bulk100k', write.ms, null),
        ms('people.lookup.byDocument', median(lookups), 10),
        ms('people.list.firstPage', firstPage, 100),
        ms('people.list.filter', Math.max(...Object.values(filters)), 100),
        ms('people.list.filter.villageKind', filters.villageKind, 100),
        ms('people.list.filter.initials', filters.initials, 100),
        ms('people.list.filter.arrivalRange', filters.arrivalRange, 100),
        ms('people.list.filter.villageInitials', filters.villageInitials, 100),
        ms('people.list.filter.riskKind', filters.riskKind, 100),
      ],
      probes: [],
    }
  },
}

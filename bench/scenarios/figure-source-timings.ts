import type { FigurePlan } from '@/domain/figures/compute-figures'
import type { CommandPostDatabase } from '@/db/database'
import { episodesCreatedBetween, villagesOfPeople } from '@/db/repositories/figure-repository'
import { figureSourceReads } from '@/services/figures/figure-sources'
import { roundMs, timed, type Figure } from './scenario'

/**
 * What the figures of a plan read, source by source (one after the other, not live): `<prefix>.source.<name>`
 * the milliseconds, `<prefix>.rows.<name>` the rows it returned. With `split`, also what splitting them by
 * village reads: the registrations' rows and their people's villages. Where a slow figure comes from.
 */
export async function figureSourceTimings(
  db: CommandPostDatabase,
  plan: FigurePlan,
  prefix: string,
  split = false,
): Promise<Figure[]> {
  const reads: [string, () => Promise<unknown>][] = Object.entries(figureSourceReads(db, plan))
  if (split) {
    const episodes = () => episodesCreatedBetween(db, plan.previousFrom, plan.to)
    const ids = (await episodes()).map((e) => e.personId)
    reads.push(['episodeRows', episodes])
    reads.push(['personVillages', async () => [...(await villagesOfPeople(db, ids)).keys()]])
  }
  const figures: Figure[] = []
  for (const [name, read] of reads) {
    const { result, ms } = await timed(read)
    const rows = Array.isArray(result) ? result.length : 1
    figures.push({ name: `${prefix}.source.${name}`, value: roundMs(ms), unit: 'ms', target: null })
    figures.push({ name: `${prefix}.rows.${name}`, value: rows, unit: 'count', target: null })
  }
  return figures
}

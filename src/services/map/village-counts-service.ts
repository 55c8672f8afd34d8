// The map's per-village figures (hover, replay, suggestion rules) in one small module, read through the control
// and people indexes. Shared township/village figures may replace it at merge: the map only needs a CountsByDay.
import type { LocalDate } from '@/domain/common/entity'
import { addDays, REPLAY_DAYS } from '@/domain/map/replay'
import { arrivalKindsAsked, longestLookBack, type RiskRule } from '@/domain/map/risk-rules'
import { countVillages, type CountsByDay } from '@/domain/map/village-counts'
import type { CommandPostDatabase } from '@/db/database'
import { countSourcesFor, measuresOverlapping } from '@/db/repositories/map-counts-repository'

/** The first day the counts cover: the replay's first day less the rules' longest look-back. */
export function countsWindowStart(today: LocalDate, rules: readonly RiskRule[]): LocalDate {
  return addDays(today, -(REPLAY_DAYS - 1) - (longestLookBack(rules) - 1))
}

/**
 * Every village's counts on each day of the replay window (and the rules' look-back before it): people under each
 * kind of measure, fevers, tests due and overdue, positives, and the registrations the rules ask about. Reads
 * only through indexes: measures by `[status+plannedEnd]`, tests by `openDue` and `positiveOn`, fevers by
 * `feverOn`, people by `kindKeys` / `[villageId+latestArrival]`.
 */
export async function loadVillageCounts(
  db: CommandPostDatabase,
  villageIds: readonly string[],
  rules: readonly RiskRule[],
  today: LocalDate,
): Promise<CountsByDay> {
  const first = countsWindowStart(today, rules)
  const [measures, sources] = await Promise.all([
    measuresOverlapping(db, first, today),
    countSourcesFor(db, villageIds, arrivalKindsAsked(rules), first, today),
  ])
  return countVillages({ measures, ...sources }, first, today)
}

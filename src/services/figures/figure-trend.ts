import type { Instant, LocalDate } from '@/domain/common/entity'
import { plusDays } from '@/domain/control/calendar'
import { countFevers, countReleases, testCounts, underControlOn } from '@/domain/figures/figure-counts'
import type { TrendKey } from '@/domain/figures/figure-keys'
import type { FigureTrend } from '@/domain/figures/figure-value'
import { dayOf, startOfDay, trailingDays } from '@/domain/figures/figure-window'
import type { CommandPostDatabase } from '@/db/database'
import {
  feversBetween,
  measuresLiveAfter,
  registrationCounts,
  testsTouching,
} from '@/db/repositories/figure-repository'

/** Registrations of each day, midnight to midnight: a count per day on the `createdAt` index. */
function registrationsPerDay(db: CommandPostDatabase, days: LocalDate[]): Promise<number[]> {
  return registrationCounts(db, [...days.map(startOfDay), startOfDay(plusDays(days[days.length - 1], 1))])
}

async function valuesOf(db: CommandPostDatabase, key: TrendKey, days: LocalDate[]): Promise<number[]> {
  const first = days[0]
  const last = days[days.length - 1]
  switch (key) {
    case 'registrations.total':
      return registrationsPerDay(db, days)
    case 'underControl.total':
    case 'releases': {
      const measures = await measuresLiveAfter(db, plusDays(first, -1))
      return key === 'releases'
        ? days.map((d) => countReleases(measures, d, d))
        : days.map((d) => underControlOn(measures, d).total)
    }
    case 'fevers': {
      const fevers = await feversBetween(db, first, last)
      return days.map((d) => countFevers(fevers, d, d))
    }
    default: {
      const tests = await testsTouching(db, first, last)
      const field = key === 'tests.due' ? 'due' : key === 'tests.done' ? 'done' : 'positive'
      return days.map((d) => testCounts(tests, d, d)[field])
    }
  }
}

/**
 * A figure day by day over the `days` days ending today (7, 14 or 30 on the board): each day's count over that
 * day's window (midnight to midnight), or for people under control the level on that day — the same
 * definitions as {@link townshipFigures}, one read of the whole span through the figure's index.
 */
export async function figureTrend(
  db: CommandPostDatabase,
  key: TrendKey,
  days: number,
  now: Instant = Date.now(),
): Promise<FigureTrend> {
  const span = trailingDays(dayOf(now), days)
  return { key, days: span, values: await valuesOf(db, key, span) }
}

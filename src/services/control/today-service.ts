import type { LocalDate } from '@/domain/common/entity'
import { plusDays } from '@/domain/control/calendar'
import { CHECKED_TYPES, typeOn, type ControlMeasure } from '@/domain/control/measure'
import { missedDays } from '@/domain/control/health-check'
import type { HealthCheck } from '@/domain/control/health-check'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import type { CommandPostDatabase } from '@/db/database'
import { feversSince } from '@/db/repositories/control/health-check-repository'
import {
  activeEndingOn,
  activeNotSeenSince,
  countActive,
  getMeasures,
} from '@/db/repositories/control/measure-repository'
import { openTestsUntil, positivesSince } from '@/db/repositories/control/nucleic-test-repository'
import { siteStatuses, type SiteStatus } from './site-service'

/** A person missed for some days. */
export interface MissedPerson {
  measure: ControlMeasure
  days: number
}

/** The duty officer's day: what is due, overdue, ending, missed, feverish, and where rooms are free. */
export interface TodayOverview {
  today: LocalDate
  testsDue: NucleicTest[]
  testsOverdue: NucleicTest[]
  positives: NucleicTest[]
  endingToday: ControlMeasure[]
  missed: MissedPerson[]
  /** Fever checks, latest first, with the person's name. */
  fevers: { check: HealthCheck; personName: string }[]
  sites: SiteStatus[]
  activeCount: number
}

async function namedFevers(db: CommandPostDatabase, fevers: HealthCheck[]) {
  const measures = await getMeasures(db, [...new Set(fevers.map((f) => f.measureId))])
  const names = new Map(measures.map((m) => [m.id, m.personName]))
  return fevers
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((check) => ({ check, personName: names.get(check.measureId) ?? '' }))
}

/**
 * Everything the today screen lists, read through indexes: open tests due by today, positives and fevers of the
 * last `lookBack` days, active measures ending today and those missed for `missedAfter` days or more (each
 * through its own index, never all active measures), site occupancy.
 */
export async function todayOverview(
  db: CommandPostDatabase,
  today: LocalDate,
  missedAfter: number,
  lookBack = 3,
): Promise<TodayOverview> {
  const since = plusDays(today, -lookBack + 1)
  const [open, positives, fevers, activeCount, endingToday, notSeen, sites] = await Promise.all([
    openTestsUntil(db, today),
    positivesSince(db, since),
    feversSince(db, since),
    countActive(db),
    activeEndingOn(db, today),
    // Not seen on the N days before today: last seen before today − N (or never).
    activeNotSeenSince(db, plusDays(today, -missedAfter)),
    siteStatuses(db),
  ])
  const missed = notSeen
    .filter((m) => m.startDate < today && CHECKED_TYPES.includes(typeOn(m, plusDays(today, -1))))
    .map((measure) => ({ measure, days: missedDays(measure, today) }))
    .filter((m) => m.days >= missedAfter)
    .sort((a, b) => b.days - a.days)
  const byDue = (a: NucleicTest, b: NucleicTest) => a.dueOn.localeCompare(b.dueOn)
  return {
    today,
    testsDue: open.filter((t) => t.dueOn === today).sort(byDue),
    testsOverdue: open.filter((t) => t.dueOn < today).sort(byDue),
    positives: positives.sort((a, b) => b.dueOn.localeCompare(a.dueOn)),
    endingToday,
    missed,
    fevers: await namedFevers(db, fevers),
    sites,
    activeCount,
  }
}

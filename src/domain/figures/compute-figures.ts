import type { Instant, LocalDate } from '../common/entity'
import { plusDays } from '../control/calendar'
import type { HealthCheck } from '../control/health-check'
import type { NucleicTest } from '../control/nucleic-test'
import type { Episode, EpisodeKind } from '../person/person'
import {
  countActiveIncidents,
  countFevers,
  countOverdueTests,
  countOverdueTestsAt,
  countReleases,
  orderCounts,
  ordersOpenedClosed,
  registrationsByKind,
  testCounts,
  underControlOn,
  type CountedMeasure,
  countyRowsAt,
  type CountedCountyRow,
  type CountedIncident,
  type CountedOrder,
} from './figure-counts'
import { CONTROL_TYPES, REGISTRATION_KINDS, type ScreenedKey, type VillageFigureKey } from './figure-keys'
import { figureValue, type FigureValue } from './figure-value'
import { levelDay, previousWindow, windowDays, windowInstants, type FigureWindow } from './figure-window'

/** The instants and days a window's figures are read for. */
export interface FigurePlan {
  window: FigureWindow
  previous: FigureWindow
  /** Counts: [from, to) and the window before it. */
  from: Instant
  to: Instant
  previousFrom: Instant
  days: { first: LocalDate; last: LocalDate }
  previousDays: { first: LocalDate; last: LocalDate }
  /** Levels: read at the window's end (never later than now) and at its start. */
  levelAt: Instant
  levelOn: LocalDate
  previousLevelOn: LocalDate
  /** Measures released after this day must be read (releases of both windows, the level at the start). */
  releasedAfter: LocalDate
}

/** What to read for a window at `now`. */
export function figurePlan(window: FigureWindow, now: Instant): FigurePlan {
  const { from, to } = windowInstants(window)
  const previous = previousWindow(window)
  const days = windowDays(window)
  const previousDays = windowDays(previous)
  const levelAt = Math.min(to, now)
  const previousLevelOn = levelDay(from)
  const beforePrevious = plusDays(previousDays.first, -1)
  return {
    window,
    previous,
    from,
    to,
    previousFrom: windowInstants(previous).from,
    days,
    previousDays,
    levelAt,
    levelOn: levelDay(levelAt),
    previousLevelOn,
    releasedAfter: beforePrevious < previousLevelOn ? beforePrevious : previousLevelOn,
  }
}

/** Registrations by category: of the window [from, to) and of the one before, [previousFrom, from). */
export interface PlanRegistrations {
  now: Record<EpisodeKind | 'total', number>
  before: Record<EpisodeKind | 'total', number>
}

/**
 * A plan's registrations counted from episode rows (a village's, split from the township's): each episode
 * registered in [previousFrom, to) is one registration of the window or of the one before.
 */
export function registrationsOf(
  plan: FigurePlan,
  episodes: readonly Pick<Episode, 'kind' | 'createdAt'>[],
): PlanRegistrations {
  return {
    now: registrationsByKind(between(episodes, plan.from, plan.to)),
    before: registrationsByKind(between(episodes, plan.previousFrom, plan.from)),
  }
}

/** The registers' rows a window's figures are computed from (a village's rows only, for a village). */
export interface FigureSources {
  /** Active measures and those released after `plan.releasedAfter`. */
  measures: CountedMeasure[]
  /**
   * New registrations of the plan's two windows: counted in the database for the township (no row read), from
   * the rows for a village ({@link registrationsOf}).
   */
  registrations: PlanRegistrations
  /** Fever checks of the previous window's first day to the window's last. */
  fevers: Pick<HealthCheck, 'feverOn'>[]
  /** Tests due, sampled or positive on those days. */
  tests: Pick<NucleicTest, 'dueOn' | 'sampledOn' | 'positiveOn' | 'result'>[]
  /** Open tests due before `plan.levelOn`. */
  overdueTests: Pick<NucleicTest, 'openDue' | 'createdAt'>[]
  /** Tests whose result came in after `plan.from` (they were still open then). */
  testsClosed: Pick<NucleicTest, 'dueOn' | 'createdAt' | 'closedAt'>[]
  /** Unfinished orders and those done since `plan.previousFrom`. */
  orders: CountedOrder[]
  /** Open incidents and those closed since `plan.previousFrom`. */
  incidents: CountedIncident[]
  /** Rows of the county lists not retired: all of them, verified, and still to verify. */
  county: CountyRows
  /** Rows of those lists received or verified after `plan.from` (each once). */
  countyChanges: CountedCountyRow[]
}

/** County-list rows of the lists not retired (one village's, for a village). */
export interface CountyRows {
  total: number
  unverified: number
}

function between<T extends { createdAt: Instant }>(rows: readonly T[], from: Instant, to: Instant): T[] {
  return rows.filter((r) => r.createdAt >= from && r.createdAt < to)
}

/** Every figure a village has (and the township's, but for supplies), from the rows read for the plan. */
export function computeFigures(plan: FigurePlan, s: FigureSources): Record<VillageFigureKey, FigureValue> {
  const out = {} as Record<VillageFigureKey, FigureValue>
  const control = underControlOn(s.measures, plan.levelOn)
  const controlBefore = underControlOn(s.measures, plan.previousLevelOn)
  out['underControl.total'] = figureValue(control.total, controlBefore.total)
  for (const t of CONTROL_TYPES) out[`underControl.${t}`] = figureValue(control[t], controlBefore[t])
  const { now: registered, before: registeredBefore } = s.registrations
  out['registrations.total'] = figureValue(registered.total, registeredBefore.total)
  for (const k of REGISTRATION_KINDS) out[`registrations.${k}`] = figureValue(registered[k], registeredBefore[k])
  const { days: d, previousDays: p } = plan
  out.releases = figureValue(countReleases(s.measures, d.first, d.last), countReleases(s.measures, p.first, p.last))
  out.fevers = figureValue(countFevers(s.fevers, d.first, d.last), countFevers(s.fevers, p.first, p.last))
  const tests = testCounts(s.tests, d.first, d.last)
  const testsBefore = testCounts(s.tests, p.first, p.last)
  out['tests.due'] = figureValue(tests.due, testsBefore.due)
  out['tests.done'] = figureValue(tests.done, testsBefore.done)
  out['tests.positive'] = figureValue(tests.positive, testsBefore.positive)
  out['tests.overdue'] = figureValue(
    countOverdueTests(s.overdueTests, plan.levelOn),
    countOverdueTestsAt(s.overdueTests, s.testsClosed, plan.previousLevelOn, plan.from),
  )
  // The counts are today's; the rows received or verified since the window's start give its end and its start.
  const county = countyRowsAt(s.county, s.countyChanges, plan.levelAt)
  const countyBefore = countyRowsAt(s.county, s.countyChanges, plan.from)
  out['countyList.total'] = figureValue(county.total, countyBefore.total)
  out['countyList.verified'] = figureValue(
    county.total - county.unverified,
    countyBefore.total - countyBefore.unverified,
  )
  out['countyList.unverified'] = figureValue(county.unverified, countyBefore.unverified)
  const moved = ordersOpenedClosed(s.orders, plan.from, plan.to)
  const movedBefore = ordersOpenedClosed(s.orders, plan.previousFrom, plan.from)
  out['orders.opened'] = figureValue(moved.opened, movedBefore.opened)
  out['orders.closed'] = figureValue(moved.closed, movedBefore.closed)
  const orders = orderCounts(s.orders, plan.levelAt)
  const ordersBefore = orderCounts(s.orders, plan.from)
  out['orders.open'] = figureValue(orders.open, ordersBefore.open)
  out['orders.overdue'] = figureValue(orders.overdue, ordersBefore.overdue)
  out['incidents.active'] = figureValue(
    countActiveIncidents(s.incidents, plan.levelAt),
    countActiveIncidents(s.incidents, plan.from),
  )
  return out
}

/**
 * 累计排查 from counts already made (what the app does: index counts, docs/figures.md): `now` the registrations by
 * category before `plan.levelAt`, `before` those before `plan.from` — figure-counts' `screenedBefore` at both instants.
 */
export function screenedFigures(
  now: Record<EpisodeKind | 'total', number>,
  before: Record<EpisodeKind | 'total', number>,
): Record<ScreenedKey, FigureValue> {
  const out = { 'screened.total': figureValue(now.total, before.total) } as Record<ScreenedKey, FigureValue>
  for (const k of REGISTRATION_KINDS) out[`screened.${k}`] = figureValue(now[k], before[k])
  return out
}

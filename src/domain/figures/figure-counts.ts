import type { Instant, LocalDate } from '../common/entity'
import type { HealthCheck } from '../control/health-check'
import { typeOn, type ControlMeasure } from '../control/measure'
import type { NucleicTest } from '../control/nucleic-test'
import type { MeasureType } from '../control/rule-pack'
import type { CountyListRow } from '../county-list/county-list'
import type { Incident } from '../log/incident'
import type { Order } from '../log/order'
import type { Episode, EpisodeKind } from '../person/person'
import { CONTROL_TYPES, REGISTRATION_KINDS } from './figure-keys'

/** The measure fields the counts read. */
export type CountedMeasure = Pick<ControlMeasure, 'status' | 'startDate' | 'releasedOn' | 'segments'>

/**
 * 在管: under control on a day when the measure has started (start ≤ day) and is not released by then (active,
 * or released on a later day: the release day itself no longer counts). An active measure past its planned end
 * still counts until someone releases it. Its type is the segment's in force that day.
 */
export function isUnderControlOn(measure: CountedMeasure, day: LocalDate): boolean {
  if (measure.startDate > day) return false
  return measure.status === 'active' || measure.releasedOn > day
}

/** People under control on a day, by measure type and in total. */
export function underControlOn(
  measures: Iterable<CountedMeasure>,
  day: LocalDate,
): Record<MeasureType | 'total', number> {
  const counts = { total: 0 } as Record<MeasureType | 'total', number>
  for (const type of CONTROL_TYPES) counts[type] = 0
  for (const measure of measures) {
    if (!isUnderControlOn(measure, day)) continue
    counts[typeOn(measure, day)]++
    counts.total++
  }
  return counts
}

/** New registrations 新增登记: episodes by category (each episode is one registration, a person seen twice counts twice). */
export function registrationsByKind(episodes: Iterable<Pick<Episode, 'kind'>>): Record<EpisodeKind | 'total', number> {
  const counts = { total: 0 } as Record<EpisodeKind | 'total', number>
  for (const kind of REGISTRATION_KINDS) counts[kind] = 0
  for (const episode of episodes) {
    counts[episode.kind]++
    counts.total++
  }
  return counts
}

/** True when a day lies in [first, last]. */
export function dayWithin(day: LocalDate, first: LocalDate, last: LocalDate): boolean {
  return day !== '' && first <= day && day <= last
}

/** 解除: measures released on a day of [first, last]. */
export function countReleases(measures: Iterable<CountedMeasure>, first: LocalDate, last: LocalDate): number {
  let n = 0
  for (const m of measures) if (m.status === 'released' && dayWithin(m.releasedOn, first, last)) n++
  return n
}

/** 发热: health checks with a fever reading on a day of [first, last] (one per person and day). */
export function countFevers(checks: Iterable<Pick<HealthCheck, 'feverOn'>>, first: LocalDate, last: LocalDate): number {
  let n = 0
  for (const c of checks) if (c.feverOn !== undefined && dayWithin(c.feverOn, first, last)) n++
  return n
}

/** The test counts of a window: due (appointments on its days), done (sampled on its days), positive. */
export function testCounts(
  tests: Iterable<Pick<NucleicTest, 'dueOn' | 'sampledOn' | 'positiveOn' | 'result'>>,
  first: LocalDate,
  last: LocalDate,
): { due: number; done: number; positive: number } {
  const counts = { due: 0, done: 0, positive: 0 }
  for (const t of tests) {
    if (dayWithin(t.dueOn, first, last)) counts.due++
    if (t.result !== 'not-done' && dayWithin(t.sampledOn, first, last)) counts.done++
    if (t.positiveOn !== undefined && dayWithin(t.positiveOn, first, last)) counts.positive++
  }
  return counts
}

/** 逾期未检: tests with no result whose day is before `day`. */
export function countOverdueTests(tests: Iterable<Pick<NucleicTest, 'openDue'>>, day: LocalDate): number {
  let n = 0
  for (const t of tests) if (t.openDue !== undefined && t.openDue < day) n++
  return n
}

/**
 * 逾期未检 as it stood at an earlier instant `at`, for its level day `day`: the tests there then (created by `at`)
 * that were still without a result — open now, or closed after `at` — and due before `day`. A test closed before
 * results were dated (no `closedAt`) is not among those closed after `at`.
 */
export function countOverdueTestsAt(
  open: Iterable<Pick<NucleicTest, 'openDue' | 'createdAt'>>,
  closedSince: Iterable<Pick<NucleicTest, 'dueOn' | 'createdAt' | 'closedAt'>>,
  day: LocalDate,
  at: Instant,
): number {
  let n = 0
  for (const t of open) if (t.createdAt <= at && t.openDue !== undefined && t.openDue < day) n++
  for (const t of closedSince) if (t.createdAt <= at && (t.closedAt ?? 0) > at && t.dueOn < day) n++
  return n
}

/** The order fields the counts read. */
export type CountedOrder = Pick<Order, 'state' | 'deadline' | 'createdAt' | 'doneAt'>

/** Unfinished at an instant: issued by then and not done by then. */
export function isOrderOpenAt(order: CountedOrder, at: Instant): boolean {
  if (order.createdAt > at) return false
  return order.state !== 'done' || (order.doneAt ?? 0) > at
}

/** 未办结 and 逾期 orders at an instant (overdue: unfinished and past the deadline). */
export function orderCounts(orders: Iterable<CountedOrder>, at: Instant): { open: number; overdue: number } {
  const counts = { open: 0, overdue: 0 }
  for (const o of orders) {
    if (!isOrderOpenAt(o, at)) continue
    counts.open++
    if (at > o.deadline) counts.overdue++
  }
  return counts
}

/** 新交办 and 办结: orders issued in [from, to), and orders done in [from, to). */
export function ordersOpenedClosed(
  orders: Iterable<CountedOrder>,
  from: Instant,
  to: Instant,
): { opened: number; closed: number } {
  const counts = { opened: 0, closed: 0 }
  for (const o of orders) {
    if (o.createdAt >= from && o.createdAt < to) counts.opened++
    if (o.state === 'done' && o.doneAt !== undefined && o.doneAt >= from && o.doneAt < to) counts.closed++
  }
  return counts
}

/**
 * 累计排查: registrations (episodes) made before an instant — since the township's records begin — by category
 * and in total.
 */
export function screenedBefore(
  episodes: Iterable<Pick<Episode, 'kind' | 'createdAt'>>,
  at: Instant,
): Record<EpisodeKind | 'total', number> {
  const before = function* () {
    for (const e of episodes) if (e.createdAt < at) yield e
  }
  return registrationsByKind(before())
}

/** The county-list row fields the counts read. */
export type CountedCountyRow = Pick<CountyListRow, 'createdAt' | 'result' | 'verifiedAt'>

/**
 * The county-list rows at an earlier instant, from today's counts and the rows received or verified after it: a
 * row received later did not exist then; a row verified later was still to verify. (A list retired since, and a
 * result cleared since, are not known: they count as they stand now.)
 */
export function countyRowsAt(
  now: { total: number; unverified: number },
  changed: Iterable<CountedCountyRow>,
  at: Instant,
): { total: number; unverified: number } {
  let { total, unverified } = now
  for (const row of changed) {
    if (row.createdAt > at) {
      total--
      if (row.result === '') unverified--
    } else if (row.result !== '' && row.verifiedAt !== undefined && row.verifiedAt > at) unverified++
  }
  return { total, unverified }
}

/** The incident fields the counts read. */
export type CountedIncident = Pick<Incident, 'state' | 'reportedAt' | 'closedAt'>

/**
 * 处置中事件 at an instant: incidents reported by then and not closed by then (still open, or closed later). An
 * incident closed before closings were dated (no `closedAt`) counts as closed at every instant.
 */
export function countActiveIncidents(incidents: Iterable<CountedIncident>, at: Instant): number {
  let n = 0
  for (const i of incidents) {
    if (i.reportedAt > at) continue
    if (i.state === 'open' || (i.closedAt !== undefined && i.closedAt > at)) n++
  }
  return n
}

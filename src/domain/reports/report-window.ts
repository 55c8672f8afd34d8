import type { Instant, LocalDate } from '../common/entity'
import type { ReportWindow } from '../township/township'

/** A report's statistics window [from, to) and its deadline, as instants. */
export interface ReportPeriod {
  reportDate: LocalDate
  from: Instant
  to: Instant
  deadline: Instant
}

/** Minutes before the deadline from which the home screen warns that it is near. */
export const DEADLINE_NEAR_MINUTES = 60

function at(date: LocalDate, time: string, dayOffset = 0): Instant {
  const [y, m, d] = date.split('-').map(Number)
  const [h, min] = time.split(':').map(Number)
  return new Date(y, m - 1, d + dayOffset, h, min).getTime()
}

/** `YYYY-MM-DD` of an instant, in local time. */
export function localDateOf(instant: Instant): LocalDate {
  const d = new Date(instant)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * The window of the report due on `reportDate`: 前日 startTime to 当日 endTime (e.g. 前日11:00–当日11:00), due at
 * the deadline on the report day. A start later than the end (e.g. 16:00–08:00) still means the day before.
 */
export function reportPeriod(reportDate: LocalDate, window: ReportWindow): ReportPeriod {
  return {
    reportDate,
    from: at(reportDate, window.startTime, -1),
    to: at(reportDate, window.endTime),
    deadline: at(reportDate, window.deadline),
  }
}

/** The report the post is working on at `now`: today's (it stays today's after its deadline, until midnight). */
export function currentReportDate(now: Instant): LocalDate {
  return localDateOf(now)
}

/** How the deadline stands: submitted, still open, near (within the hour), or missed (缺报 until submitted). */
export type DeadlineState = 'submitted' | 'open' | 'near' | 'missed'

/** The deadline's state at `now` for a report submitted at `submittedAt` (or not yet). */
export function deadlineState(period: ReportPeriod, now: Instant, submittedAt?: Instant): DeadlineState {
  if (submittedAt !== undefined) return 'submitted'
  if (now > period.deadline) return 'missed'
  if (period.deadline - now <= DEADLINE_NEAR_MINUTES * 60_000) return 'near'
  return 'open'
}

/**
 * When the day's report was first submitted (its earliest submitted version): an amendment in progress does not
 * make a day that was reported on time a missed one.
 */
export function firstSubmittedAt(versions: readonly { submittedAt?: Instant }[]): Instant | undefined {
  const times = versions.map((v) => v.submittedAt).filter((t): t is Instant => t !== undefined)
  return times.length ? Math.min(...times) : undefined
}

/** True when a submission at `submittedAt` came after the deadline (迟报). */
export function submittedLate(period: ReportPeriod, submittedAt: Instant): boolean {
  return submittedAt > period.deadline
}

/** “11月29日11时” or “11月29日11时30分”: how a bulletin names an instant. */
export function bulletinTime(instant: Instant): string {
  const d = new Date(instant)
  const minutes = d.getMinutes() ? `${d.getMinutes()}分` : ''
  return `${d.getMonth() + 1}月${d.getDate()}日${d.getHours()}时${minutes}`
}

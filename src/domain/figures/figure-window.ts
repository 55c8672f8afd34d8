import type { Instant, LocalDate } from '../common/entity'
import { plusDays } from '../control/calendar'
import { localToday } from '../person/dates'
import type { ReportWindow } from '../township/township'

/**
 * 统计时段: a half-open span of time [from, to) as ISO 8601 instants, e.g. the daily report's
 * 前日11:00–当日11:00 (`2022-07-09T03:00:00.000Z` → `2022-07-10T03:00:00.000Z`) or the board's "today so far".
 */
export interface FigureWindow {
  from: string
  to: string
}

/** The window's ends as epoch milliseconds. */
export function windowInstants(window: FigureWindow): { from: Instant; to: Instant } {
  return { from: Date.parse(window.from), to: Date.parse(window.to) }
}

/** A window from two instants. */
export function windowOf(from: Instant, to: Instant): FigureWindow {
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() }
}

/** The local calendar day (this PC's time zone, the command post's) an instant falls on. */
export function dayOf(instant: Instant): LocalDate {
  return localToday(new Date(instant))
}

/** Local midnight at the start of a day. */
export function startOfDay(day: LocalDate): Instant {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d).getTime()
}

/** Local midnight to midnight of one day. */
export function dayFigureWindow(day: LocalDate): FigureWindow {
  return windowOf(startOfDay(day), startOfDay(plusDays(day, 1)))
}

/** Today from local midnight to `now`: the board's window. */
export function todaySoFar(now: Instant): FigureWindow {
  return windowOf(startOfDay(dayOf(now)), now)
}

/**
 * The days a window counts for records kept by the day (a fever on 2022-07-10, a release, a test's day): a day
 * belongs to the window that holds its start (00:00). So consecutive windows share out the days with neither gap
 * nor overlap, and the 11:00–11:00 report window counts the report day itself. `last < first` when the window
 * holds no midnight (a short window inside one day): then no dated record counts.
 */
export function windowDays(window: FigureWindow): { first: LocalDate; last: LocalDate } {
  const { from, to } = windowInstants(window)
  return { first: plusDays(dayOf(from - 1), 1), last: dayOf(to - 1) }
}

/**
 * The day a level ("people under control", "open orders") is read for at an instant taken as a window's end:
 * the day of the last moment inside the window.
 */
export function levelDay(windowEnd: Instant): LocalDate {
  return dayOf(windowEnd - 1)
}

/**
 * The window a count is compared with: the same hours, whole days earlier — as many days as the window is long,
 * rounded up (a day at least). "Today so far" (00:00–15:00) compares with yesterday 00:00–15:00, the report's
 * 24 hours with the 24 hours before, a week with the week before.
 */
export function previousWindow(window: FigureWindow): FigureWindow {
  const { from, to } = windowInstants(window)
  const days = Math.max(1, Math.ceil((to - from) / 86_400_000))
  const back = (instant: Instant) => {
    const d = new Date(instant)
    d.setDate(d.getDate() - days)
    return d.getTime()
  }
  return windowOf(back(from), back(to))
}

/** The daily report's window ending on `reportDay` (前日 startTime → 当日 endTime, local time). */
export function reportFigureWindow(
  reportDay: LocalDate,
  report: Pick<ReportWindow, 'startTime' | 'endTime'>,
): FigureWindow {
  const at = (day: LocalDate, time: string) => {
    const [h, m] = time.split(':').map(Number)
    return startOfDay(day) + (h * 60 + m) * 60_000
  }
  return windowOf(at(plusDays(reportDay, -1), report.startTime), at(reportDay, report.endTime))
}

/** The `count` days ending on `last`, oldest first (a trend's x axis). */
export function trailingDays(last: LocalDate, count: number): LocalDate[] {
  return Array.from({ length: count }, (_, i) => plusDays(last, i - count + 1))
}

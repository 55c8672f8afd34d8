import type { Instant, LocalDate } from '../common/entity'
import type { LogEntry, LogKind } from './log-entry'

/** A half-open span of time [from, to). */
export interface TimeWindow {
  from: Instant
  to: Instant
}

/** The day shift starts at 8:00, the night shift at 20:00 (DOMAIN.md: 8:00–20:00 / 20:00–8:00). */
export const SHIFT_START_HOURS = [8, 20] as const

/** Local midnight to midnight of a `YYYY-MM-DD` day. */
export function dayWindow(day: LocalDate): TimeWindow {
  const [y, m, d] = day.split('-').map(Number)
  return { from: new Date(y, m - 1, d).getTime(), to: new Date(y, m - 1, d + 1).getTime() }
}

/** The days from `first` to `last` inclusive, as one window. */
export function daysWindow(first: LocalDate, last: LocalDate): TimeWindow {
  return { from: dayWindow(first).from, to: dayWindow(last).to }
}

/** The duty shift `now` falls in: 8:00–20:00 today, or 20:00 to 8:00 the next morning. */
export function shiftWindow(now: Instant): TimeWindow {
  const d = new Date(now)
  const at = (day: number, hour: number) => new Date(d.getFullYear(), d.getMonth(), day, hour).getTime()
  const [dayStart, nightStart] = SHIFT_START_HOURS
  const hour = d.getHours()
  if (hour >= dayStart && hour < nightStart) return { from: at(d.getDate(), dayStart), to: at(d.getDate(), nightStart) }
  if (hour >= nightStart) return { from: at(d.getDate(), nightStart), to: at(d.getDate() + 1, dayStart) }
  return { from: at(d.getDate() - 1, nightStart), to: at(d.getDate(), dayStart) }
}

/** Filters of the log screen; an empty field does not filter. */
export interface LogFilter {
  kinds?: LogKind[]
  villageId?: string
  authorId?: string
  /** Substring of content, handling, counterpart or phone. */
  text?: string
}

/** True when the entry passes every filter. */
export function matchesFilter(entry: LogEntry, filter: LogFilter): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(entry.kind)) return false
  if (filter.villageId && entry.villageId !== filter.villageId) return false
  if (filter.authorId && entry.authorId !== filter.authorId) return false
  const text = filter.text?.trim().toLowerCase()
  if (text) {
    const haystack = `${entry.content}\n${entry.handling}\n${entry.counterpart}\n${entry.phone}`.toLowerCase()
    if (!haystack.includes(text)) return false
  }
  return true
}

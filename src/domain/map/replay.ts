import type { LocalDate } from '../common/entity'
import type { RiskDecision } from './risk-level'

/** How far back the map's date slider goes. */
export const REPLAY_DAYS = 60

/** The day `days` after `date` (negative: before), in the calendar, independent of time zones. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The slider's days, oldest first: the `count` days ending with `today`. */
export function replayDays(today: LocalDate, count: number = REPLAY_DAYS): LocalDate[] {
  return Array.from({ length: count }, (_, i) => addDays(today, i - count + 1))
}

/** The days on which some level changed (a decision started, or ended the day before), for the slider's marks. */
export function changeDays(decisions: readonly RiskDecision[]): Set<LocalDate> {
  const days = new Set<LocalDate>()
  for (const d of decisions) {
    days.add(d.effectiveFrom)
    if (d.effectiveTo !== '') days.add(addDays(d.effectiveTo, 1))
  }
  return days
}

/** The change list: decisions recorded, newest first. */
export function decisionsNewestFirst(decisions: readonly RiskDecision[]): RiskDecision[] {
  return [...decisions].sort((a, b) => b.decidedAt - a.decidedAt || (a.id < b.id ? 1 : -1))
}

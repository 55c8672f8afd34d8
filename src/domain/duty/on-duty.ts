import type { Instant, LocalDate } from '../common/entity'
import { addDays, dateOf } from './calendar'
import type { DutyDayPlan } from './roster'
import { shiftSpan, type ShiftDefinition, type ShiftPattern } from './shift-pattern'

/** One shift on one day with who is on it. */
export interface ShiftOnDuty {
  date: LocalDate
  shift: ShiftDefinition
  start: Instant
  end: Instant
  leaderId?: string
  officerIds: string[]
}

/** Every shift of the given days, in time order. */
export function shiftsOf(days: readonly DutyDayPlan[], pattern: ShiftPattern): ShiftOnDuty[] {
  const out: ShiftOnDuty[] = []
  for (const day of days)
    for (const shift of pattern.shifts) {
      const span = shiftSpan(day.id, shift)
      out.push({ date: day.id, shift, ...span, leaderId: day.leaderId, officerIds: day.shifts[shift.key] ?? [] })
    }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * 当前值班 and 下一班: the shift running at `now` (yesterday's night shift until it ends this morning) and the
 * one after it. `days` should hold yesterday, today and tomorrow.
 */
export function onDutyAt(
  now: Instant,
  days: readonly DutyDayPlan[],
  pattern: ShiftPattern,
): { current?: ShiftOnDuty; next?: ShiftOnDuty } {
  const shifts = shiftsOf(days, pattern)
  const index = shifts.findIndex((s) => s.start <= now && now < s.end)
  if (index >= 0) return { current: shifts[index], next: shifts[index + 1] }
  return { next: shifts.find((s) => s.start > now) }
}

/** The dates `onDutyAt` needs around `now`. */
export function datesAround(now: Instant): LocalDate[] {
  const today = dateOf(new Date(now))
  return [addDays(today, -1), today, addDays(today, 1)]
}

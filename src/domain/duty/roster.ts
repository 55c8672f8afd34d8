import type { LocalDate, Stamped } from '../common/entity'
import { isRestDay } from './calendar'
import { isOvernight, type ShiftPattern } from './shift-pattern'

/**
 * 值班表的一天: the leader on duty 带班领导 for the day and the officers 值班员 of each shift. Keyed by the date
 * itself (`id` = `YYYY-MM-DD`), so a month is one primary-key range and a day can never be stored twice.
 */
export interface DutyDay extends Stamped {
  id: LocalDate
  leaderId?: string
  /** Shift key → staff ids of the officers on it. */
  shifts: Record<string, string[]>
}

/** A day's assignments without the stamps: what the generator and the editor produce. */
export type DutyDayPlan = Pick<DutyDay, 'id' | 'leaderId' | 'shifts'>

/** One place on the roster: the day's leader, or officer number `index` of a shift. */
export type Slot =
  { date: LocalDate; kind: 'leader' } | { date: LocalDate; kind: 'officer'; shiftKey: string; index: number }

/** How much duty one person has in a month, as the fairness columns show it. */
export interface DutyCounts {
  /** Officer shifts. */
  shifts: number
  /** Overnight shifts (night or 24-hour). */
  nights: number
  /** Shifts and leader days on weekends and holidays. */
  restDays: number
  /** Days as leader on duty. */
  leads: number
}

/** An empty count. */
export function zeroCounts(): DutyCounts {
  return { shifts: 0, nights: 0, restDays: 0, leads: 0 }
}

/** Everyone on duty on a day: the leader and each shift's officers, with the shift they are on. */
export function peopleOnDay(day: DutyDayPlan): { staffId: string; shiftKey?: string }[] {
  const people: { staffId: string; shiftKey?: string }[] = day.leaderId ? [{ staffId: day.leaderId }] : []
  for (const [shiftKey, ids] of Object.entries(day.shifts))
    for (const staffId of ids) people.push({ staffId, shiftKey })
  return people
}

/** Per-person counts over some days, for the fairness columns and the generator's tests. */
export function countDuty(days: readonly DutyDayPlan[], pattern: ShiftPattern): Map<string, DutyCounts> {
  const counts = new Map<string, DutyCounts>()
  const of = (id: string) => {
    let c = counts.get(id)
    if (!c) counts.set(id, (c = zeroCounts()))
    return c
  }
  const overnight = new Set(pattern.shifts.filter(isOvernight).map((s) => s.key))
  for (const day of days) {
    const rest = isRestDay(day.id, pattern.holidays)
    if (day.leaderId) {
      of(day.leaderId).leads++
      if (rest) of(day.leaderId).restDays++
    }
    for (const [key, ids] of Object.entries(day.shifts))
      for (const id of ids) {
        const c = of(id)
        c.shifts++
        if (overnight.has(key)) c.nights++
        if (rest) c.restDays++
      }
  }
  return counts
}

/** A copy of the day with `staffId` put in the slot (undefined empties it). */
export function assignSlot(day: DutyDayPlan, slot: Slot, staffId: string | undefined): DutyDayPlan {
  if (slot.kind === 'leader') return { ...day, leaderId: staffId }
  const officers = [...(day.shifts[slot.shiftKey] ?? [])]
  if (staffId) officers[slot.index] = staffId
  else officers.splice(slot.index, 1)
  return { ...day, shifts: { ...day.shifts, [slot.shiftKey]: officers.filter(Boolean) } }
}

/** The person in a slot, if any. */
export function staffInSlot(day: DutyDayPlan | undefined, slot: Slot): string | undefined {
  if (!day) return undefined
  return slot.kind === 'leader' ? day.leaderId : day.shifts[slot.shiftKey]?.[slot.index]
}

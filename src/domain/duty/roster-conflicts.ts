import type { LocalDate } from '../common/entity'
import { addDays } from './calendar'
import { isAway, type LeaveRequest } from './leave'
import { peopleOnDay, type DutyDayPlan } from './roster'
import { isOvernight, type ShiftPattern } from './shift-pattern'
import type { DutyStaff } from './staff'

/**
 * What can be wrong with a day of the roster. `hard` conflicts are refused when an edit introduces them; the
 * others are shown and explained but may be saved (a short-staffed night is better than no roster).
 */
export type ConflictCode =
  'noLeader' | 'leaderCannotLead' | 'onLeave' | 'doubleBooked' | 'backToBackNight' | 'understaffed'

/** Conflicts an edit may not introduce. */
export const HARD_CONFLICTS: readonly ConflictCode[] = ['noLeader', 'onLeave', 'doubleBooked']

/** One conflict on one day, with what the message needs. Its problem code is `duty.conflict.<code>`. */
export interface RosterConflict {
  date: LocalDate
  code: ConflictCode
  staffId?: string
  shiftKey?: string
  params: Record<string, string | number>
}

/** What conflict detection reads besides the days. */
export interface ConflictContext {
  pattern: ShiftPattern
  staff: ReadonlyMap<string, DutyStaff>
  /** Approved leave (others are ignored). */
  leaves: readonly LeaveRequest[]
  /** The day before the first day checked, so a night on the last day of last month is seen. */
  dayBefore?: DutyDayPlan
}

function nameOf(context: ConflictContext, id: string): string {
  return context.staff.get(id)?.name ?? id
}

function shiftName(pattern: ShiftPattern, key: string | undefined): string {
  return key === undefined ? '带班' : (pattern.shifts.find((s) => s.key === key)?.name ?? key)
}

function dayConflicts(day: DutyDayPlan, previous: DutyDayPlan | undefined, context: ConflictContext): RosterConflict[] {
  const { pattern } = context
  const found: RosterConflict[] = []
  const add = (code: ConflictCode, extra: Partial<RosterConflict>, params: Record<string, string | number> = {}) =>
    found.push({ date: day.id, code, ...extra, params: { date: day.id, ...params } })
  if (!day.leaderId) add('noLeader', {})
  else if (context.staff.get(day.leaderId)?.canLead === false)
    add('leaderCannotLead', { staffId: day.leaderId }, { name: nameOf(context, day.leaderId) })
  const seen = new Map<string, string | undefined>()
  const overnightBefore = new Set(
    previous ? pattern.shifts.filter(isOvernight).flatMap((s) => previous.shifts[s.key] ?? []) : [],
  )
  for (const { staffId, shiftKey } of peopleOnDay(day)) {
    const params = { name: nameOf(context, staffId), shift: shiftName(pattern, shiftKey) }
    if (seen.has(staffId))
      add('doubleBooked', { staffId, shiftKey }, { ...params, other: shiftName(pattern, seen.get(staffId)) })
    seen.set(staffId, shiftKey)
    if (isAway(staffId, day.id, context.leaves)) add('onLeave', { staffId, shiftKey }, params)
    if (shiftKey !== undefined && overnightBefore.has(staffId)) add('backToBackNight', { staffId, shiftKey }, params)
  }
  for (const shift of pattern.shifts) {
    const have = day.shifts[shift.key]?.length ?? 0
    if (have < pattern.officersPerShift)
      add('understaffed', { shiftKey: shift.key }, { shift: shift.name, need: pattern.officersPerShift, have })
  }
  return found
}

/**
 * Every conflict of consecutive days: no leader, a leader who may not lead, someone on approved leave, one
 * person in two places on a day, any shift straight after an overnight one (连续值班), a shift short of officers.
 * Days must be in date order; a missing day is treated as an empty one.
 */
export function findConflicts(days: readonly DutyDayPlan[], context: ConflictContext): RosterConflict[] {
  const found: RosterConflict[] = []
  let previous = context.dayBefore
  for (const day of days) {
    const before = previous && previous.id === addDays(day.id, -1) ? previous : undefined
    found.push(...dayConflicts(day, before, context))
    previous = day
  }
  return found
}

/** A stable text of a conflict, to tell the conflicts an edit introduces from those already there. */
export function conflictKey(c: RosterConflict): string {
  return `${c.date}|${c.code}|${c.staffId ?? ''}|${c.shiftKey ?? ''}`
}

/** Hard conflicts in `after` that were not in `before`: what an edit may not introduce. */
export function introducedHardConflicts(before: RosterConflict[], after: RosterConflict[]): RosterConflict[] {
  const known = new Set(before.map(conflictKey))
  return after.filter((c) => HARD_CONFLICTS.includes(c.code) && !known.has(conflictKey(c)))
}

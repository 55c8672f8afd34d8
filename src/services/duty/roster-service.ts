import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { addDays, daysOfMonth, isMonthKey, type MonthKey } from '@/domain/duty/calendar'
import type { LeaveRequest } from '@/domain/duty/leave'
import { assignSlot, countDuty, staffInSlot, type DutyCounts, type DutyDay, type Slot } from '@/domain/duty/roster'
import { findConflicts, introducedHardConflicts, type RosterConflict } from '@/domain/duty/roster-conflicts'
import { generateMonth } from '@/domain/duty/roster-generator'
import { patternProblems, type ShiftPattern } from '@/domain/duty/shift-pattern'
import type { DutyStaff } from '@/domain/duty/staff'
import type { CommandPostDatabase } from '@/db/database'
import { listDutyStaff } from '@/db/repositories/duty-staff-repository'
import { listApprovedLeaves } from '@/db/repositories/leave-repository'
import {
  getDutyDay,
  getShiftPattern,
  listDutyDays,
  saveDutyDay,
  saveMonth,
  saveShiftPattern,
} from '@/db/repositories/roster-repository'

/** Everything the month screens show: days, who is who, approved leave, conflicts and per-person counts. */
export interface RosterMonth {
  month: MonthKey
  pattern: ShiftPattern
  staff: DutyStaff[]
  days: DutyDay[]
  leaves: LeaveRequest[]
  conflicts: RosterConflict[]
  counts: Map<string, DutyCounts>
}

/** Reads a month of the roster with its conflicts (the day before the month is read too, for nights). */
export async function loadRosterMonth(db: CommandPostDatabase, month: MonthKey): Promise<RosterMonth> {
  const dates = daysOfMonth(month)
  const [pattern, staff, stored, leaves] = await Promise.all([
    getShiftPattern(db),
    listDutyStaff(db),
    listDutyDays(db, addDays(dates[0], -1), dates[dates.length - 1]),
    listApprovedLeaves(db, dates[0]),
  ])
  const dayBefore = stored[0]?.id === addDays(dates[0], -1) ? stored[0] : undefined
  const days = stored.filter((d) => d.id >= dates[0])
  const byId = new Map(staff.map((s) => [s.id, s]))
  const conflicts = days.length ? findConflicts(days, { pattern, staff: byId, leaves, dayBefore }) : []
  return { month, pattern, staff, days, leaves, conflicts, counts: countDuty(days, pattern) }
}

/** Saves the shift pattern after checking it. */
export function saveFixedPattern(db: CommandPostDatabase, pattern: ShiftPattern, actor: Actor): Promise<ShiftPattern> {
  const problems = patternProblems(pattern)
  if (problems.length) throw new ValidationError(problems)
  return saveShiftPattern(db, pattern, actor)
}

/**
 * 生成排班: replaces the month with a generated one (same seed, same roster). Refused without anyone able to
 * lead or without officers.
 */
export async function generateRoster(
  db: CommandPostDatabase,
  month: MonthKey,
  seed: string | number,
  actor: Actor,
): Promise<RosterMonth> {
  if (!isMonthKey(month)) throw new ValidationError([{ field: 'month', code: 'required' }])
  const current = await loadRosterMonth(db, month)
  const staff = current.staff.filter((s) => s.retiredAt === undefined)
  if (!staff.some((s) => s.canLead)) throw new ValidationError([{ field: 'staff', code: 'duty.noLeaders' }])
  if (staff.length < 2) throw new ValidationError([{ field: 'staff', code: 'duty.tooFewStaff' }])
  const dayBefore = await getDutyDay(db, addDays(daysOfMonth(month)[0], -1))
  const plans = generateMonth({ month, staff, pattern: current.pattern, leaves: current.leaves, seed, dayBefore })
  await saveMonth(db, month, plans, `${month} 生成排班（种子 ${seed}，${staff.length} 人）`, actor)
  return loadRosterMonth(db, month)
}

/**
 * Puts a person in a slot (or empties it). Refused, with the reason, when the change introduces a hard
 * conflict: the same person twice that day, someone on approved leave, a day without its leader.
 */
export async function assignToSlot(
  db: CommandPostDatabase,
  slot: Slot,
  staffId: string | undefined,
  actor: Actor,
): Promise<RosterConflict[]> {
  const month = await loadRosterMonth(db, slot.date.slice(0, 7))
  const day = month.days.find((d) => d.id === slot.date) ?? { id: slot.date, shifts: {} }
  const next = assignSlot(day, slot, staffId)
  const byId = new Map(month.staff.map((s) => [s.id, s]))
  const context = { pattern: month.pattern, staff: byId, leaves: month.leaves }
  const introduced = introducedHardConflicts(findConflicts([day], context), findConflicts([next], context))
  if (introduced.length)
    throw new ValidationError(
      introduced.map((c) => ({ field: 'slot', code: `duty.conflict.${c.code}`, params: c.params })),
    )
  const before = byId.get(staffInSlot(day, slot) ?? '')?.name ?? '空'
  const after = byId.get(staffId ?? '')?.name ?? '空'
  await saveDutyDay(db, next, `${slot.date} ${slotLabel(slot, month.pattern)}：${before} → ${after}`, actor)
  return (await loadRosterMonth(db, month.month)).conflicts.filter((c) => c.date === slot.date)
}

function slotLabel(slot: Slot, pattern: ShiftPattern): string {
  if (slot.kind === 'leader') return '带班领导'
  return pattern.shifts.find((s) => s.key === slot.shiftKey)?.name ?? slot.shiftKey
}

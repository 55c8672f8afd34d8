import type { Instant, LocalDate, Stamped } from '../common/entity'
import type { Problem } from '../common/result'
import { daysBetween } from './calendar'
import { isAway, type LeaveRequest } from './leave'
import { peopleOnDay, type DutyDayPlan } from './roster'
import type { DutyStaff } from './staff'

/** 换班申请: an officer asks to hand one of their shifts to a colleague; the leader on duty decides. */
export interface SwapRequest extends Stamped {
  id: string
  date: LocalDate
  shiftKey: string
  /** The officer giving the shift away (who asks). */
  fromStaffId: string
  /** The colleague taking it. */
  toStaffId: string
  reason: string
  status: 'pending' | 'approved' | 'refused'
  decidedBy?: { staffId: string; name: string; at: Instant }
  refusalReason?: string
}

/** What the swap form fills in. */
export type SwapInput = Pick<SwapRequest, 'date' | 'shiftKey' | 'fromStaffId' | 'toStaffId' | 'reason'>

/** What swap rules read besides the request. */
export interface SwapContext {
  day: DutyDayPlan | undefined
  today: LocalDate
  noticeDays: number
  leaves: readonly LeaveRequest[]
  staff: ReadonlyMap<string, DutyStaff>
  /** The staff record of the signed-in account asking: only the giver asks for their own swap. */
  requesterId?: string
}

/**
 * Problems of a swap, checked when it is asked for and again when it is approved: the giver is on that shift,
 * the taker is someone else, not away on approved leave, not already on duty that day, and the shift is at
 * least `noticeDays` away.
 */
export function swapProblems(input: SwapInput, context: SwapContext): Problem[] {
  const problems: Problem[] = []
  const name = (id: string) => context.staff.get(id)?.name ?? ''
  if (!input.toStaffId || input.toStaffId === input.fromStaffId) problems.push({ field: 'toStaffId', code: 'required' })
  if (input.reason.trim() === '') problems.push({ field: 'reason', code: 'required' })
  if (context.requesterId !== undefined && context.requesterId !== input.fromStaffId)
    problems.push({ field: 'fromStaffId', code: 'duty.swapNotYours' })
  if (!context.day?.shifts[input.shiftKey]?.includes(input.fromStaffId))
    problems.push({ field: 'fromStaffId', code: 'duty.swapNotOnShift', params: { name: name(input.fromStaffId) } })
  if (input.toStaffId && isAway(input.toStaffId, input.date, context.leaves))
    problems.push({ field: 'toStaffId', code: 'duty.swapOnLeave', params: { name: name(input.toStaffId) } })
  if (context.day && peopleOnDay(context.day).some((p) => p.staffId === input.toStaffId))
    problems.push({ field: 'toStaffId', code: 'duty.swapDoubleBooked', params: { name: name(input.toStaffId) } })
  if (daysBetween(context.today, input.date) < context.noticeDays)
    problems.push({ field: 'date', code: 'duty.swapTooLate', params: { days: context.noticeDays } })
  return problems
}

/**
 * Why `approver` may not decide the swap: only the leader on duty 带班领导 of the swap's day, who is neither
 * party, and only while it is pending.
 */
export function swapDecisionProblems(
  request: SwapRequest,
  approver: DutyStaff | undefined,
  day: DutyDayPlan | undefined,
): Problem[] {
  if (!approver?.canLead || day?.leaderId !== approver.id) return [{ field: 'approver', code: 'duty.notLeader' }]
  if (approver.id === request.fromStaffId || approver.id === request.toStaffId)
    return [{ field: 'approver', code: 'duty.selfApproval' }]
  if (request.status !== 'pending') return [{ field: 'status', code: 'duty.swapNotPending' }]
  return []
}

/** The day after the swap: the taker in the giver's place on that shift. */
export function applySwap(day: DutyDayPlan, request: SwapInput): DutyDayPlan {
  const officers = (day.shifts[request.shiftKey] ?? []).map((id) =>
    id === request.fromStaffId ? request.toStaffId : id,
  )
  return { ...day, shifts: { ...day.shifts, [request.shiftKey]: officers } }
}

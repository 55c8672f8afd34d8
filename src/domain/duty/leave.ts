import type { Instant, LocalDate, Stamped } from '../common/entity'
import type { Problem } from '../common/result'
import { isLocalDate } from '../person/dates'
import type { DutyStaff, Signatory } from './staff'

/** Where a leave request stands: pending until both have signed, approved, refused by either, or withdrawn. */
export type LeaveStatus = 'pending' | 'approved' | 'refused' | 'withdrawn'

/** One signature on a leave request. */
export interface LeaveSignature {
  role: Signatory
  staffId: string
  name: string
  at: Instant
}

/** 外出报备: a cadre leaving the area, approved by the secretary and the mayor 双签字 in either order. */
export interface LeaveRequest extends Stamped {
  id: string
  staffId: string
  /** First day away. */
  from: LocalDate
  /** Last day away (included). */
  to: LocalDate
  destination: string
  reason: string
  /** 外出期间联系方式 */
  contact: string
  status: LeaveStatus
  signatures: LeaveSignature[]
  refusal?: LeaveSignature & { reason: string }
}

/** What the request form fills in. */
export type LeaveInput = Pick<LeaveRequest, 'staffId' | 'from' | 'to' | 'destination' | 'reason' | 'contact'>

/** Problems of a new request: who, real dates, not ending before it starts, where, why and how to reach them. */
export function leaveProblems(input: LeaveInput): Problem[] {
  const problems: Problem[] = []
  if (!input.staffId) problems.push({ field: 'staffId', code: 'required' })
  if (!isLocalDate(input.from)) problems.push({ field: 'from', code: 'required' })
  if (!isLocalDate(input.to)) problems.push({ field: 'to', code: 'required' })
  else if (isLocalDate(input.from) && input.to < input.from)
    problems.push({ field: 'to', code: 'duty.leaveEndsBeforeStart', params: { from: input.from, to: input.to } })
  for (const field of ['destination', 'reason', 'contact'] as const)
    if (input[field].trim() === '') problems.push({ field, code: 'required' })
  return problems
}

/**
 * Why `approver` may not sign (or refuse) the request now, if they may not: they are not the secretary or the
 * mayor, they are the one leaving (no self-approval), the request is no longer pending, or they already signed.
 */
export function signingProblems(request: LeaveRequest, approver: DutyStaff | undefined): Problem[] {
  if (!approver?.signatory) return [{ field: 'approver', code: 'duty.notSignatory' }]
  if (approver.id === request.staffId) return [{ field: 'approver', code: 'duty.selfApproval' }]
  if (request.status !== 'pending') return [{ field: 'status', code: 'duty.leaveNotPending' }]
  if (request.signatures.some((s) => s.role === approver.signatory))
    return [{ field: 'approver', code: 'duty.alreadySigned' }]
  return []
}

/** The request after `approver` signed: approved once both the secretary and the mayor have. */
export function signLeave(request: LeaveRequest, approver: DutyStaff, at: Instant): LeaveRequest {
  const signatures = [
    ...request.signatures,
    { role: approver.signatory!, staffId: approver.id, name: approver.name, at },
  ]
  const both = signatures.some((s) => s.role === 'secretary') && signatures.some((s) => s.role === 'mayor')
  return { ...request, signatures, status: both ? 'approved' : 'pending' }
}

/** True when an approved leave of `staffId` covers `date`. */
export function isAway(staffId: string, date: LocalDate, approved: readonly LeaveRequest[]): boolean {
  return approved.some((l) => l.staffId === staffId && l.status === 'approved' && l.from <= date && date <= l.to)
}

/** Approved leaves that cover `date`: "who is away". */
export function awayOn(date: LocalDate, leaves: readonly LeaveRequest[]): LeaveRequest[] {
  return leaves.filter((l) => l.status === 'approved' && l.from <= date && date <= l.to)
}

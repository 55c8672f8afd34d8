import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { leaveProblems, signingProblems, signLeave, type LeaveInput, type LeaveRequest } from '@/domain/duty/leave'
import type { CommandPostDatabase } from '@/db/database'
import { findStaffByUser, getDutyStaff } from '@/db/repositories/duty-staff-repository'
import { createLeave, updateLeave } from '@/db/repositories/leave-repository'

/** 外出报备: files a leave request after checking it (a leave that ends before it starts is refused). */
export async function requestLeave(db: CommandPostDatabase, input: LeaveInput, actor: Actor): Promise<LeaveRequest> {
  const clean = {
    ...input,
    destination: input.destination.trim(),
    reason: input.reason.trim(),
    contact: input.contact.trim(),
  }
  const problems = leaveProblems(clean)
  if (problems.length) throw new ValidationError(problems)
  const staff = await getDutyStaff(db, clean.staffId)
  if (!staff) throw new ValidationError([{ field: 'staffId', code: 'notFound' }])
  return createLeave(db, clean, `${staff.name} ${clean.from}～${clean.to} 去${clean.destination}`, actor)
}

/**
 * Signs a request as the secretary or the mayor. The signer is the staff record linked to the signed-in
 * account (its 书记/镇长 flag says which signature it gives); nobody signs their own request. Approved once both
 * have signed, in either order.
 */
export async function approveLeave(db: CommandPostDatabase, id: string, actor: Actor): Promise<LeaveRequest> {
  const approver = await findStaffByUser(db, actor.id)
  return updateLeave(
    db,
    id,
    (current, now) => {
      const problems = signingProblems(current, approver)
      if (problems.length) throw new ValidationError(problems)
      return signLeave(current, approver!, now)
    },
    'approve',
    `${approver?.name ?? actor.name} 签批外出报备`,
    actor,
  )
}

/** Refuses a request with a reason; either signatory may, in the same conditions as signing. */
export async function refuseLeave(
  db: CommandPostDatabase,
  id: string,
  reason: string,
  actor: Actor,
): Promise<LeaveRequest> {
  if (reason.trim() === '') throw new ValidationError([{ field: 'reason', code: 'required' }])
  const approver = await findStaffByUser(db, actor.id)
  return updateLeave(
    db,
    id,
    (current, now) => {
      const problems = signingProblems(current, approver)
      if (problems.length) throw new ValidationError(problems)
      const by = { role: approver!.signatory!, staffId: approver!.id, name: approver!.name, at: now }
      return { ...current, status: 'refused', refusal: { ...by, reason: reason.trim() } }
    },
    'refuse',
    `${approver?.name ?? actor.name} 不同意：${reason.trim()}`,
    actor,
  )
}

import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { LeaveInput, LeaveRequest } from '@/domain/duty/leave'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** Every leave request, newest first: pending, decided and withdrawn, the whole history. */
export async function listLeaves(db: CommandPostDatabase): Promise<LeaveRequest[]> {
  return (await db.leaveRequests.toArray()).sort((a, b) => b.createdAt - a.createdAt)
}

/** Approved leave that has not ended before `from`: what blocks the roster and who is away. */
export async function listApprovedLeaves(db: CommandPostDatabase, from: string): Promise<LeaveRequest[]> {
  // One request, filtered here (a Dexie `filter` walks a cursor).
  return (await db.leaveRequests.where('to').aboveOrEqual(from).toArray()).filter((l) => l.status === 'approved')
}

/** Files a request as pending. Input is validated upstream. */
export function createLeave(
  db: CommandPostDatabase,
  input: LeaveInput,
  summary: string,
  actor: Actor,
): Promise<LeaveRequest> {
  return writeWithAudit(db, actor, [db.leaveRequests], async (ctx) => {
    const request: LeaveRequest = {
      id: newId('lve', ctx.now),
      ...input,
      status: 'pending',
      signatures: [],
      ...ctx.stampNew(),
    }
    await db.leaveRequests.add(request)
    await ctx.audit(note('create', 'leave', request.id, summary))
    return request
  })
}

/**
 * Replaces a request by `change(current)` in one transaction: the change reads the stored request, so two
 * signatures given at once cannot overwrite each other. `change` throws to refuse.
 */
export function updateLeave(
  db: CommandPostDatabase,
  id: string,
  change: (current: LeaveRequest, now: number) => LeaveRequest,
  action: 'approve' | 'refuse' | 'update',
  summary: string,
  actor: Actor,
): Promise<LeaveRequest> {
  return writeWithAudit(db, actor, [db.leaveRequests], async (ctx) => {
    const current = await db.leaveRequests.get(id)
    if (!current) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const after = { ...change(current, ctx.now), updatedAt: ctx.now, updatedBy: actor.id }
    await db.leaveRequests.put(after)
    await ctx.audit(note(action, 'leave', id, `${summary}（${after.status}）`))
    return after
  })
}

import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError, type Problem } from '@/domain/common/result'
import type { DutyDay } from '@/domain/duty/roster'
import { applySwap, type SwapInput, type SwapRequest } from '@/domain/duty/swap'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'
import { putDutyDay } from './roster-repository'

/** Every swap request, newest first (the history stays). */
export async function listSwaps(db: CommandPostDatabase): Promise<SwapRequest[]> {
  return (await db.swapRequests.toArray()).sort((a, b) => b.createdAt - a.createdAt)
}

/** One swap request by id. */
export function getSwap(db: CommandPostDatabase, id: string): Promise<SwapRequest | undefined> {
  return db.swapRequests.get(id)
}

/** Files a swap as pending. Input is validated upstream. */
export function createSwap(
  db: CommandPostDatabase,
  input: SwapInput,
  summary: string,
  actor: Actor,
): Promise<SwapRequest> {
  return writeWithAudit(db, actor, [db.swapRequests], async (ctx) => {
    const request: SwapRequest = { id: newId('swp', ctx.now), ...input, status: 'pending', ...ctx.stampNew() }
    await db.swapRequests.add(request)
    await ctx.audit(note('create', 'swap', request.id, summary))
    return request
  })
}

/**
 * Approves or refuses a swap. An approval changes the roster day in the same transaction; `check` sees the
 * stored request and day at that moment and returns problems to refuse, so nothing is half-saved.
 */
export function decideSwap(
  db: CommandPostDatabase,
  id: string,
  decision: { approve: boolean; by: { staffId: string; name: string }; reason?: string },
  check: (request: SwapRequest, day: DutyDay | undefined) => Problem[],
  summary: string,
  actor: Actor,
): Promise<SwapRequest> {
  return writeWithAudit(db, actor, [db.swapRequests, db.dutyDays], async (ctx) => {
    const request = await db.swapRequests.get(id)
    if (!request) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const day = await db.dutyDays.get(request.date)
    const problems = check(request, day)
    if (problems.length) throw new ValidationError(problems)
    const after: SwapRequest = {
      ...request,
      status: decision.approve ? 'approved' : 'refused',
      decidedBy: { ...decision.by, at: ctx.now },
      updatedAt: ctx.now,
      updatedBy: actor.id,
    }
    if (decision.reason) after.refusalReason = decision.reason
    await db.swapRequests.put(after)
    if (decision.approve && day) await putDutyDay(ctx, applySwap(day, request))
    await ctx.audit(note(decision.approve ? 'approve' : 'refuse', 'swap', id, summary))
    return after
  })
}

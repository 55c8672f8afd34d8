import type { Actor } from '@/domain/accounts/user'
import type { Instant } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import { dateOf } from '@/domain/duty/calendar'
import { swapDecisionProblems, swapProblems, type SwapInput, type SwapRequest } from '@/domain/duty/swap'
import type { CommandPostDatabase } from '@/db/database'
import { findStaffByUser, listDutyStaff } from '@/db/repositories/duty-staff-repository'
import { listApprovedLeaves } from '@/db/repositories/leave-repository'
import { getDutyDay, getShiftPattern } from '@/db/repositories/roster-repository'
import { createSwap, decideSwap, getSwap } from '@/db/repositories/swap-repository'

async function swapContext(db: CommandPostDatabase, date: string, now: Instant) {
  const [pattern, staff, leaves, day] = await Promise.all([
    getShiftPattern(db),
    listDutyStaff(db),
    listApprovedLeaves(db, date),
    getDutyDay(db, date),
  ])
  const context = { day, today: dateOf(new Date(now)), noticeDays: pattern.swapNoticeDays, leaves }
  return { ...context, staff: new Map(staff.map((s) => [s.id, s])) }
}

/**
 * 换班申请: files a swap after checking it: asked by the giver themself (the signed-in account linked to them),
 * the taker not on leave and not on duty that day, enough notice.
 */
export async function requestSwap(
  db: CommandPostDatabase,
  input: SwapInput,
  actor: Actor,
  now: Instant = Date.now(),
): Promise<SwapRequest> {
  const clean = { ...input, reason: input.reason.trim() }
  const context = await swapContext(db, clean.date, now)
  const requester = await findStaffByUser(db, actor.id)
  const problems = swapProblems(clean, { ...context, requesterId: requester?.id ?? '' })
  if (problems.length) throw new ValidationError(problems)
  const name = (id: string) => context.staff.get(id)?.name ?? id
  return createSwap(db, clean, `${clean.date} ${name(clean.fromStaffId)} → ${name(clean.toStaffId)}`, actor)
}

/**
 * Approves (the roster changes in the same transaction) or refuses a swap. The decider is the staff record
 * linked to the signed-in account and must be that day's leader on duty; the swap's rules are checked again.
 */
export async function decideSwapRequest(
  db: CommandPostDatabase,
  id: string,
  approve: boolean,
  reason: string,
  actor: Actor,
  now: Instant = Date.now(),
): Promise<SwapRequest> {
  if (!approve && reason.trim() === '') throw new ValidationError([{ field: 'reason', code: 'required' }])
  const approver = await findStaffByUser(db, actor.id)
  const stored = await getSwap(db, id)
  if (!stored) throw new ValidationError([{ field: 'id', code: 'notFound' }])
  const context = await swapContext(db, stored.date, now)
  const by = { staffId: approver?.id ?? '', name: approver?.name ?? actor.name }
  return decideSwap(
    db,
    id,
    { approve, by, reason: approve ? undefined : reason.trim() },
    (request, day) => {
      const problems = swapDecisionProblems(request, approver, day)
      return problems.length || !approve ? problems : swapProblems(request, { ...context, day })
    },
    `${stored.date} 换班${approve ? '同意' : `不同意：${reason.trim()}`}`,
    actor,
  )
}

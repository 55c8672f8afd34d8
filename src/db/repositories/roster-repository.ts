import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { daysOfMonth, type MonthKey } from '@/domain/duty/calendar'
import type { DutyDay, DutyDayPlan } from '@/domain/duty/roster'
import { DEFAULT_PATTERN, type ShiftPattern } from '@/domain/duty/shift-pattern'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit, type WriteContext } from '../write'

/** The shift pattern in force, or the default (day 8–20, night 20–8) before anyone saved one. */
export async function getShiftPattern(db: CommandPostDatabase): Promise<ShiftPattern> {
  return (await db.dutyPatterns.get('current')) ?? DEFAULT_PATTERN
}

/** Saves the shift pattern. Input is validated upstream. */
export function saveShiftPattern(db: CommandPostDatabase, pattern: ShiftPattern, actor: Actor): Promise<ShiftPattern> {
  return writeWithAudit(db, actor, [db.dutyPatterns], async (ctx) => {
    const saved: ShiftPattern = { ...pattern, id: 'current' }
    await db.dutyPatterns.put(saved)
    const shifts = saved.shifts.map((s) => `${s.name} ${s.start}–${s.end}`).join('，')
    await ctx.audit(note('update', 'dutyPattern', 'current', `${shifts}；每班 ${saved.officersPerShift} 人`))
    return saved
  })
}

/** The roster days from `from` to `to` (both included) that exist, in date order. */
export function listDutyDays(db: CommandPostDatabase, from: LocalDate, to: LocalDate): Promise<DutyDay[]> {
  return db.dutyDays.where('id').between(from, to, true, true).toArray()
}

/** One day of the roster, if planned. */
export function getDutyDay(db: CommandPostDatabase, date: LocalDate): Promise<DutyDay | undefined> {
  return db.dutyDays.get(date)
}

/** Writes a day inside an open write, keeping its creation stamps. */
export async function putDutyDay(ctx: WriteContext, plan: DutyDayPlan): Promise<DutyDay> {
  const before = await ctx.db.dutyDays.get(plan.id)
  const day: DutyDay = before
    ? { ...before, ...plan, updatedAt: ctx.now, updatedBy: ctx.actor.id }
    : { ...plan, ...ctx.stampNew() }
  if (!plan.leaderId) delete day.leaderId
  await ctx.db.dutyDays.put(day)
  return day
}

/** Replaces a whole month of the roster (the generator's output) in one transaction with one audit line. */
export function saveMonth(
  db: CommandPostDatabase,
  month: MonthKey,
  plans: DutyDayPlan[],
  summary: string,
  actor: Actor,
): Promise<number> {
  return writeWithAudit(db, actor, [db.dutyDays], async (ctx) => {
    const days = daysOfMonth(month)
    await db.dutyDays
      .where('id')
      .between(days[0], days[days.length - 1], true, true)
      .delete()
    await db.dutyDays.bulkPut(plans.map((p) => ({ ...p, ...ctx.stampNew() })))
    await ctx.audit(note('generate', 'roster', month, summary))
    return plans.length
  })
}

/** Saves one edited day with an audit line saying what changed. */
export function saveDutyDay(
  db: CommandPostDatabase,
  plan: DutyDayPlan,
  summary: string,
  actor: Actor,
): Promise<DutyDay> {
  return writeWithAudit(db, actor, [db.dutyDays], async (ctx) => {
    const day = await putDutyDay(ctx, plan)
    await ctx.audit(note('update', 'roster', plan.id, summary))
    return day
  })
}

import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { generateDemoDuty } from '@/domain/demo/duty'
import type { LeaveInput } from '@/domain/duty/leave'
import { localToday } from '@/domain/person/dates'
import type { CommandPostDatabase } from '@/db/database'
import { writeWithAudit } from '@/db/write'

/** The tables the demo's duty writes, for a caller that opens the transaction. */
export function demoDutyTables(db: CommandPostDatabase) {
  return [db.users, db.dutyStaff, db.dutyPatterns, db.dutyDays, db.leaveRequests]
}

/**
 * Adds the demo township's duty: staff linked to the demo accounts, the day/night pattern, this month's roster,
 * an approved leave (someone is away today) and a pending one. Joins the caller's transaction when there is one.
 */
export function addDemoDuty(
  db: CommandPostDatabase,
  seed: number,
  actor: Actor,
  today: LocalDate = localToday(),
): Promise<void> {
  return writeWithAudit(db, actor, demoDutyTables(db), async (ctx) => {
    const users = await db.users.toArray()
    const demo = generateDemoDuty(seed, today, new Map(users.map((u) => [u.name, u.id])))
    const ids = new Map(demo.staff.map((s) => [s.id, newId('stf', ctx.now)]))
    const id = (demoId: string | undefined) => (demoId ? ids.get(demoId)! : undefined)
    await db.dutyStaff.bulkAdd(demo.staff.map((s) => ({ ...s, id: id(s.id)!, ...ctx.stampNew() })))
    await db.dutyPatterns.put(demo.pattern)
    await db.dutyDays.bulkPut(
      demo.days.map((d) => ({
        id: d.id,
        ...(d.leaderId ? { leaderId: id(d.leaderId) } : {}),
        shifts: Object.fromEntries(Object.entries(d.shifts).map(([k, v]) => [k, v.map((s) => id(s)!)])),
        ...ctx.stampNew(),
      })),
    )
    const secretary = demo.staff.find((s) => s.signatory === 'secretary')!
    const mayor = demo.staff.find((s) => s.signatory === 'mayor')!
    const leave = (input: LeaveInput, approved: boolean) => ({
      id: newId('lve', ctx.now),
      ...input,
      staffId: id(input.staffId)!,
      status: approved ? ('approved' as const) : ('pending' as const),
      signatures: approved
        ? [
            { role: 'secretary' as const, staffId: id(secretary.id)!, name: secretary.name, at: ctx.now },
            { role: 'mayor' as const, staffId: id(mayor.id)!, name: mayor.name, at: ctx.now },
          ]
        : [],
      ...ctx.stampNew(),
    })
    await db.leaveRequests.bulkAdd([leave(demo.approvedLeave, true), leave(demo.pendingLeave, false)])
  })
}

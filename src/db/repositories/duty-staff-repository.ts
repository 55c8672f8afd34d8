import type { Actor } from '@/domain/accounts/user'
import { diffFields } from '@/domain/audit/audit-entry'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import { staffConflicts, type DutyStaff, type DutyStaffInput } from '@/domain/duty/staff'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** Every staff record (retired included), leaders first, then by name. A township has at most a hundred. */
export async function listDutyStaff(db: CommandPostDatabase): Promise<DutyStaff[]> {
  const all = await db.dutyStaff.toArray()
  return all.sort((a, b) => Number(b.canLead) - Number(a.canLead) || a.name.localeCompare(b.name, 'zh-CN'))
}

/** One staff record by id. */
export function getDutyStaff(db: CommandPostDatabase, id: string): Promise<DutyStaff | undefined> {
  return db.dutyStaff.get(id)
}

/** The staff record linked to a login account, if any. */
export async function findStaffByUser(db: CommandPostDatabase, userId: string): Promise<DutyStaff | undefined> {
  return (await db.dutyStaff.toArray()).find((s) => s.userId === userId && s.retiredAt === undefined)
}

/**
 * Adds (no id) or edits a staff record; refuses a second secretary or mayor and a login linked twice, checked in
 * the same transaction as the write. Input is validated upstream.
 */
export function saveDutyStaff(
  db: CommandPostDatabase,
  id: string | undefined,
  input: DutyStaffInput,
  actor: Actor,
): Promise<DutyStaff> {
  return writeWithAudit(db, actor, [db.dutyStaff], async (ctx) => {
    const others = (await db.dutyStaff.toArray()).filter((s) => s.id !== id)
    const problems = staffConflicts(input, others)
    if (problems.length) throw new ValidationError(problems)
    const before = id ? await db.dutyStaff.get(id) : undefined
    if (id && !before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const after: DutyStaff = before
      ? { ...before, ...input, updatedAt: ctx.now, updatedBy: actor.id }
      : { id: newId('stf', ctx.now), ...input, ...ctx.stampNew() }
    for (const key of ['userId', 'signatory'] as const) if (!after[key]) delete after[key]
    await db.dutyStaff.put(after)
    await ctx.audit(
      before
        ? note('update', 'dutyStaff', after.id, after.name, diffFields(before, after))
        : note('create', 'dutyStaff', after.id, `${after.name} ${after.position}`),
    )
    return after
  })
}

/** Retires (never deletes) a staff record with a reason, or restores it. */
export function setDutyStaffRetired(
  db: CommandPostDatabase,
  id: string,
  reason: string | false,
  actor: Actor,
): Promise<DutyStaff> {
  return writeWithAudit(db, actor, [db.dutyStaff], async (ctx) => {
    const before = await db.dutyStaff.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const { retiredAt: _a, retiredBy: _b, retiredReason: _c, ...active } = before
    const after: DutyStaff = reason
      ? { ...before, retiredAt: ctx.now, retiredBy: actor.id, retiredReason: reason }
      : { ...active }
    after.updatedAt = ctx.now
    after.updatedBy = actor.id
    await db.dutyStaff.put(after)
    await ctx.audit(
      note(reason ? 'retire' : 'restore', 'dutyStaff', id, reason ? `${after.name}：${reason}` : after.name),
    )
    return after
  })
}

import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError, type Problem } from '@/domain/common/result'
import { shiftRecordId, type DutyShiftRecord } from '@/domain/duty/handover'
import type { AuditAction } from '@/domain/audit/audit-entry'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'

/** The record of one shift, if anything was recorded. */
export function getShiftRecord(db: CommandPostDatabase, date: LocalDate, shiftKey: string) {
  return db.dutyShiftRecords.get(shiftRecordId(date, shiftKey))
}

/** Records of the given ids that exist. */
export async function listShiftRecords(db: CommandPostDatabase, ids: string[]): Promise<DutyShiftRecord[]> {
  return (await db.dutyShiftRecords.bulkGet(ids)).filter((r): r is DutyShiftRecord => r !== undefined)
}

function emptyRecord(date: LocalDate, shiftKey: string, stamps: DutyShiftRecord['createdAt'], actor: Actor) {
  return {
    id: shiftRecordId(date, shiftKey),
    date,
    shiftKey,
    signIns: [],
    notes: '',
    items: [],
    createdAt: stamps,
    createdBy: actor.id,
    updatedAt: stamps,
    updatedBy: actor.id,
  } satisfies DutyShiftRecord
}

/**
 * Changes a shift's record (created empty on first use) by `change(current)` in one transaction. With `next`,
 * the next shift's record is changed in the same transaction (unfinished items carried over at handover).
 * `change` returns problems to refuse instead of a record.
 */
export function updateShiftRecord(
  db: CommandPostDatabase,
  shift: { date: LocalDate; shiftKey: string },
  change: (current: DutyShiftRecord) => DutyShiftRecord | Problem[],
  audit: { action: AuditAction; summary: string },
  actor: Actor,
  next?: { date: LocalDate; shiftKey: string; change: (current: DutyShiftRecord) => DutyShiftRecord },
): Promise<DutyShiftRecord> {
  return writeWithAudit(db, actor, [db.dutyShiftRecords], async (ctx) => {
    const id = shiftRecordId(shift.date, shift.shiftKey)
    const current = (await db.dutyShiftRecords.get(id)) ?? emptyRecord(shift.date, shift.shiftKey, ctx.now, actor)
    const after = change(current)
    if (Array.isArray(after)) throw new ValidationError(after)
    const saved = { ...after, updatedAt: ctx.now, updatedBy: actor.id }
    await db.dutyShiftRecords.put(saved)
    if (next) {
      const nextId = shiftRecordId(next.date, next.shiftKey)
      const nextCurrent =
        (await db.dutyShiftRecords.get(nextId)) ?? emptyRecord(next.date, next.shiftKey, ctx.now, actor)
      await db.dutyShiftRecords.put({ ...next.change(nextCurrent), updatedAt: ctx.now, updatedBy: actor.id })
    }
    await ctx.audit(note(audit.action, 'dutyShift', id, audit.summary))
    return saved
  })
}

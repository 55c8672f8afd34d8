import type { Actor } from '@/domain/accounts/user'
import type { Instant } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { ValidationError, type Problem } from '@/domain/common/result'
import { carryOver, draftHandoverText, minutesLate, type DutyShiftRecord } from '@/domain/duty/handover'
import { shiftsOf, type ShiftOnDuty } from '@/domain/duty/on-duty'
import { addDays } from '@/domain/duty/calendar'
import type { DutyStaff } from '@/domain/duty/staff'
import type { CommandPostDatabase } from '@/db/database'
import { findStaffByUser } from '@/db/repositories/duty-staff-repository'
import { getShiftRecord, updateShiftRecord } from '@/db/repositories/shift-record-repository'
import { getShiftPattern, listDutyDays } from '@/db/repositories/roster-repository'
import { findUserByName } from '@/db/repositories/user-repository'
import { verifyPassword } from '../accounts/password-hash'
import { HANDOVER_SOURCES } from './handover-source'

/** A shift of the roster: the date and the shift key. */
export interface ShiftRef {
  date: string
  shiftKey: string
}

/** The shift with who is on it, and the one after it (for carrying items over). */
export async function findShift(
  db: CommandPostDatabase,
  ref: ShiftRef,
): Promise<{ shift: ShiftOnDuty; next?: ShiftOnDuty }> {
  const pattern = await getShiftPattern(db)
  const shifts = shiftsOf(await listDutyDays(db, ref.date, addDays(ref.date, 1)), pattern)
  const index = shifts.findIndex((s) => s.date === ref.date && s.shift.key === ref.shiftKey)
  if (index < 0) throw new ValidationError([{ field: 'shift', code: 'duty.noSuchShift' }])
  return { shift: shifts[index], next: shifts[index + 1] }
}

/**
 * Checks a person's own credentials (login name and PIN/password) and returns their staff record. The hash is
 * checked before any transaction opens: an IndexedDB transaction closes while WebCrypto works.
 */
export async function staffByCredentials(db: CommandPostDatabase, name: string, password: string): Promise<DutyStaff> {
  const user = await findUserByName(db, name)
  const ok = user !== undefined && user.retiredAt === undefined && (await verifyPassword(password, user.password))
  if (!user || !ok) throw new ValidationError([{ field: 'password', code: 'wrongCredentials' }])
  const staff = await findStaffByUser(db, user.id)
  if (!staff) throw new ValidationError([{ field: 'name', code: 'duty.noStaffForAccount', params: { name } }])
  return staff
}

const onShift = (shift: ShiftOnDuty, staffId: string) =>
  shift.officerIds.includes(staffId) || shift.leaderId === staffId

/** 到岗签到: the incoming officer signs in for their shift with their own credentials; lateness is recorded. */
export async function signInForShift(
  db: CommandPostDatabase,
  ref: ShiftRef,
  credentials: { name: string; password: string },
  actor: Actor,
  now: Instant = Date.now(),
): Promise<DutyShiftRecord> {
  const staff = await staffByCredentials(db, credentials.name, credentials.password)
  const { shift } = await findShift(db, ref)
  if (!onShift(shift, staff.id))
    throw new ValidationError([{ field: 'name', code: 'duty.notOnShift', params: { name: staff.name } }])
  const late = minutesLate(now, shift.start)
  return updateShiftRecord(
    db,
    ref,
    (current): DutyShiftRecord | Problem[] =>
      current.signIns.some((s) => s.staffId === staff.id)
        ? [{ field: 'name', code: 'duty.alreadySignedIn', params: { name: staff.name } }]
        : {
            ...current,
            signIns: [...current.signIns, { staffId: staff.id, name: staff.name, at: now, minutesLate: late }],
          },
    {
      action: 'signIn',
      summary: `${staff.name} 签到 ${ref.date} ${shift.shift.name}${late > 0 ? `（迟到 ${late} 分钟）` : ''}`,
    },
    actor,
  )
}

/** Saves the shift's notes and items (what the handover is drafted from). Refused once the handover is confirmed. */
export function saveShiftNotes(
  db: CommandPostDatabase,
  ref: ShiftRef,
  change: { notes: string; items: { id?: string; text: string; done: boolean }[] },
  actor: Actor,
): Promise<DutyShiftRecord> {
  const items = change.items
    .filter((i) => i.text.trim() !== '')
    .map((i) => ({ ...i, id: i.id ?? newId('itm'), text: i.text.trim() }))
  return updateShiftRecord(
    db,
    ref,
    (current): DutyShiftRecord | Problem[] =>
      current.handover?.incoming
        ? [{ field: 'handover', code: 'duty.handoverClosed' }]
        : {
            ...current,
            notes: change.notes,
            items: items.map((i) => ({ ...current.items.find((c) => c.id === i.id), ...i })),
          },
    { action: 'update', summary: `${ref.date} ${ref.shiftKey} 值班记录` },
    actor,
  )
}

/** The handover text drafted from every source (this screen's notes and items; the log once it exists). */
export async function draftHandover(db: CommandPostDatabase, ref: ShiftRef): Promise<string> {
  const { shift } = await findShift(db, ref)
  const record = (await getShiftRecord(db, ref.date, ref.shiftKey)) ?? {
    id: '',
    date: ref.date,
    shiftKey: ref.shiftKey,
    signIns: [],
    notes: '',
    items: [],
    createdAt: 0,
    createdBy: '',
    updatedAt: 0,
    updatedBy: '',
  }
  const sections = (await Promise.all(HANDOVER_SOURCES.map((s) => s.sections(db, shift, record)))).flat()
  return draftHandoverText(sections)
}

/**
 * 交接班: the outgoing officer confirms the (edited) text with their own credentials, then the incoming
 * officer of the next shift confirms with theirs; at that moment unfinished items move to the next shift.
 */
export async function confirmHandover(
  db: CommandPostDatabase,
  ref: ShiftRef,
  side: 'outgoing' | 'incoming',
  input: { text: string; name: string; password: string },
  actor: Actor,
  now: Instant = Date.now(),
): Promise<DutyShiftRecord> {
  const staff = await staffByCredentials(db, input.name, input.password)
  const { shift, next } = await findShift(db, ref)
  const allowed = side === 'outgoing' ? shift : next
  if (!allowed || !allowed.officerIds.includes(staff.id))
    throw new ValidationError([{ field: 'name', code: `duty.handover.${side}`, params: { name: staff.name } }])
  if (side === 'outgoing' && input.text.trim() === '') throw new ValidationError([{ field: 'text', code: 'required' }])
  const signature = { staffId: staff.id, name: staff.name, at: now }
  let carried: DutyShiftRecord | undefined
  const record = await updateShiftRecord(
    db,
    ref,
    (current): DutyShiftRecord | Problem[] => {
      if (side === 'incoming' && !current.handover?.outgoing)
        return [{ field: 'handover', code: 'duty.handoverNotSigned' }]
      if (current.handover?.[side]) return [{ field: 'handover', code: 'duty.handoverAlreadySigned' }]
      const handover =
        side === 'outgoing'
          ? { text: input.text.trim(), outgoing: signature }
          : { ...current.handover!, incoming: signature }
      carried = current
      return { ...current, handover }
    },
    {
      action: 'handover',
      summary: `${ref.date} ${shift.shift.name} 交接班：${staff.name}（${side === 'outgoing' ? '交班' : '接班'}）确认`,
    },
    actor,
    side === 'incoming' && next
      ? {
          date: next.date,
          shiftKey: next.shift.key,
          change: (n) => ({
            ...n,
            items: [...n.items, ...carryOver(carried!).filter((c) => !n.items.some((i) => i.id === c.id))],
          }),
        }
      : undefined,
  )
  return record
}

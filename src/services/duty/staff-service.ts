import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { staffProblems, type DutyStaff, type DutyStaffInput } from '@/domain/duty/staff'
import type { CommandPostDatabase } from '@/db/database'
import { saveDutyStaff, setDutyStaffRetired } from '@/db/repositories/duty-staff-repository'

/** Trims the texts and takes spaces and dashes out of the phone. */
export function normalizeStaff(input: DutyStaffInput): DutyStaffInput {
  return {
    ...input,
    name: input.name.trim(),
    position: input.position.trim(),
    unit: input.unit.trim(),
    phone: input.phone.replace(/[\s-]/g, '').replace(/^\+86/, ''),
  }
}

/** Adds (no id) or edits a staff record after checking it; nothing is written when it fails. */
export function saveStaff(
  db: CommandPostDatabase,
  id: string | undefined,
  input: DutyStaffInput,
  actor: Actor,
): Promise<DutyStaff> {
  const staff = normalizeStaff(input)
  const problems = staffProblems(staff)
  if (problems.length) throw new ValidationError(problems)
  return saveDutyStaff(db, id, staff, actor)
}

/** Retires a staff record with a reason (kept in the history of every roster that names them). */
export function retireStaff(db: CommandPostDatabase, id: string, reason: string, actor: Actor): Promise<DutyStaff> {
  if (reason.trim() === '') throw new ValidationError([{ field: 'reason', code: 'required' }])
  return setDutyStaffRetired(db, id, reason.trim(), actor)
}

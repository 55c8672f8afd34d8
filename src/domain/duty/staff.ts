import type { Problem } from '../common/result'
import type { Retirable, Stamped } from '../common/entity'

/**
 * Who signs leave requests 外出报备 双签字: the party secretary 书记 and the mayor 镇长. A staff record carries
 * the flag; the account linked to it is what approves.
 */
export type Signatory = 'secretary' | 'mayor'

/** 值班人员: a cadre on the duty register. */
export interface DutyStaff extends Stamped, Retirable {
  id: string
  name: string
  /** 职务, e.g. 副镇长, 党政办主任. */
  position: string
  /** 单位/部门, e.g. 党政办. */
  unit: string
  phone: string
  /** May be leader on duty 带班领导. */
  canLead: boolean
  /** The login account of this person, if any: needed to sign in for a shift or to approve. */
  userId?: string
  signatory?: Signatory
}

/** What the staff form edits. */
export type DutyStaffInput = Pick<
  DutyStaff,
  'name' | 'position' | 'unit' | 'phone' | 'canLead' | 'userId' | 'signatory'
>

/** Problems with a staff record: name and a mainland mobile or landline are required. */
export function staffProblems(input: DutyStaffInput): Problem[] {
  const problems: Problem[] = []
  if (input.name.trim() === '') problems.push({ field: 'name', code: 'required' })
  const phone = input.phone.replace(/[\s-]/g, '')
  if (phone === '') problems.push({ field: 'phone', code: 'required' })
  else if (!/^(1\d{10}|0\d{9,11}|\d{7,8})$/.test(phone)) problems.push({ field: 'phone', code: 'phone' })
  return problems
}

/** Problems of a staff record in the context of the others: one secretary and one mayor, a login linked once. */
export function staffConflicts(input: DutyStaffInput, others: readonly DutyStaff[]): Problem[] {
  const problems: Problem[] = []
  const active = others.filter((s) => s.retiredAt === undefined)
  const sameSignatory = input.signatory && active.find((s) => s.signatory === input.signatory)
  if (sameSignatory)
    problems.push({ field: 'signatory', code: 'duty.signatoryTaken', params: { name: sameSignatory.name } })
  const sameUser = input.userId && active.find((s) => s.userId === input.userId)
  if (sameUser) problems.push({ field: 'userId', code: 'duty.accountLinked', params: { name: sameUser.name } })
  return problems
}

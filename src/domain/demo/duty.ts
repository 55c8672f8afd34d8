import type { LocalDate } from '../common/entity'
import { addDays, monthOf } from '../duty/calendar'
import type { LeaveInput } from '../duty/leave'
import type { DutyDayPlan } from '../duty/roster'
import { generateMonth } from '../duty/roster-generator'
import { DEFAULT_PATTERN, type ShiftPattern } from '../duty/shift-pattern'
import type { DutyStaff, DutyStaffInput } from '../duty/staff'
import { mobileNumber, personName } from './names'
import { createRandom } from './random'

/** The demo's duty register, pattern, this month's roster and two leave requests (one approved, one pending). */
export interface DemoDuty {
  staff: (DutyStaffInput & { id: string })[]
  pattern: ShiftPattern
  days: DutyDayPlan[]
  /** Away now and approved by both: shows in "who is away". */
  approvedLeave: LeaveInput
  /** Waiting for both signatures. */
  pendingLeave: LeaveInput
}

/** Leaders 带班领导: the secretary and the mayor sign leave; the demo accounts 刘书记 and 王镇长 are theirs. */
const LEADERS: readonly [string, string, DutyStaffInput['signatory'], string?][] = [
  ['刘建国', '党委书记', 'secretary', '刘书记'],
  ['王志强', '镇长', 'mayor', '王镇长'],
  ['', '党委副书记', undefined],
  ['', '副镇长', undefined],
  ['', '副镇长', undefined],
  ['', '人大主席', undefined],
]
const OFFICER_POSTS: readonly [string, string][] = [
  ['党政办主任', '党政办'],
  ['党政办干事', '党政办'],
  ['社会事务办主任', '社会事务办'],
  ['卫健办干事', '卫健办'],
  ['经发办干事', '经发办'],
  ['综治办主任', '综治办'],
  ['综治办干事', '综治办'],
  ['农业服务中心干事', '农业服务中心'],
  ['财政所干事', '财政所'],
  ['派出所民警', '派出所'],
  ['卫生院医生', '卫生院'],
  ['文化站干事', '文化站'],
]

/**
 * The demo township's duty (seeded, deterministic): 6 leaders and 12 officers, day 8–20 / night 20–8 with one
 * officer each, this month's roster generated around an approved leave, and a pending leave for next week.
 * `userIds` maps demo login names to account ids (张值班 becomes the first officer).
 */
export function generateDemoDuty(seed: number, today: LocalDate, userIds: ReadonlyMap<string, string>): DemoDuty {
  const random = createRandom(`${seed}/duty`)
  const staff: DemoDuty['staff'] = []
  LEADERS.forEach(([name, position, signatory, login], i) => {
    const person = {
      name: name || personName(random),
      position,
      unit: '镇党委政府',
      phone: mobileNumber(random),
      canLead: true,
    }
    const userId = login ? userIds.get(login) : undefined
    staff.push({ id: `stf_demo_l${i}`, ...person, ...(signatory ? { signatory } : {}), ...(userId ? { userId } : {}) })
  })
  OFFICER_POSTS.forEach(([position, unit], i) => {
    const userId = i === 0 ? userIds.get('张值班') : undefined
    const name = i === 0 ? '张明' : personName(random)
    staff.push({
      id: `stf_demo_o${i}`,
      name,
      position,
      unit,
      phone: mobileNumber(random),
      canLead: false,
      ...(userId ? { userId } : {}),
    })
  })
  const approvedLeave: LeaveInput = {
    staffId: staff[8].id,
    from: addDays(today, -1),
    to: addDays(today, 2),
    destination: '成都市',
    reason: '陪护住院的父亲',
    contact: staff[8].phone,
  }
  const pendingLeave: LeaveInput = {
    staffId: staff[10].id,
    from: addDays(today, 5),
    to: addDays(today, 7),
    destination: '雅安市',
    reason: '参加县里组织的业务培训',
    contact: staff[10].phone,
  }
  const approved = { ...approvedLeave, id: 'lve_demo', status: 'approved' as const, signatures: [] }
  const stamps = { createdAt: 0, createdBy: 'system', updatedAt: 0, updatedBy: 'system' }
  const days = generateMonth({
    month: monthOf(today),
    staff: staff.map((s): DutyStaff => ({ ...s, ...stamps })),
    pattern: DEFAULT_PATTERN,
    leaves: [{ ...approved, ...stamps }],
    seed,
  })
  return { staff, pattern: DEFAULT_PATTERN, days, approvedLeave, pendingLeave }
}

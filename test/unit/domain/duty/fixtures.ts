import type { LeaveRequest } from '@/domain/duty/leave'
import type { DutyStaff } from '@/domain/duty/staff'

const stamps = { createdAt: 0, createdBy: 't', updatedAt: 0, updatedBy: 't' }

/** `leaders` who can lead and `officers` who cannot, ids `L0…` and `O0…`. */
export function makeStaff(leaders: number, officers: number): DutyStaff[] {
  const make = (prefix: string, canLead: boolean) => (_: unknown, i: number) => ({
    id: `${prefix}${i}`,
    name: `${prefix}${i}`,
    position: '',
    unit: '',
    phone: '13800000000',
    canLead,
    ...stamps,
  })
  return [...Array.from({ length: leaders }, make('L', true)), ...Array.from({ length: officers }, make('O', false))]
}

/** An approved leave. */
export function approvedLeave(staffId: string, from: string, to: string): LeaveRequest {
  return {
    id: `lve_${staffId}_${from}`,
    staffId,
    from,
    to,
    destination: '成都',
    reason: '就医',
    contact: '13800000000',
    status: 'approved',
    signatures: [],
    ...stamps,
  }
}

import { describe, expect, it } from 'vitest'
import { generateDemoDuty } from '@/domain/demo/duty'
import { daysOfMonth } from '@/domain/duty/calendar'
import { findConflicts } from '@/domain/duty/roster-conflicts'
import type { DutyStaff } from '@/domain/duty/staff'

const users = new Map([
  ['刘书记', 'usr_sec'],
  ['王镇长', 'usr_may'],
  ['张值班', 'usr_duty'],
])
const stamps = { createdAt: 0, createdBy: 's', updatedAt: 0, updatedBy: 's' }

describe('generateDemoDuty', () => {
  it('is the same for the same seed and day', () => {
    expect(generateDemoDuty(1, '2026-11-29', users)).toEqual(generateDemoDuty(1, '2026-11-29', users))
  })

  it('fills this month without conflicts around the approved leave, with both signatories linked', () => {
    const demo = generateDemoDuty(20200124, '2026-11-29', users)
    expect(demo.days.map((d) => d.id)).toEqual(daysOfMonth('2026-11'))
    const staff = new Map(demo.staff.map((s): [string, DutyStaff] => [s.id, { ...s, ...stamps }]))
    const approved = { ...demo.approvedLeave, id: 'l', status: 'approved' as const, signatures: [], ...stamps }
    expect(findConflicts(demo.days, { pattern: demo.pattern, staff, leaves: [approved] })).toEqual([])
    expect(demo.staff.filter((s) => s.signatory).map((s) => [s.signatory, s.userId])).toEqual([
      ['secretary', 'usr_sec'],
      ['mayor', 'usr_may'],
    ])
    expect(demo.approvedLeave.from <= '2026-11-29' && '2026-11-29' <= demo.approvedLeave.to).toBe(true)
    expect(demo.pendingLeave.from > '2026-11-29').toBe(true)
  })
})

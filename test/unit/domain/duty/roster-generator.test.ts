import { describe, expect, it } from 'vitest'
import { daysOfMonth } from '@/domain/duty/calendar'
import { findConflicts } from '@/domain/duty/roster-conflicts'
import { generateMonth, spreadOf } from '@/domain/duty/roster-generator'
import { DEFAULT_PATTERN, FULL_DAY_SHIFTS, type ShiftPattern } from '@/domain/duty/shift-pattern'
import { approvedLeave, makeStaff } from './fixtures'

const dayNight = DEFAULT_PATTERN
const fullDay: ShiftPattern = { ...DEFAULT_PATTERN, shifts: FULL_DAY_SHIFTS }
const twoPerShift: ShiftPattern = { ...DEFAULT_PATTERN, officersPerShift: 2, holidays: ['2026-10-01', '2026-10-02'] }

const cases = [
  { name: 'day/night, 4 leaders, 8 officers', pattern: dayNight, leaders: 4, officers: 8, month: '2026-11' },
  { name: '24-hour, 3 leaders, 5 officers', pattern: fullDay, leaders: 3, officers: 5, month: '2026-02' },
  { name: 'two per shift with holidays, 6 + 20', pattern: twoPerShift, leaders: 6, officers: 20, month: '2026-10' },
  { name: 'the bench size: 10 + 50', pattern: dayNight, leaders: 10, officers: 50, month: '2026-12' },
  { name: 'the smallest that works: 1 + 3', pattern: dayNight, leaders: 1, officers: 3, month: '2026-11' },
]

describe('generateMonth', () => {
  it.each(cases)('$name: every day filled, no conflict at all', ({ pattern, leaders, officers, month }) => {
    const staff = makeStaff(leaders, officers)
    const days = generateMonth({ month, staff, pattern, leaves: [], seed: 7 })
    expect(days.map((d) => d.id)).toEqual(daysOfMonth(month))
    const conflicts = findConflicts(days, { pattern, staff: new Map(staff.map((s) => [s.id, s])), leaves: [] })
    expect(conflicts).toEqual([])
  })

  it.each(cases)('$name: shares are even within bounds', ({ pattern, leaders, officers, month }) => {
    const staff = makeStaff(leaders, officers)
    const days = generateMonth({ month, staff, pattern, leaves: [], seed: 3 })
    const officerIds = staff.filter((s) => !s.canLead).map((s) => s.id)
    const leaderIds = staff.filter((s) => s.canLead).map((s) => s.id)
    expect(spreadOf(days, pattern, officerIds, (c) => c.shifts)).toBeLessThanOrEqual(1)
    expect(spreadOf(days, pattern, officerIds, (c) => c.nights)).toBeLessThanOrEqual(2)
    expect(spreadOf(days, pattern, officerIds, (c) => c.restDays)).toBeLessThanOrEqual(2)
    expect(spreadOf(days, pattern, leaderIds, (c) => c.leads)).toBeLessThanOrEqual(1)
    expect(spreadOf(days, pattern, leaderIds, (c) => c.restDays)).toBeLessThanOrEqual(2)
  })

  it.each([1, 2, 99, 'abc'])('seed %s: the same seed gives the same roster, another seed another', (seed) => {
    const staff = makeStaff(4, 12)
    const input = { month: '2026-11', staff, pattern: dayNight, leaves: [], seed }
    expect(generateMonth(input)).toEqual(generateMonth(input))
    expect(generateMonth({ ...input, seed: `${seed}x` })).not.toEqual(generateMonth(input))
  })

  it('never puts someone on a day of approved leave, and still fills the month', () => {
    const staff = makeStaff(3, 6)
    const leaves = [approvedLeave('O1', '2026-11-03', '2026-11-12'), approvedLeave('L0', '2026-11-01', '2026-11-30')]
    const pattern = dayNight
    const days = generateMonth({ month: '2026-11', staff, pattern, leaves, seed: 1 })
    const conflicts = findConflicts(days, { pattern, staff: new Map(staff.map((s) => [s.id, s])), leaves })
    expect(conflicts).toEqual([])
    expect(days.some((d) => d.leaderId === 'L0')).toBe(false)
  })

  it('leaves a slot empty (a visible conflict) rather than breaking a rule', () => {
    const staff = makeStaff(1, 2)
    const pattern = dayNight
    const days = generateMonth({ month: '2026-11', staff, pattern, leaves: [], seed: 1 })
    const conflicts = findConflicts(days, { pattern, staff: new Map(staff.map((s) => [s.id, s])), leaves: [] })
    expect(conflicts.length).toBeGreaterThan(0)
    expect(conflicts.every((c) => c.code === 'understaffed')).toBe(true)
  })

  it('nobody works the 1st after a night on the last day of the month before', () => {
    const staff = makeStaff(1, 3)
    const dayBefore = { id: '2026-10-31', leaderId: 'L0', shifts: { day: ['O0'], night: ['O1'] } }
    const days = generateMonth({ month: '2026-11', staff, pattern: dayNight, leaves: [], seed: 5, dayBefore })
    expect(Object.values(days[0].shifts).flat()).not.toContain('O1')
  })

  it('generates 31 days for 60 staff quickly', () => {
    const staff = makeStaff(10, 50)
    const start = performance.now()
    generateMonth({ month: '2026-12', staff, pattern: twoPerShift, leaves: [], seed: 1 })
    expect(performance.now() - start).toBeLessThan(1000)
  })
})

import { describe, expect, it } from 'vitest'
import { onDutyAt } from '@/domain/duty/on-duty'
import { findConflicts, introducedHardConflicts } from '@/domain/duty/roster-conflicts'
import { DEFAULT_PATTERN } from '@/domain/duty/shift-pattern'
import { approvedLeave, makeStaff } from './fixtures'

const staff = new Map(makeStaff(2, 4).map((s) => [s.id, s]))
const context = { pattern: DEFAULT_PATTERN, staff, leaves: [approvedLeave('O3', '2026-11-02', '2026-11-02')] }
const good = { id: '2026-11-01', leaderId: 'L0', shifts: { day: ['O0'], night: ['O1'] } }

describe('findConflicts', () => {
  it.each([
    ['no leader', { leaderId: undefined }, ['noLeader']],
    ['an officer as leader', { leaderId: 'O2' }, ['leaderCannotLead']],
    ['one person on two shifts', { shifts: { day: ['O0'], night: ['O0'] } }, ['doubleBooked']],
    ['the leader also an officer', { shifts: { day: ['L0'], night: ['O1'] } }, ['doubleBooked']],
    ['a shift short', { shifts: { day: ['O0'], night: [] } }, ['understaffed']],
  ])('%s', (_, change, codes) => {
    expect(findConflicts([{ ...good, ...change }], context).map((c) => c.code)).toEqual(codes)
  })

  it('finds someone on leave and someone working straight after a night', () => {
    const next = { id: '2026-11-02', leaderId: 'L1', shifts: { day: ['O1'], night: ['O3'] } }
    const found = findConflicts([good, next], context)
    expect(found.map((c) => [c.code, c.staffId])).toEqual([
      ['backToBackNight', 'O1'],
      ['onLeave', 'O3'],
    ])
    expect(found.find((c) => c.code === 'onLeave')?.params).toMatchObject({ name: 'O3', shift: '夜班' })
  })

  it('tells the conflicts an edit introduces from those already there', () => {
    const before = findConflicts([{ ...good, leaderId: undefined }], context)
    const after = findConflicts([{ ...good, leaderId: undefined, shifts: { day: ['O0'], night: ['O0'] } }], context)
    expect(introducedHardConflicts(before, after).map((c) => c.code)).toEqual(['doubleBooked'])
  })
})

describe('onDutyAt', () => {
  const days = [good, { id: '2026-11-02', leaderId: 'L1', shifts: { day: ['O2'], night: ['O0'] } }]
  it('finds last night’s shift early in the morning, and the day shift next', () => {
    const at = new Date(2026, 10, 2, 6, 30).getTime()
    const { current, next } = onDutyAt(at, days, DEFAULT_PATTERN)
    expect([current?.date, current?.shift.key, current?.officerIds]).toEqual(['2026-11-01', 'night', ['O1']])
    expect([next?.date, next?.shift.key, next?.officerIds]).toEqual(['2026-11-02', 'day', ['O2']])
  })
})

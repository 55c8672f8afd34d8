import { describe, expect, it } from 'vitest'
import { applySwap, swapDecisionProblems, swapProblems, type SwapRequest } from '@/domain/duty/swap'
import { approvedLeave, makeStaff } from './fixtures'

const staff = makeStaff(2, 4)
const byId = new Map(staff.map((s) => [s.id, s]))
const day = { id: '2026-11-20', leaderId: 'L0', shifts: { day: ['O0'], night: ['O1'] } }
const input = { date: '2026-11-20', shiftKey: 'day', fromStaffId: 'O0', toStaffId: 'O2', reason: '家中有事' }
const context = { day, today: '2026-11-18', noticeDays: 1, leaves: [], staff: byId }

describe('swapProblems', () => {
  it.each([
    ['a good swap', {}, {}, []],
    ['the giver is not on that shift', { fromStaffId: 'O3' }, {}, ['duty.swapNotOnShift']],
    ['the taker is on leave', {}, { leaves: [approvedLeave('O2', '2026-11-19', '2026-11-21')] }, ['duty.swapOnLeave']],
    ['the taker is already on duty that day', { toStaffId: 'O1' }, {}, ['duty.swapDoubleBooked']],
    ['too late: the shift is tomorrow and two days are needed', {}, { noticeDays: 3 }, ['duty.swapTooLate']],
    ['on the day itself', {}, { today: '2026-11-20' }, ['duty.swapTooLate']],
    ['asked by someone else than the giver', {}, { requesterId: 'O3' }, ['duty.swapNotYours']],
    ['no reason', { reason: '' }, {}, ['required']],
  ])('%s', (_, change, contextChange, codes) => {
    expect(swapProblems({ ...input, ...change }, { ...context, ...contextChange }).map((p) => p.code)).toEqual(codes)
  })

  it('applies by putting the taker in the giver’s place', () => {
    expect(applySwap(day, input).shifts).toEqual({ day: ['O2'], night: ['O1'] })
  })
})

describe('swapDecisionProblems', () => {
  const request: SwapRequest = {
    ...input,
    id: 'swp_1',
    status: 'pending',
    createdAt: 0,
    createdBy: 't',
    updatedAt: 0,
    updatedBy: 't',
  }
  it.each([
    ['the leader on duty that day decides', 'L0', []],
    ['another leader may not', 'L1', ['duty.notLeader']],
    ['an officer may not', 'O3', ['duty.notLeader']],
  ])('%s', (_, id, codes) => {
    expect(swapDecisionProblems(request, byId.get(id), day).map((p) => p.code)).toEqual(codes)
  })
  it('refuses deciding one’s own swap and deciding twice', () => {
    const leaderTakes = { ...request, toStaffId: 'L0' }
    expect(swapDecisionProblems(leaderTakes, byId.get('L0'), day).map((p) => p.code)).toEqual(['duty.selfApproval'])
    expect(swapDecisionProblems({ ...request, status: 'approved' }, byId.get('L0'), day).map((p) => p.code)).toEqual([
      'duty.swapNotPending',
    ])
  })
})

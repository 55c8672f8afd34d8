import { describe, expect, it } from 'vitest'
import { awayOn, leaveProblems, signingProblems, signLeave, type LeaveRequest } from '@/domain/duty/leave'
import type { DutyStaff } from '@/domain/duty/staff'
import { makeStaff } from './fixtures'

const [secretary, mayor, deputy, clerk] = makeStaff(3, 1)
const sec: DutyStaff = { ...secretary, signatory: 'secretary' }
const may: DutyStaff = { ...mayor, signatory: 'mayor' }
const input = {
  staffId: clerk.id,
  from: '2026-11-10',
  to: '2026-11-12',
  destination: '成都',
  reason: '就医',
  contact: '138',
}
const pending: LeaveRequest = {
  ...input,
  id: 'lve_1',
  status: 'pending',
  signatures: [],
  createdAt: 0,
  createdBy: 't',
  updatedAt: 0,
  updatedBy: 't',
}

describe('leaveProblems', () => {
  it.each([
    [{}, []],
    [{ to: '2026-11-09' }, ['duty.leaveEndsBeforeStart']],
    [{ from: '2026-02-30' }, ['required']],
    [{ destination: ' ' }, ['required']],
    [{ staffId: '' }, ['required']],
  ])('%o → %o', (change, codes) => {
    expect(leaveProblems({ ...input, ...change }).map((p) => p.code)).toEqual(codes)
  })
})

describe('signing a leave', () => {
  it('needs both the secretary and the mayor, in either order', () => {
    for (const order of [
      [sec, may],
      [may, sec],
    ]) {
      const once = signLeave(pending, order[0], 1)
      expect(once.status).toBe('pending')
      expect(signingProblems(once, order[0]).map((p) => p.code)).toEqual(['duty.alreadySigned'])
      expect(signingProblems(once, order[1])).toEqual([])
      expect(signLeave(once, order[1], 2).status).toBe('approved')
    }
  })

  it.each([
    ['someone who is neither', deputy, 'duty.notSignatory'],
    ['nobody linked', undefined, 'duty.notSignatory'],
  ])('refuses %s', (_, approver, code) => {
    expect(signingProblems(pending, approver).map((p) => p.code)).toEqual([code])
  })

  it('refuses approving one’s own leave', () => {
    expect(signingProblems({ ...pending, staffId: sec.id }, sec).map((p) => p.code)).toEqual(['duty.selfApproval'])
  })

  it('refuses signing what was refused already', () => {
    expect(signingProblems({ ...pending, status: 'refused' }, sec).map((p) => p.code)).toEqual(['duty.leaveNotPending'])
  })

  it('shows only approved leave in who is away', () => {
    const approved = { ...pending, id: 'lve_2', status: 'approved' as const }
    expect(awayOn('2026-11-11', [pending, approved]).map((l) => l.id)).toEqual(['lve_2'])
    expect(awayOn('2026-11-13', [approved])).toEqual([])
  })
})

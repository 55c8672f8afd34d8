import { describe, expect, it } from 'vitest'
import type { ConflictCode } from '@/domain/duty/roster-conflicts'
import { i18n } from '@/i18n'

// The conflict and handover codes are built as `duty.conflict.${code}` and `duty.handover.${side}`, which the
// source scan of messages.test.ts does not expand: they are listed here.
const CONFLICTS: Record<ConflictCode, true> = {
  noLeader: true,
  leaderCannotLead: true,
  onLeave: true,
  doubleBooked: true,
  backToBackNight: true,
  understaffed: true,
}

describe('duty messages', () => {
  it.each(['zh-CN', 'en-US'] as const)('every conflict and handover side has a %s message', (locale) => {
    const codes = [
      ...Object.keys(CONFLICTS).map((c) => `duty.conflict.${c}`),
      'duty.handover.outgoing',
      'duty.handover.incoming',
    ]
    expect(codes.filter((code) => !i18n.global.te(`problems.${code}`, locale))).toEqual([])
  })

  it('explains a conflict in a sentence a clerk understands', () => {
    const message = i18n.global.t(
      'problems.duty.conflict.onLeave',
      { name: '张明', date: '2026-11-15', shift: '白班' },
      { locale: 'zh-CN' },
    )
    expect(message).toBe('张明 2026-11-15 已批准外出，不能排白班。')
  })
})

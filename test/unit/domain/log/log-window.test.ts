import { describe, expect, it } from 'vitest'
import { logEntryProblems, type LogEntry } from '@/domain/log/log-entry'
import { dayWindow, matchesFilter, shiftWindow } from '@/domain/log/log-window'

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime()

describe('time windows of the log screen', () => {
  it('a day is local midnight to midnight', () => {
    expect(dayWindow('2026-11-29')).toEqual({ from: at(29, 0), to: at(30, 0) })
  })

  it('the shift is 8:00–20:00, or 20:00 to 8:00 across midnight from either side', () => {
    expect(shiftWindow(at(29, 10, 30))).toEqual({ from: at(29, 8), to: at(29, 20) })
    expect(shiftWindow(at(29, 8))).toEqual({ from: at(29, 8), to: at(29, 20) })
    expect(shiftWindow(at(29, 21))).toEqual({ from: at(29, 20), to: at(30, 8) })
    expect(shiftWindow(at(30, 3))).toEqual({ from: at(29, 20), to: at(30, 8) })
  })
})

describe('log filters', () => {
  const entry = {
    kind: 'call-in',
    villageId: 'vil_1',
    authorId: 'usr_1',
    content: '报告发热 1 人',
    handling: '已转卫生院',
    counterpart: '青龙村 王书记',
    phone: '13981601234',
  } as LogEntry

  it('match by kind, village, author and text in content, handling, counterpart or phone', () => {
    expect(matchesFilter(entry, {})).toBe(true)
    expect(matchesFilter(entry, { kinds: ['report'] })).toBe(false)
    expect(matchesFilter(entry, { kinds: ['report', 'call-in'], villageId: 'vil_1', authorId: 'usr_1' })).toBe(true)
    expect(matchesFilter(entry, { villageId: 'vil_2' })).toBe(false)
    expect(matchesFilter(entry, { text: '卫生院' })).toBe(true)
    expect(matchesFilter(entry, { text: '1234' })).toBe(true)
    expect(matchesFilter(entry, { text: '王书记' })).toBe(true)
    expect(matchesFilter(entry, { text: '隔离' })).toBe(false)
  })
})

describe('log entry input', () => {
  const now = at(29, 12)
  it('may be set back up to 48 hours, never into the future (a minute of clock slack)', () => {
    const input = { kind: 'call-in' as const, content: '来电' }
    expect(logEntryProblems({ ...input, occurredAt: now - 47 * 3600_000 }, now)).toEqual([])
    expect(logEntryProblems({ ...input, occurredAt: now + 30_000 }, now)).toEqual([])
    expect(logEntryProblems({ ...input, occurredAt: now - 49 * 3600_000 }, now).map((p) => p.code)).toEqual([
      'log.timeTooOld',
    ])
    expect(logEntryProblems({ ...input, occurredAt: NaN }, now).map((p) => p.code)).toEqual(['log.timeInvalid'])
    expect(logEntryProblems({ ...input, content: 'x'.repeat(2001) }, now).map((p) => p.code)).toEqual([
      'log.contentTooLong',
    ])
  })
})

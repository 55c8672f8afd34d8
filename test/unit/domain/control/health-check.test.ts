import { describe, expect, it } from 'vitest'
import { isOutsideMeasure, missedDays, readCheck, type CheckInput } from '@/domain/control/health-check'
import type { ControlMeasure } from '@/domain/control/measure'

const row = (more: Partial<CheckInput> = {}): CheckInput => ({
  measureId: 'msr_1',
  date: '2022-07-05',
  morning: '',
  afternoon: '',
  recheck: '',
  symptoms: [],
  status: 'seen-ok',
  checkedBy: '网格员',
  ...more,
})

const measure = (more: Partial<ControlMeasure> = {}) =>
  ({
    startDate: '2022-07-02',
    plannedEnd: '2022-07-11',
    status: 'active',
    releasedOn: '',
    lastSeenOn: '',
    ...more,
  }) as ControlMeasure

describe('readCheck', () => {
  it.each([
    ['36.5', 36.5, false],
    ['36.5℃', 36.5, false],
    ['37.3', 37.3, true],
    ['38', 38, true],
    ['37.29', 37.3, true],
  ])('reads %s as %s (fever %s)', (text, celsius, fever) => {
    const read = readCheck(row({ morning: text, status: fever ? 'seen-not-ok' : 'seen-ok' }))
    expect(read.problems).toEqual([])
    expect(read.morning).toBe(celsius)
    expect(read.fever).toBe(fever)
  })

  it.each(['3.65', '365', '45', 'abc'])('refuses the temperature %s with its value in the message', (text) => {
    expect(readCheck(row({ afternoon: text })).problems).toEqual([
      { field: 'afternoon', code: 'check.temperature', params: { value: text } },
    ])
  })

  it('refuses "seen, OK" with a fever or a symptom, and finds a fever in the re-measurement too', () => {
    expect(readCheck(row({ morning: '38.1' })).problems.map((p) => p.code)).toEqual(['check.okWithFever'])
    expect(readCheck(row({ symptoms: ['dry-cough'] })).problems.map((p) => p.code)).toEqual(['check.okWithFever'])
    expect(readCheck(row({ morning: '37.0', recheck: '37.6', status: 'seen-not-ok' })).fever).toBe(true)
  })
})

describe('missedDays and isOutsideMeasure', () => {
  it('counts days before today since last seen, from the start when never seen, up to the planned end', () => {
    expect(missedDays(measure(), '2022-07-02')).toBe(0)
    expect(missedDays(measure(), '2022-07-05')).toBe(3)
    expect(missedDays(measure({ lastSeenOn: '2022-07-04' }), '2022-07-05')).toBe(0)
    expect(missedDays(measure({ lastSeenOn: '2022-07-02' }), '2022-07-05')).toBe(2)
    expect(missedDays(measure({ lastSeenOn: '2022-07-09' }), '2022-07-20')).toBe(2)
  })

  it('marks days before the start and after the end or the release', () => {
    expect(isOutsideMeasure(measure(), '2022-07-01')).toBe(true)
    expect(isOutsideMeasure(measure(), '2022-07-11')).toBe(false)
    expect(isOutsideMeasure(measure(), '2022-07-12')).toBe(true)
    expect(isOutsideMeasure(measure({ status: 'released', releasedOn: '2022-07-06' }), '2022-07-07')).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import {
  bulletinTime,
  deadlineState,
  firstSubmittedAt,
  reportPeriod,
  submittedLate,
} from '@/domain/reports/report-window'

const WINDOW = { startTime: '11:00', endTime: '11:00', deadline: '11:30' }

describe('report window', () => {
  it('runs from 11:00 the day before to 11:00 on the report day, due 11:30', () => {
    const period = reportPeriod('2026-12-01', WINDOW)
    expect(new Date(period.from)).toEqual(new Date(2026, 10, 30, 11))
    expect(new Date(period.to)).toEqual(new Date(2026, 11, 1, 11))
    expect(new Date(period.deadline)).toEqual(new Date(2026, 11, 1, 11, 30))
  })

  it('is open, then near within the hour, then missed; submitted ends the warning', () => {
    const period = reportPeriod('2026-11-29', WINDOW)
    expect(deadlineState(period, new Date(2026, 10, 29, 9).getTime())).toBe('open')
    expect(deadlineState(period, new Date(2026, 10, 29, 10, 45).getTime())).toBe('near')
    expect(deadlineState(period, new Date(2026, 10, 29, 11, 31).getTime())).toBe('missed')
    expect(deadlineState(period, new Date(2026, 10, 29, 12).getTime(), new Date(2026, 10, 29, 11, 40).getTime())).toBe(
      'submitted',
    )
    expect(submittedLate(period, new Date(2026, 10, 29, 11, 40).getTime())).toBe(true)
  })

  it('names instants as a bulletin does', () => {
    expect(bulletinTime(new Date(2026, 10, 29, 11).getTime())).toBe('11月29日11时')
    expect(bulletinTime(new Date(2026, 10, 29, 11, 30).getTime())).toBe('11月29日11时30分')
  })
})

describe('firstSubmittedAt', () => {
  it('is the earliest submission of the day, so an amendment in progress keeps the day reported', () => {
    expect(firstSubmittedAt([{ submittedAt: 20 }, { submittedAt: 10 }, {}])).toBe(10)
    expect(firstSubmittedAt([{}])).toBeUndefined()
  })
})

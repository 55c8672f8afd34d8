import { describe, expect, it } from 'vitest'
import { figureKind, FIGURE_KEYS, VILLAGE_FIGURE_KEYS } from '@/domain/figures/figure-keys'
import {
  dayFigureWindow,
  levelDay,
  previousWindow,
  reportFigureWindow,
  todaySoFar,
  trailingDays,
  windowDays,
  windowInstants,
} from '@/domain/figures/figure-window'

const at = (day: number, hour = 0) => new Date(2022, 6, day, hour).getTime()

describe('figure windows (local time, Asia/Shanghai)', () => {
  it('give a dated record to the window holding its day’s midnight, so consecutive windows share days out', () => {
    const report = reportFigureWindow('2022-07-10', { startTime: '11:00', endTime: '11:00' })
    expect(windowInstants(report)).toEqual({ from: at(9, 11), to: at(10, 11) })
    expect(windowDays(report)).toEqual({ first: '2022-07-10', last: '2022-07-10' })
    expect(windowDays(previousWindow(report))).toEqual({ first: '2022-07-09', last: '2022-07-09' })
    expect(windowDays(dayFigureWindow('2022-07-10'))).toEqual({ first: '2022-07-10', last: '2022-07-10' })
    const inside = { from: new Date(at(10, 9)).toISOString(), to: new Date(at(10, 10)).toISOString() }
    const days = windowDays(inside)
    expect(days.last < days.first).toBe(true)
  })

  it('compare today so far with yesterday at the same hours, a week with the week before', () => {
    const today = todaySoFar(at(10, 15))
    expect(windowInstants(previousWindow(today))).toEqual({ from: at(9), to: at(9, 15) })
    const week = { from: new Date(at(4)).toISOString(), to: new Date(at(11)).toISOString() }
    expect(windowInstants(previousWindow(week))).toEqual({ from: at(-3 + 0), to: at(4) })
  })

  it('read a level on the day of the window’s last moment', () => {
    expect(levelDay(at(10, 15))).toBe('2022-07-10')
    expect(levelDay(at(11))).toBe('2022-07-10')
    expect(trailingDays('2022-07-02', 3)).toEqual(['2022-06-30', '2022-07-01', '2022-07-02'])
  })
})

describe('figure keys', () => {
  it('list each figure once; villages have all but the township stock and the cumulative screenings', () => {
    expect(new Set(FIGURE_KEYS).size).toBe(FIGURE_KEYS.length)
    // Township only: supplies below reserve and the 7 cumulative screenings (total and six categories).
    expect(FIGURE_KEYS.length - VILLAGE_FIGURE_KEYS.length).toBe(8)
    expect(figureKind('screened.total')).toBe('level')
    expect(figureKind('countyList.verified')).toBe('level')
    expect(figureKind('orders.opened')).toBe('count')
    expect(figureKind('underControl.centralized')).toBe('level')
    expect(figureKind('orders.overdue')).toBe('level')
    expect(figureKind('fevers')).toBe('count')
  })
})

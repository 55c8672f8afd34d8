import { describe, expect, it } from 'vitest'
import { figurePlan, screenedFigures } from '@/domain/figures/compute-figures'
import {
  countActiveIncidents,
  countOverdueTestsAt,
  countyRowsAt,
  ordersOpenedClosed,
  screenedBefore,
} from '@/domain/figures/figure-counts'
import { todaySoFar } from '@/domain/figures/figure-window'
import { at, EPISODES, INCIDENTS, NOW, ORDERS, ROWS, TESTS } from '../../../fixtures/figures'

describe('orders issued and closed in a window', () => {
  it('count issue and done instants in [from, to), whatever the order’s state now', () => {
    // Today 00:00–15:00: issued o2 (09:00); closed o3 (11:30). Yesterday 00:00–15:00: issued o1, o5; closed o5.
    expect(ordersOpenedClosed(ORDERS, at(10), NOW)).toEqual({ opened: 1, closed: 1 })
    expect(ordersOpenedClosed(ORDERS, at(9), at(9, 15))).toEqual({ opened: 2, closed: 1 })
    // The end is excluded: o3 done at 11:30 is not closed in a window ending 11:30.
    expect(ordersOpenedClosed(ORDERS, at(10), at(10, 11, 30))).toEqual({ opened: 1, closed: 0 })
  })
})

describe('cumulative screenings 累计排查', () => {
  it('count every registration before the instant, by category (a person registered twice counts twice)', () => {
    expect(screenedBefore(EPISODES, NOW)).toEqual({
      total: 6,
      returnee: 2,
      incoming: 1,
      inbound: 1,
      'close-contact': 1,
      'secondary-contact': 0,
      'county-list': 1,
    })
    expect(screenedBefore(EPISODES, at(1, 9)).total).toBe(0) // e5 at 07-01 09:00 is not before itself
  })

  it('give the level at the window’s end against the level at its start', () => {
    const plan = figurePlan(todaySoFar(NOW), NOW)
    const screened = screenedFigures(screenedBefore(EPISODES, plan.levelAt), screenedBefore(EPISODES, plan.from))
    expect(screened['screened.total']).toEqual({ value: 6, previous: 4, change: 2 })
    expect(screened['screened.close-contact']).toEqual({ value: 1, previous: 0, change: 1 })
    expect(screened['screened.county-list']).toEqual({ value: 1, previous: 1, change: 0 })
  })
})

describe('active incidents 处置中事件', () => {
  it('count incidents reported by the instant and not closed by then; an undated closing never counts', () => {
    // inc1 open since 07-09 08:00; inc2 closed, undated; inc3 reported 07-09 08:00, closed 07-10 12:00.
    expect(countActiveIncidents(INCIDENTS, at(9, 7))).toBe(0)
    expect(countActiveIncidents(INCIDENTS, at(10))).toBe(2)
    expect(countActiveIncidents(INCIDENTS, at(10, 11, 59))).toBe(2)
    expect(countActiveIncidents(INCIDENTS, at(10, 12))).toBe(1) // closed at that very instant
    expect(countActiveIncidents(INCIDENTS, NOW)).toBe(1)
  })
})

describe('county-list rows at an earlier instant', () => {
  it('take back the rows received since and give back the verifications made since', () => {
    // cls_1 today: r1, r2 (verified 10:00), r3, r4, r6 (verified on the 8th), r7 (received 12:00): 6 rows, 4 to verify.
    const live = ROWS.filter((r) => r.listId === 'cls_1')
    const now = { total: 6, unverified: 4 }
    const since = (t: number) => live.filter((r) => r.createdAt > t || (r.verifiedAt ?? 0) > t)
    expect(countyRowsAt(now, since(NOW), NOW)).toEqual(now)
    expect(countyRowsAt(now, since(at(10, 11)), at(10, 11))).toEqual({ total: 5, unverified: 3 })
    expect(countyRowsAt(now, since(at(10)), at(10))).toEqual({ total: 5, unverified: 4 })
    // A row verified at the very instant counts as verified then.
    expect(countyRowsAt(now, since(at(10, 10)), at(10, 10))).toEqual({ total: 5, unverified: 3 })
  })
})

describe('overdue tests at an earlier instant 逾期未检', () => {
  it('count the tests open then — open now, or closed after it — due before the level day', () => {
    const open = TESTS.filter((t) => t.openDue !== undefined) // t1 due the 10th, t4 due the 8th
    const closed = TESTS.filter((t) => t.closedAt !== undefined) // t5 due the 7th, result the 10th 09:00
    // At midnight on the 10th, for the 9th: t4 and t5.
    expect(countOverdueTestsAt(open, closed, '2022-07-09', at(10))).toBe(2)
    // After t5's result: t4 only.
    expect(countOverdueTestsAt(open, closed, '2022-07-09', at(10, 9))).toBe(1)
    // For the 11th: t1 as well.
    expect(countOverdueTestsAt(open, closed, '2022-07-11', at(10))).toBe(3)
    // A test created after the instant was not there.
    expect(countOverdueTestsAt([{ ...open[1], createdAt: at(10, 1) }], [], '2022-07-09', at(10))).toBe(0)
  })
})

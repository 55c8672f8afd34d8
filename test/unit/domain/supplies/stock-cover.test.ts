import { describe, expect, it } from 'vitest'
import {
  averageDailyUse,
  belowReserve,
  daysOfCover,
  expiringSoon,
  reserveQuantity,
  suggestBatches,
} from '@/domain/supplies/stock-cover'
import type { StockBalance, SupplyDay } from '@/domain/supplies/stock-document'
import { dailyFigures, itemStock } from '@/domain/supplies/stock-overview'
import type { SupplyItem } from '@/domain/supplies/supply-item'

const TODAY = '2026-11-20'
const balance = (batch: string, expiry: string, quantity: number): StockBalance => ({
  id: batch,
  itemId: 'sup_1',
  locationId: 'loc',
  batch,
  expiry,
  quantity,
  updatedAt: 0,
})
const day = (date: string, used: number, received = 0): SupplyDay => ({
  id: date,
  itemId: 'sup_1',
  date,
  received,
  used,
  writtenOff: 0,
  adjusted: 0,
  spent: 0,
})
const item = (reserve: SupplyItem['reserve']): SupplyItem => ({
  id: 'sup_1',
  code: 'X',
  name: 'N95口罩',
  category: 'protective',
  unit: '只',
  specification: '',
  reserve,
  key: true,
  sortOrder: 0,
  createdAt: 0,
  createdBy: '',
  updatedAt: 0,
  updatedBy: '',
})

describe('suggestBatches (FEFO)', () => {
  it('takes the batch that expires first, then the next, skipping empty ones', () => {
    const batches = [balance('L', '2027-05-01', 50), balance('E', '2026-12-01', 30), balance('Z', '2026-11-30', 0)]
    expect(suggestBatches(batches, 40)).toEqual([
      { batch: 'E', expiry: '2026-12-01', quantity: 30, available: 30 },
      { batch: 'L', expiry: '2027-05-01', quantity: 10, available: 50 },
    ])
    expect(suggestBatches(batches, 10).map((b) => b.batch)).toEqual(['E'])
  })
})

describe('days of cover', () => {
  const days = [day('2026-11-19', 70), day('2026-11-13', 70), day('2026-11-06', 1000), day('2026-11-20', 500)]

  it('averages use over the full days before today (today is not over)', () => {
    expect(averageDailyUse(days, TODAY, 7)).toBe(20)
    expect(averageDailyUse(days, TODAY, 14)).toBe(1140 / 14)
  })

  it('divides on hand by daily use, and is endless when nothing is used', () => {
    expect(daysOfCover(300, 20)).toBe(15)
    expect(daysOfCover(300, 0)).toBe(Number.POSITIVE_INFINITY)
  })
})

describe('reserve alerts', () => {
  it('flags a days target by days of cover and a quantity target by quantity', () => {
    expect(belowReserve(item({ kind: 'days', days: 30 }), 500, 20)).toBe(true)
    expect(belowReserve(item({ kind: 'days', days: 30 }), 600, 20)).toBe(false)
    expect(belowReserve(item({ kind: 'quantity', quantity: 100 }), 99, 0)).toBe(true)
    expect(reserveQuantity(item({ kind: 'days', days: 30 }), 2.5)).toBe(75)
  })

  it('flags batches with stock expiring within 30 days, and expired ones', () => {
    expect(expiringSoon(balance('a', '2026-12-20', 5), TODAY)).toBe(true)
    expect(expiringSoon(balance('b', '2026-12-21', 5), TODAY)).toBe(false)
    expect(expiringSoon(balance('c', '2026-11-01', 5), TODAY)).toBe(true)
    expect(expiringSoon(balance('d', '2026-11-01', 0), TODAY)).toBe(false)
  })

  it('puts it together per item with what is needed', () => {
    const [row] = itemStock(
      [item({ kind: 'days', days: 30 })],
      new Map([['sup_1', 100]]),
      [day('2026-11-19', 140)],
      [balance('a', '2026-12-01', 100)],
      TODAY,
      7,
    )
    expect(row).toMatchObject({
      onHand: 100,
      dailyUse: 20,
      daysOfCover: 5,
      reserve: 600,
      belowReserve: true,
      needed: 500,
      expiringBatches: 1,
    })
  })
})

describe('dailyFigures', () => {
  it('works closing stock back from today through each day', () => {
    const figures = dailyFigures(
      item({ kind: 'quantity', quantity: 100 }),
      80,
      [day('2026-11-20', 20, 50), day('2026-11-19', 10)],
      TODAY,
      3,
    )
    expect(figures.map((f) => [f.date, f.onHand, f.used, f.received, f.needed])).toEqual([
      ['2026-11-18', 60, 0, 0, 40],
      ['2026-11-19', 50, 10, 0, 50],
      ['2026-11-20', 80, 20, 50, 20],
    ])
  })
})

describe('recent use on totals', () => {
  it('books issues net of reversals and keeps only the last 20 days', async () => {
    const { bookRecentUse, recentUseDays } = await import('@/domain/supplies/daily-book')
    const totals = new Map([['sup_1', { itemId: 'sup_1', onHand: 10, recentUse: { '2026-10-01': 5 } }]])
    const m = (date: string, quantity: number, bookedAs: 'issue' | 'receipt' = 'issue') => ({
      itemId: 'sup_1',
      date,
      quantity,
      bookedAs,
    })
    bookRecentUse(totals, [
      m('2026-11-19', -30),
      m('2026-11-19', 10),
      m('2026-11-20', 99, 'receipt'),
      m('2026-11-18', -4),
    ])
    expect(totals.get('sup_1')?.recentUse).toEqual({ '2026-11-19': 20, '2026-11-18': 4 })
    expect(recentUseDays([...totals.values()]).map((d) => [d.date, d.used])).toEqual([
      ['2026-11-19', 20],
      ['2026-11-18', 4],
    ])
  })
})

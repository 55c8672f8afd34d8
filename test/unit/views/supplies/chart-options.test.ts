import { describe, expect, it } from 'vitest'
import type { ItemStock } from '@/domain/supplies/stock-overview'
import { SEED_ITEMS, type SupplyItem } from '@/domain/supplies/supply-item'
import { categoryOption, coverOption, dailyUseOption } from '@/views/supplies/chart-options'

const t = (key: string) => key
const stamps = { createdAt: 0, createdBy: '', updatedAt: 0, updatedBy: '' }
const n95: SupplyItem = { ...SEED_ITEMS[0], id: 'sup_1', ...stamps }
const gown: SupplyItem = { ...SEED_ITEMS[4], id: 'sup_2', ...stamps }

describe('supply chart options', () => {
  it('stacks fine and below-reserve items per category', () => {
    const option = categoryOption(t, [
      { category: 'protective', items: 9, onHand: 0, belowReserve: 2, expiringBatches: 1 },
    ])
    expect(option.xAxis.data).toEqual(['supplies.categories.protective'])
    expect(option.series.map((s) => s.data)).toEqual([[7], [2], [1]])
  })

  it('draws 30 days of use per key item, zero on days without use, today left out', () => {
    const option = dailyUseOption(
      [n95],
      [{ id: 'x', itemId: 'sup_1', date: '2026-11-19', received: 0, used: 40, writtenOff: 0, adjusted: 0, spent: 0 }],
      '2026-11-20',
    )
    expect(option.xAxis.data).toHaveLength(30)
    expect(option.xAxis.data.at(-1)).toBe('11-19')
    expect(option.series[0].data.at(-1)).toBe(40)
    expect(option.series[0].data[0]).toBe(0)
  })

  it('shows only key items, red when below reserve, endless cover capped', () => {
    const row = (item: SupplyItem, daysOfCover: number, belowReserve: boolean) =>
      ({ item, daysOfCover, belowReserve }) as ItemStock
    const option = coverOption(t, [
      row(n95, 12.34, true),
      row(gown, 5, true),
      row({ ...n95, id: 'k', name: '护目镜' }, Infinity, false),
    ])
    expect(option.yAxis.data).toEqual(['N95口罩', '护目镜'])
    expect(option.series[0].data).toEqual([
      { value: 12.3, itemStyle: { color: '#c0392b' } },
      { value: 99, itemStyle: { color: '#409eff' } },
    ])
  })
})

import type { CategoryStock, ItemStock } from '@/domain/supplies/stock-overview'
import { addDays } from '@/domain/supplies/stock-dates'
import type { SupplyDay } from '@/domain/supplies/stock-document'
import type { SupplyItem } from '@/domain/supplies/supply-item'

type Translate = (key: string, params?: Record<string, unknown>) => string

const RED = '#c0392b'
const AMBER = '#e6a23c'
const GREEN = '#67c23a'
const BLUE = '#409eff'

/** Items per category, split into fine and below reserve, with the expiring batches beside them. */
export function categoryOption(t: Translate, categories: readonly CategoryStock[]) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: categories.map((c) => t(`supplies.categories.${c.category}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('supplies.flags.ok'),
        type: 'bar',
        stack: 'items',
        color: GREEN,
        data: categories.map((c) => c.items - c.belowReserve),
      },
      {
        name: t('supplies.flags.below'),
        type: 'bar',
        stack: 'items',
        color: RED,
        data: categories.map((c) => c.belowReserve),
      },
      {
        name: t('supplies.columns.expiringBatches'),
        type: 'bar',
        color: AMBER,
        data: categories.map((c) => c.expiringBatches),
      },
    ],
  }
}

/** Daily use of the key items over the last `count` days (today excluded: it is not over). */
export function dailyUseOption(items: readonly SupplyItem[], days: readonly SupplyDay[], today: string, count = 30) {
  const dates = Array.from({ length: count }, (_, i) => addDays(today, i - count))
  const used = new Map(days.map((d) => [`${d.itemId}|${d.date}`, d.used]))
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: dates.map((d) => d.slice(5)) },
    yAxis: { type: 'value' },
    series: items.map((item) => ({
      name: `${item.name}（${item.unit}）`,
      type: 'line',
      smooth: true,
      showSymbol: false,
      data: dates.map((d) => used.get(`${item.id}|${d}`) ?? 0),
    })),
  }
}

/** Days of cover of the key items against their days target; red when below it. Endless cover is drawn at 99. */
export function coverOption(t: Translate, rows: readonly ItemStock[]) {
  const shown = rows.filter((r) => r.item.key)
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 130, right: 32, top: 16, bottom: 28 },
    xAxis: {
      type: 'value',
      name: t('supplies.columns.cover'),
      max: (v: { max: number }) => Math.max(45, Math.ceil(v.max)),
    },
    yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.item.name) },
    series: [
      {
        type: 'bar',
        data: shown.map((r) => ({
          value: Number.isFinite(r.daysOfCover) ? Math.round(r.daysOfCover * 10) / 10 : 99,
          itemStyle: { color: r.belowReserve ? RED : BLUE },
        })),
        markLine: { symbol: 'none', lineStyle: { color: RED, type: 'dashed' }, data: [{ xAxis: 30 }] },
      },
    ],
  }
}

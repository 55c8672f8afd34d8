import type { StockBalance } from '@/domain/supplies/stock-document'
import { daysBetween } from '@/domain/supplies/stock-dates'
import type { SupplyItem } from '@/domain/supplies/supply-item'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** Days of cover as shown: one decimal under 10 days, whole days above, "not in use" when nothing is used. */
export function coverText(t: Translate, days: number): string {
  if (!Number.isFinite(days)) return t('supplies.coverEndless')
  return t('supplies.coverDays', { n: days < 10 ? days.toFixed(1) : Math.floor(days) })
}

/** A daily use figure: one decimal. */
export function useText(perDay: number): string {
  return perDay === 0 ? '0' : perDay < 10 ? perDay.toFixed(1) : String(Math.round(perDay))
}

/** The reserve target as the catalogue states it. */
export function reserveText(t: Translate, item: SupplyItem): string {
  return item.reserve.kind === 'days'
    ? t('supplies.reserveDays', { n: item.reserve.days })
    : t('supplies.reserveQuantity', { n: item.reserve.quantity, unit: item.unit })
}

/** "还有 12 天" or "已过期 3 天" for a batch. */
export function expiryText(t: Translate, balance: StockBalance, today: string): string {
  const left = daysBetween(today, balance.expiry)
  return left < 0 ? t('supplies.expiredAgo', { n: -left }) : t('supplies.daysLeft', { n: left })
}

import type { LocalDate } from '../common/entity'
import { addDays } from './stock-dates'
import type { StockBalance, SupplyDay } from './stock-document'
import type { SupplyItem } from './supply-item'

/** The windows days of cover can be averaged over. */
export type CoverWindow = 7 | 14

/** A batch is flagged when it expires within this many days (or already has). */
export const EXPIRY_WARNING_DAYS = 30

/**
 * Batches to issue `quantity` from, the one that expires first first (FEFO 先到期先出), then by batch number.
 * Empty batches are skipped; the list stops once the quantity is covered (it may cover less when stock is short).
 */
export function suggestBatches(
  balances: readonly StockBalance[],
  quantity: number,
): { batch: string; expiry: LocalDate; quantity: number; available: number }[] {
  const sorted = balances
    .filter((b) => b.quantity > 0)
    .sort((a, b) => a.expiry.localeCompare(b.expiry) || a.batch.localeCompare(b.batch))
  const out: { batch: string; expiry: LocalDate; quantity: number; available: number }[] = []
  let left = quantity
  for (const b of sorted) {
    if (left <= 0) break
    const take = Math.min(left, b.quantity)
    out.push({ batch: b.batch, expiry: b.expiry, quantity: take, available: b.quantity })
    left -= take
  }
  return out
}

/**
 * Average daily use of an item over the `window` full days before `today` (today is still going on, so it
 * would pull the average down). Use is what was issued (出库), net of reversals.
 */
export function averageDailyUse(days: readonly SupplyDay[], today: LocalDate, window: CoverWindow): number {
  const from = addDays(today, -window)
  const used = days.filter((d) => d.date >= from && d.date < today).reduce((sum, d) => sum + d.used, 0)
  return Math.max(0, used) / window
}

/** 可用天数: on hand ÷ average daily use; Infinity when nothing is being used. */
export function daysOfCover(onHand: number, dailyUse: number): number {
  return dailyUse > 0 ? onHand / dailyUse : Number.POSITIVE_INFINITY
}

/** The reserve an item should hold, in its unit: the fixed quantity, or days × the current daily use. */
export function reserveQuantity(item: SupplyItem, dailyUse: number): number {
  return item.reserve.kind === 'quantity' ? item.reserve.quantity : Math.ceil(item.reserve.days * dailyUse)
}

/** True when the item holds less than its reserve target (低于储备). */
export function belowReserve(item: SupplyItem, onHand: number, dailyUse: number): boolean {
  if (item.reserve.kind === 'quantity') return onHand < item.reserve.quantity
  // A days target with no use yet still wants something on the shelf.
  return dailyUse > 0 ? daysOfCover(onHand, dailyUse) < item.reserve.days : onHand <= 0
}

/** True when a batch still holding stock expires within {@link EXPIRY_WARNING_DAYS} days of today, or has. */
export function expiringSoon(balance: StockBalance, today: LocalDate): boolean {
  return balance.quantity > 0 && balance.expiry <= addDays(today, EXPIRY_WARNING_DAYS)
}

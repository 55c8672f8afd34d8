import type { LocalDate } from '@/domain/common/entity'
import { localToday } from '@/domain/person/dates'
import type { CoverWindow } from '@/domain/supplies/stock-cover'
import { recentUseDays } from '@/domain/supplies/daily-book'
import {
  categoryStock,
  itemStock,
  onHandAtStartOf,
  type CategoryStock,
  type ItemStock,
} from '@/domain/supplies/stock-overview'
import type { StockBalance } from '@/domain/supplies/stock-document'
import type { SupplyItem } from '@/domain/supplies/supply-item'
import type { CommandPostDatabase } from '@/db/database'
import { daysBetween, expiringBalances, itemTotals } from '@/db/repositories/stock-query-repository'
import { listItems } from '@/db/repositories/supply-catalogue-repository'

/** The stock overview: by item and by category, the batches expiring soon, and the counts the home card shows. */
export interface StockOverview {
  today: LocalDate
  window: CoverWindow
  items: ItemStock[]
  categories: CategoryStock[]
  expiring: StockBalance[]
  belowReserveCount: number
}

/** A retired item leaves the overview unless stock came back to it (a reversed issue). */
function shownItems(items: readonly SupplyItem[], onHand: ReadonlyMap<string, number>): SupplyItem[] {
  return items.filter((i) => i.retiredAt === undefined || (onHand.get(i.id) ?? 0) > 0)
}

/**
 * Reads what the overview needs from small tables and indexes (item totals with their recent use, the
 * batches expiring within 30 days), never the movement ledger.
 */
export async function loadOverview(
  db: CommandPostDatabase,
  window: CoverWindow = 14,
  today: LocalDate = localToday(),
): Promise<StockOverview> {
  const [items, totals, expiring] = await Promise.all([listItems(db), itemTotals(db), expiringBalances(db, today)])
  // Recent use rides on the totals rows: 300 reads instead of 14 days × 300 items of daily figures.
  const onHand = new Map(totals.map((t) => [t.itemId, t.onHand]))
  const rows = itemStock(shownItems(items, onHand), onHand, recentUseDays(totals), expiring, today, window)
  return {
    today,
    window,
    items: rows,
    categories: categoryStock(rows),
    expiring: expiring.sort((a, b) => a.expiry.localeCompare(b.expiry)),
    belowReserveCount: rows.filter((r) => r.belowReserve).length,
  }
}

/**
 * 物资低于储备 today — the overview's `belowReserveCount` (a shortfall does not depend on the expiring batches, so
 * they are not read) — and, when `startDay` is given, at the start of that day: the stock then (on hand now less
 * the daily figures of `startDay` and later, `onHandAtStartOf`) against the reserve and the use of the `window`
 * days before it. Stock is booked by day, so that is the level at a day's start, not at any instant. One read of
 * the catalogue and the totals serves both.
 */
export async function belowReserveCounts(
  db: CommandPostDatabase,
  today: LocalDate,
  startDay: LocalDate | null,
  window: CoverWindow = 14,
): Promise<{ now: number; atStart: number | null }> {
  const [items, totals, moved] = await Promise.all([
    listItems(db),
    itemTotals(db),
    startDay === null ? [] : daysBetween(db, startDay, '9999-12-31'),
  ])
  const recent = recentUseDays(totals)
  const count = (onHand: ReadonlyMap<string, number>, day: LocalDate) =>
    itemStock(shownItems(items, onHand), onHand, recent, [], day, window).filter((r) => r.belowReserve).length
  const onHand = new Map(totals.map((t) => [t.itemId, t.onHand]))
  return {
    now: count(onHand, today),
    atStart: startDay === null ? null : count(onHandAtStartOf(onHand, moved), startDay),
  }
}

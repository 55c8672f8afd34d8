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
  // A retired item leaves the overview unless stock came back to it (a reversed issue).
  const shown = items.filter((i) => i.retiredAt === undefined || (onHand.get(i.id) ?? 0) > 0)
  const rows = itemStock(shown, onHand, recentUseDays(totals), expiring, today, window)
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
 * How many items were below their reserve at the start of `day` (物资低于储备 then): the stock then (on hand now
 * less the daily figures of `day` and later, `onHandAtStartOf`) against the reserve and the use of the `window`
 * days before `day`. Stock is booked by day, so this is the level at a day's start, not at any instant.
 */
export async function belowReserveAtStartOf(
  db: CommandPostDatabase,
  day: LocalDate,
  window: CoverWindow = 14,
): Promise<number> {
  const [items, totals, moved] = await Promise.all([listItems(db), itemTotals(db), daysBetween(db, day, '9999-12-31')])
  const onHand = onHandAtStartOf(new Map(totals.map((t) => [t.itemId, t.onHand])), moved)
  const shown = items.filter((i) => i.retiredAt === undefined || (onHand.get(i.id) ?? 0) > 0)
  return itemStock(shown, onHand, recentUseDays(totals), [], day, window).filter((r) => r.belowReserve).length
}

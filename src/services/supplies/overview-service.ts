import type { LocalDate } from '@/domain/common/entity'
import { localToday } from '@/domain/person/dates'
import type { CoverWindow } from '@/domain/supplies/stock-cover'
import { addDays } from '@/domain/supplies/stock-dates'
import { categoryStock, itemStock, type CategoryStock, type ItemStock } from '@/domain/supplies/stock-overview'
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
 * Reads what the overview needs from small tables and indexes (item totals, the window's daily figures, the
 * batches expiring within 30 days), never the movement ledger.
 */
export async function loadOverview(
  db: CommandPostDatabase,
  window: CoverWindow = 14,
  today: LocalDate = localToday(),
): Promise<StockOverview> {
  const [items, totals, days, expiring] = await Promise.all([
    listItems(db),
    itemTotals(db),
    // Only the window's days: the overview must stay within 300 ms with 300 items active every day.
    daysBetween(db, addDays(today, -window), addDays(today, -1)),
    expiringBalances(db, today),
  ])
  const rows = itemStock(items, totals, days, expiring, today, window)
  return {
    today,
    window,
    items: rows,
    categories: categoryStock(rows),
    expiring: expiring.sort((a, b) => a.expiry.localeCompare(b.expiry)),
    belowReserveCount: rows.filter((r) => r.belowReserve).length,
  }
}

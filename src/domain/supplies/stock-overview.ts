import type { LocalDate } from '../common/entity'
import { addDays } from './stock-dates'
import {
  averageDailyUse,
  belowReserve,
  daysOfCover,
  expiringSoon,
  reserveQuantity,
  type CoverWindow,
} from './stock-cover'
import type { StockBalance, SupplyDay } from './stock-document'
import type { StockLocation } from './stock-location'
import type { SupplyCategory, SupplyItem } from './supply-item'

/** One line of the stock overview by item. */
export interface ItemStock {
  item: SupplyItem
  onHand: number
  dailyUse: number
  /** Infinity when the item is not being used. */
  daysOfCover: number
  reserve: number
  belowReserve: boolean
  /** How much is missing to reach the reserve (DHIS2 "needed"). */
  needed: number
  expiringBatches: number
  expiringQuantity: number
}

/** The stock overview by item, in catalogue order. */
export function itemStock(
  items: readonly SupplyItem[],
  totals: ReadonlyMap<string, number>,
  days: readonly SupplyDay[],
  balances: readonly StockBalance[],
  today: LocalDate,
  window: CoverWindow,
): ItemStock[] {
  const daysByItem = groupBy(days, (d) => d.itemId)
  const expiring = groupBy(
    balances.filter((b) => expiringSoon(b, today)),
    (b) => b.itemId,
  )
  return [...items]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((item) => {
      const onHand = totals.get(item.id) ?? 0
      const dailyUse = averageDailyUse(daysByItem.get(item.id) ?? [], today, window)
      const reserve = reserveQuantity(item, dailyUse)
      const soon = expiring.get(item.id) ?? []
      return {
        item,
        onHand,
        dailyUse,
        daysOfCover: daysOfCover(onHand, dailyUse),
        reserve,
        belowReserve: belowReserve(item, onHand, dailyUse),
        needed: Math.max(0, reserve - onHand),
        expiringBatches: soon.length,
        expiringQuantity: soon.reduce((sum, b) => sum + b.quantity, 0),
      }
    })
}

/**
 * Each item's township stock at the start of `day`: on hand now less what the daily figures of `day` and later
 * moved (received and adjusted in, used and written off out; a transfer moves nothing in the township).
 */
export function onHandAtStartOf(
  onHand: ReadonlyMap<string, number>,
  daysSince: readonly Pick<SupplyDay, 'itemId' | 'received' | 'used' | 'writtenOff' | 'adjusted'>[],
): Map<string, number> {
  const out = new Map(onHand)
  for (const d of daysSince) {
    const moved = d.received + d.adjusted - d.used - d.writtenOff
    out.set(d.itemId, (out.get(d.itemId) ?? 0) - moved)
  }
  return out
}

/** One line of the overview by category. */
export interface CategoryStock {
  category: SupplyCategory
  items: number
  onHand: number
  belowReserve: number
  expiringBatches: number
}

/** The overview rows added up by category. */
export function categoryStock(rows: readonly ItemStock[]): CategoryStock[] {
  const out = new Map<SupplyCategory, CategoryStock>()
  for (const row of rows) {
    const c = row.item.category
    const line = out.get(c) ?? { category: c, items: 0, onHand: 0, belowReserve: 0, expiringBatches: 0 }
    line.items++
    line.onHand += row.onHand
    if (row.belowReserve) line.belowReserve++
    line.expiringBatches += row.expiringBatches
    out.set(c, line)
  }
  return [...out.values()]
}

/** One line of the overview by stock point. */
export interface LocationStock {
  location: StockLocation
  /** Items with stock there. */
  items: number
  batches: number
  expiringBatches: number
}

/** What each stock point holds, in the stock points' order. */
export function locationStock(
  locations: readonly StockLocation[],
  balances: readonly StockBalance[],
  today: LocalDate,
): LocationStock[] {
  const byLocation = groupBy(
    balances.filter((b) => b.quantity > 0),
    (b) => b.locationId,
  )
  return [...locations]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((location) => {
      const held = byLocation.get(location.id) ?? []
      return {
        location,
        items: new Set(held.map((b) => b.itemId)).size,
        batches: held.length,
        expiringBatches: held.filter((b) => expiringSoon(b, today)).length,
      }
    })
}

/** DHIS2-style figures of one item on one day: closing stock, used, received, needed for the reserve. */
export interface DailyFigures {
  date: LocalDate
  onHand: number
  used: number
  received: number
  needed: number
}

/**
 * The last `count` days of one item, today last. Closing stock of a day is worked back from today's on-hand
 * through each later day's net change (received − used − written off + stocktake adjustments).
 */
export function dailyFigures(
  item: SupplyItem,
  onHand: number,
  days: readonly SupplyDay[],
  today: LocalDate,
  count: number,
): DailyFigures[] {
  const own = days.filter((d) => d.itemId === item.id)
  const byDate = new Map(own.map((d) => [d.date, d]))
  const out: DailyFigures[] = []
  let closing = onHand
  for (let i = 0; i < count; i++) {
    const date = addDays(today, -i)
    const day = byDate.get(date)
    const use = averageDailyUse(own, date, 7)
    const reserve = reserveQuantity(item, use)
    out.push({
      date,
      onHand: closing,
      used: day?.used ?? 0,
      received: day?.received ?? 0,
      needed: Math.max(0, reserve - closing),
    })
    if (day) closing -= day.received - day.used - day.writtenOff + day.adjusted
  }
  return out.reverse()
}

function groupBy<T>(list: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const value of list) {
    const k = key(value)
    const group = out.get(k)
    if (group) group.push(value)
    else out.set(k, [value])
  }
  return out
}

import type { LocalDate } from '@/domain/common/entity'
import { addDays } from '@/domain/supplies/stock-dates'
import { EXPIRY_WARNING_DAYS } from '@/domain/supplies/stock-cover'
import type {
  DocumentKind,
  StockBalance,
  StockDocument,
  StockMovement,
  SupplyDay,
  SupplyTotal,
} from '@/domain/supplies/stock-document'
import type { CommandPostDatabase } from '../database'
import type { Page } from './audit-repository'

/** Batches of one item, at every location or one, empty ones left out. */
export async function balancesOfItem(
  db: CommandPostDatabase,
  itemId: string,
  locationId?: string,
): Promise<StockBalance[]> {
  const rows = await db.stockBalances.where('itemId').equals(itemId).toArray()
  return rows.filter((b) => b.quantity > 0 && (!locationId || b.locationId === locationId))
}

/** Everything a stock point holds, empty batches left out. */
export async function balancesAtLocation(db: CommandPostDatabase, locationId: string): Promise<StockBalance[]> {
  const rows = await db.stockBalances.where('locationId').equals(locationId).toArray()
  return rows.filter((b) => b.quantity > 0)
}

/** Every non-empty balance (the overview by stock point). */
export async function allBalances(db: CommandPostDatabase): Promise<StockBalance[]> {
  return db.stockBalances.filter((b) => b.quantity > 0).toArray()
}

/** Batches holding stock that expire within 30 days of `today`, or already have. */
export async function expiringBalances(db: CommandPostDatabase, today: LocalDate): Promise<StockBalance[]> {
  const rows = await db.stockBalances.where('expiry').belowOrEqual(addDays(today, EXPIRY_WARNING_DAYS)).toArray()
  return rows.filter((b) => b.quantity > 0)
}

/** Every item's township-wide quantity on hand and recent use. */
export function itemTotals(db: CommandPostDatabase): Promise<SupplyTotal[]> {
  return db.supplyTotals.toArray()
}

/** Daily figures of all items from `from` to `to` (both included). */
export function daysBetween(db: CommandPostDatabase, from: LocalDate, to: LocalDate): Promise<SupplyDay[]> {
  return db.supplyDays.where('date').between(from, to, true, true).toArray()
}

/** Filters of the ledger list. */
export interface MovementQuery {
  itemId?: string
  locationId?: string
  kind?: DocumentKind
  from?: LocalDate
  to?: LocalDate
  page: number
  pageSize: number
}

/**
 * Movements newest first, filtered and paged. With an item it walks the item's `[itemId+date]` range; otherwise
 * the `date` index; other filters run over that range.
 */
export async function listMovements(db: CommandPostDatabase, query: MovementQuery): Promise<Page<StockMovement>> {
  const from = query.from ?? '0000-00-00'
  const to = query.to ?? '9999-99-99'
  const range = query.itemId
    ? db.stockMovements.where('[itemId+date]').between([query.itemId, from], [query.itemId, to], true, true)
    : db.stockMovements.where('date').between(from, to, true, true)
  const matches = (m: StockMovement) =>
    (!query.locationId || m.locationId === query.locationId) && (!query.kind || m.kind === query.kind)
  const filtered = range.reverse().filter(matches)
  const offset = (query.page - 1) * query.pageSize
  const [items, total] = await Promise.all([
    filtered.clone().offset(offset).limit(query.pageSize).toArray(),
    filtered.clone().count(),
  ])
  return { items, total }
}

/** One item's movements in a period, oldest first (the stock card and its export). */
export async function itemLedger(
  db: CommandPostDatabase,
  itemId: string,
  from: LocalDate,
  to: LocalDate,
): Promise<StockMovement[]> {
  const rows = await db.stockMovements
    .where('[itemId+date]')
    .between([itemId, from], [itemId, to], true, true)
    .toArray()
  // Posting order: each movement's itemAfter follows the one posted before it, even for a back-dated document.
  return rows.sort((a, b) => a.id.localeCompare(b.id))
}

/** One document with the document that reversed it, if any. */
export async function getDocument(
  db: CommandPostDatabase,
  id: string,
): Promise<{ document: StockDocument; reversedBy?: StockDocument } | undefined> {
  const document = await db.stockDocuments.get(id)
  if (!document) return undefined
  const reversedBy = await db.stockDocuments.where('reversesId').equals(id).first()
  return { document, reversedBy }
}

/** Purchase, allocation and donation receipts (the budget view). */
export async function receiptDocuments(db: CommandPostDatabase, from: LocalDate): Promise<StockDocument[]> {
  // One request, filtered here (a Dexie `filter` walks a cursor).
  return (await db.stockDocuments.where('date').aboveOrEqual(from).toArray()).filter((d) => d.kind === 'receipt')
}

/** An item's township-wide quantity before `date`: the balance after its last movement dated earlier. */
export async function openingBalance(db: CommandPostDatabase, itemId: string, date: LocalDate): Promise<number> {
  const earlier = await db.stockMovements
    .where('[itemId+date]')
    .between([itemId, '0000-00-00'], [itemId, date], true, false)
    .toArray()
  const last = earlier.reduce<StockMovement | undefined>((a, m) => (!a || m.id > a.id ? m : a), undefined)
  return last?.itemAfter ?? 0
}

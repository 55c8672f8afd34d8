import type { LocalDate } from '../common/entity'
import { addDays } from './stock-dates'
import {
  dayKey,
  RECENT_USE_DAYS,
  type DocumentKind,
  type StockMovement,
  type SupplyDay,
  type SupplyTotal,
} from './stock-document'

/** The daily figures row of an item and day before anything was booked. */
export function emptyDay(itemId: string, date: LocalDate): SupplyDay {
  return { id: dayKey(itemId, date), itemId, date, received: 0, used: 0, writtenOff: 0, adjusted: 0, spent: 0 }
}

/**
 * Books movements into daily figures (changed in place, keyed by {@link dayKey}). Transfers move stock between
 * stock points and change no township figure; a reversal is booked, negated, where its original was.
 */
export function bookMovements(
  days: Map<string, SupplyDay>,
  movements: readonly Pick<StockMovement, 'itemId' | 'date' | 'quantity' | 'bookedAs' | 'unitPrice'>[],
): void {
  for (const m of movements) {
    const field = FIELD[m.bookedAs]
    if (!field) continue
    const key = dayKey(m.itemId, m.date)
    const day = days.get(key) ?? emptyDay(m.itemId, m.date)
    // Out-going kinds are counted as positive use; a reversal's opposite sign lowers them again.
    day[field] += field === 'received' || field === 'adjusted' ? m.quantity : -m.quantity
    if (m.unitPrice !== undefined) day.spent += m.quantity * m.unitPrice
    days.set(key, day)
  }
}

const FIELD: Partial<Record<DocumentKind, 'received' | 'used' | 'writtenOff' | 'adjusted'>> = {
  receipt: 'received',
  issue: 'used',
  writeOff: 'writtenOff',
  stocktake: 'adjusted',
}

/** Document number prefixes (入库 RK, 出库 CK, 调拨 DB, 报损 BS, 盘点 PD, 冲销 CX). */
export const NUMBER_PREFIX: Record<DocumentKind, string> = {
  receipt: 'RK',
  issue: 'CK',
  transfer: 'DB',
  writeOff: 'BS',
  stocktake: 'PD',
  reversal: 'CX',
}

/** The number of a document: `RK20261129-003` (kind, day, the day's sequence of that kind). */
export function documentNumber(kind: DocumentKind, date: LocalDate, sequence: number): string {
  return `${numberStem(kind, date)}${String(sequence).padStart(3, '0')}`
}

/** The part of a number shared by all documents of one kind and day. */
export function numberStem(kind: DocumentKind, date: LocalDate): string {
  return `${NUMBER_PREFIX[kind]}${date.replaceAll('-', '')}-`
}

/**
 * Books the use in movements into the items' totals (`recentUse`, changed in place) and drops days older than
 * {@link RECENT_USE_DAYS} before the latest day an item has booked.
 */
export function bookRecentUse(
  totals: Map<string, SupplyTotal>,
  movements: readonly Pick<StockMovement, 'itemId' | 'date' | 'quantity' | 'bookedAs'>[],
): void {
  for (const m of movements) {
    if (m.bookedAs !== 'issue') continue
    const total = totals.get(m.itemId) ?? { itemId: m.itemId, onHand: 0 }
    const use = { ...total.recentUse }
    use[m.date] = (use[m.date] ?? 0) - m.quantity
    const latest = Object.keys(use).sort().at(-1) ?? m.date
    const from = addDays(latest, -RECENT_USE_DAYS)
    total.recentUse = Object.fromEntries(Object.entries(use).filter(([date]) => date >= from))
    totals.set(m.itemId, total)
  }
}

/** The recent use kept on totals, as daily figures rows (only `used` filled), for the days-of-cover functions. */
export function recentUseDays(totals: readonly SupplyTotal[]): SupplyDay[] {
  return totals.flatMap((t) =>
    Object.entries(t.recentUse ?? {}).map(([date, used]) => ({ ...emptyDay(t.itemId, date), used })),
  )
}

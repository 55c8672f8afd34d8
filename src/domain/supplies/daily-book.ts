import type { LocalDate } from '../common/entity'
import { dayKey, type DocumentKind, type StockMovement, type SupplyDay } from './stock-document'

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

import type { LocalDate } from '../common/entity'
import type { DocumentKind, StockMovement } from './stock-document'

/** One line of the stock card 物资台账: in the usual layout, date · document · in · out · balance · handler. */
export interface LedgerRow {
  date: LocalDate
  number: string
  kind: DocumentKind
  /** 摘要: the other side (donor, recipient, the other stock point, or the document reversed). */
  counterpart: string
  locationId: string
  batch: string
  expiry: LocalDate
  in: number
  out: number
  balance: number
  handler: string
}

/** The stock card of one item over a period: the opening balance, one row per movement, totals and closing. */
export interface ItemLedger {
  opening: number
  rows: LedgerRow[]
  totalIn: number
  totalOut: number
  closing: number
}

/**
 * Builds the stock card from the item's movements in posting order. The balance column is the item's quantity
 * over all stock points, so a transfer shows its out and its in with the balance unchanged.
 */
export function itemLedgerRows(movements: readonly StockMovement[], opening: number): ItemLedger {
  const rows = movements.map((m) => ({
    date: m.date,
    number: m.documentNumber,
    kind: m.kind,
    counterpart: m.counterpart,
    locationId: m.locationId,
    batch: m.batch,
    expiry: m.expiry,
    in: m.quantity > 0 ? m.quantity : 0,
    out: m.quantity < 0 ? -m.quantity : 0,
    balance: m.itemAfter,
    handler: m.handler,
  }))
  const totalIn = rows.reduce((s, r) => s + r.in, 0)
  const totalOut = rows.reduce((s, r) => s + r.out, 0)
  return { opening, rows, totalIn, totalOut, closing: rows.at(-1)?.balance ?? opening }
}

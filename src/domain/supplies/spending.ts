import type { ReceiptSource, StockDocument } from './stock-document'

/**
 * What came in from one source: documents, lines, and their value — for purchases the money spent, for county
 * allocations and donations the declared value of the lines that carry one (`unvalued` counts those that do not).
 */
export interface SourceSpending {
  source: ReceiptSource
  documents: number
  lines: number
  amount: number
  /** Lines without a unit price or declared value (their value is unknown, not zero). */
  unvalued: number
}

/**
 * Receipts added up by source, leaving out receipts that were reversed. The amount is quantity × unit price (or
 * declared value per unit) of the lines, in yuan, rounded to the fen.
 */
export function spendingBySource(documents: readonly StockDocument[]): SourceSpending[] {
  const reversed = new Set(documents.filter((d) => d.reversesId).map((d) => d.reversesId))
  const out = new Map<ReceiptSource, SourceSpending>(
    (['purchase', 'allocation', 'donation'] as const).map((source) => [
      source,
      { source, documents: 0, lines: 0, amount: 0, unvalued: 0 },
    ]),
  )
  for (const d of documents) {
    if (d.kind !== 'receipt' || !d.source || reversed.has(d.id)) continue
    const line = out.get(d.source)!
    line.documents++
    line.lines += d.lines.length
    for (const l of d.lines) {
      if (l.unitPrice === undefined) line.unvalued++
      else line.amount += l.quantity * l.unitPrice
    }
  }
  return [...out.values()].map((s) => ({ ...s, amount: Math.round(s.amount * 100) / 100 }))
}

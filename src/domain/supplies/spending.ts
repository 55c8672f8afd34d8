import type { ReceiptSource, StockDocument } from './stock-document'

/** What came in from one source: documents, lines, and money spent (purchases only). */
export interface SourceSpending {
  source: ReceiptSource
  documents: number
  lines: number
  amount: number
}

/**
 * Receipts added up by source, leaving out receipts that were reversed. The amount is quantity × unit price of
 * purchase lines, in yuan, rounded to the fen.
 */
export function spendingBySource(documents: readonly StockDocument[]): SourceSpending[] {
  const reversed = new Set(documents.filter((d) => d.reversesId).map((d) => d.reversesId))
  const out = new Map<ReceiptSource, SourceSpending>(
    (['purchase', 'allocation', 'donation'] as const).map((source) => [
      source,
      { source, documents: 0, lines: 0, amount: 0 },
    ]),
  )
  for (const d of documents) {
    if (d.kind !== 'receipt' || !d.source || reversed.has(d.id)) continue
    const line = out.get(d.source)!
    line.documents++
    line.lines += d.lines.length
    line.amount += d.lines.reduce((sum, l) => sum + l.quantity * (l.unitPrice ?? 0), 0)
  }
  return [...out.values()].map((s) => ({ ...s, amount: Math.round(s.amount * 100) / 100 }))
}

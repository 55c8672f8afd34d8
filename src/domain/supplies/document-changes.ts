import type { BalanceChange } from './posting'
import type { DocumentInput, StockMovement } from './stock-document'

/**
 * The balance changes a typed document asks for. Transfers take each line out of the source first and then put
 * it into the destination with the source batch's expiry (`expiry` left empty: posting reads it from the batch).
 */
export function documentChanges(doc: DocumentInput, locationName: (id: string) => string): BalanceChange[] {
  const changes: BalanceChange[] = []
  doc.lines.forEach((line, i) => {
    const base = { line: i + 1, itemId: line.itemId, batch: line.batch }
    switch (doc.kind) {
      case 'receipt':
        changes.push({
          ...base,
          locationId: doc.locationId,
          expiry: line.expiry,
          quantity: line.quantity,
          unitPrice: doc.source === 'purchase' ? line.unitPrice : undefined,
          counterpart: doc.donor ?? '',
        })
        break
      case 'issue':
      case 'writeOff':
        changes.push({
          ...base,
          locationId: doc.locationId,
          quantity: -line.quantity,
          counterpart: doc.recipient ?? '',
        })
        break
      case 'transfer':
        changes.push({
          ...base,
          locationId: doc.locationId,
          quantity: -line.quantity,
          counterpart: locationName(doc.toLocationId ?? ''),
        })
        break
      case 'stocktake':
        changes.push({ ...base, locationId: doc.locationId, quantity: 0, counted: line.quantity, counterpart: '' })
        break
    }
  })
  if (doc.kind === 'transfer')
    doc.lines.forEach((line, i) =>
      changes.push({
        line: i + 1,
        itemId: line.itemId,
        batch: line.batch,
        locationId: doc.toLocationId ?? '',
        quantity: line.quantity,
        expiryFrom: doc.locationId,
        counterpart: locationName(doc.locationId),
      }),
    )
  return changes
}

/**
 * The changes that undo a document: each of its movements negated, last first, so a transfer's destination is
 * emptied before its source is refilled (and refused when the stock has moved on since).
 */
export function reversalChanges(movements: readonly StockMovement[]): BalanceChange[] {
  return [...movements].reverse().map((m, i) => ({
    line: movements.length - i,
    itemId: m.itemId,
    locationId: m.locationId,
    batch: m.batch,
    expiry: m.expiry,
    quantity: -m.quantity,
    unitPrice: m.unitPrice,
    counterpart: m.documentNumber,
  }))
}

import type { LocalDate } from '../common/entity'
import type { Problem } from '../common/result'
import { balanceKey, type DocumentKind, type StockBalance, type StockMovement } from './stock-document'
import type { SupplyItem } from './supply-item'

/** One change of one balance a document asks for, before it is checked against the stock. */
export interface BalanceChange {
  /** The document line it comes from (1-based), for messages. */
  line: number
  itemId: string
  locationId: string
  batch: string
  /** Known for receipts; otherwise taken from the batch's balance. */
  expiry?: LocalDate
  quantity: number
  /** Stocktakes: the counted quantity; the change is counted − on hand. */
  counted?: number
  /** Transfers in: the batch's expiry is read from this location (where it came from). */
  expiryFrom?: string
  unitPrice?: number
  counterpart: string
}

/** The balances and totals a posting reads, as they are before the document. */
export interface PostingState {
  balance(key: string): StockBalance | undefined
  total(itemId: string): number
}

/** A movement as planned: the repository adds id, document and time. */
export type PlannedMovement = Omit<
  StockMovement,
  'id' | 'documentId' | 'documentNumber' | 'at' | 'kind' | 'bookedAs' | 'date' | 'handler'
>

/** What posting a document does: its movements and the balances and totals after it, or why it cannot. */
export interface PostingPlan {
  movements: PlannedMovement[]
  balances: Map<string, StockBalance>
  totals: Map<string, number>
  problems: Problem[]
}

/**
 * Applies the changes in order against the stock as it is, so two lines of the same batch see each other.
 * A change that would take a balance below zero is refused with the amount available (现有); nothing of a
 * refused plan may be written. Stocktake changes become `counted − on hand` and a zero change writes nothing.
 */
export function planPosting(
  changes: readonly BalanceChange[],
  state: PostingState,
  items: ReadonlyMap<string, SupplyItem>,
  now: number,
): PostingPlan {
  const balances = new Map<string, StockBalance>()
  const totals = new Map<string, number>()
  const movements: PlannedMovement[] = []
  const problems: Problem[] = []
  for (const change of changes) {
    const key = balanceKey(change.itemId, change.locationId, change.batch)
    const current = balances.get(key) ?? state.balance(key)
    const before = current?.quantity ?? 0
    const quantity = change.counted !== undefined ? change.counted - before : change.quantity
    if (quantity === 0) continue
    const source = change.expiryFrom ? balanceKey(change.itemId, change.expiryFrom, change.batch) : undefined
    const expiry =
      change.expiry ?? current?.expiry ?? (source && (balances.get(source) ?? state.balance(source))?.expiry)
    // A transfer's destination whose source line was refused: that line already carries the message.
    if (source && expiry === undefined) continue
    const item = items.get(change.itemId)
    if (before + quantity < 0 || expiry === undefined) {
      problems.push({
        field: `lines.${change.line - 1}`,
        code: 'supplies.overIssue',
        params: {
          line: change.line,
          item: item?.name ?? change.itemId,
          batch: change.batch,
          available: before,
          quantity: -quantity,
          unit: item?.unit ?? '',
        },
      })
      continue
    }
    const after = before + quantity
    const itemAfter = (totals.get(change.itemId) ?? state.total(change.itemId)) + quantity
    totals.set(change.itemId, itemAfter)
    balances.set(key, {
      id: key,
      itemId: change.itemId,
      locationId: change.locationId,
      batch: change.batch,
      expiry,
      quantity: after,
      updatedAt: now,
    })
    const movement: PlannedMovement = {
      itemId: change.itemId,
      locationId: change.locationId,
      batch: change.batch,
      expiry,
      quantity,
      before,
      after,
      itemAfter,
      counterpart: change.counterpart,
    }
    if (change.unitPrice !== undefined) movement.unitPrice = change.unitPrice
    movements.push(movement)
  }
  return { movements, balances, totals, problems }
}

/** The kinds whose movements take stock out of a location. */
export function takesOut(kind: DocumentKind): boolean {
  return kind === 'issue' || kind === 'writeOff'
}

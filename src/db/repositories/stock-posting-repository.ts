import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import { bookMovements, bookRecentUse, documentNumber, numberStem } from '@/domain/supplies/daily-book'
import { reversalChanges } from '@/domain/supplies/document-changes'
import { planPosting, type BalanceChange } from '@/domain/supplies/posting'
import {
  balanceKey,
  dayKey,
  type DocumentKind,
  type StockDocument,
  type StockMovement,
  type SupplyDay,
} from '@/domain/supplies/stock-document'
import type { SupplyItem } from '@/domain/supplies/supply-item'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit, type WriteContext } from '../write'

/** A document as it will be stored, before it gets its id, number and stamps. */
export type DocumentHeader = Omit<
  StockDocument,
  'id' | 'number' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'
>

/** The tables a posting writes (besides the audit log). */
export function supplyTables(db: CommandPostDatabase) {
  return [db.stockDocuments, db.stockMovements, db.stockBalances, db.supplyTotals, db.supplyDays]
}

/**
 * Posts a document: reads the balances it touches, plans its movements (refusing any that would take a balance
 * below zero), then writes the document, its movements, the new balances, the item totals and the daily figures
 * and its audit line, all in one transaction. A refusal throws before anything is written.
 */
export function postDocument(
  db: CommandPostDatabase,
  header: DocumentHeader,
  changes: readonly BalanceChange[],
  items: ReadonlyMap<string, SupplyItem>,
  actor: Actor,
): Promise<StockDocument> {
  return writeWithAudit(db, actor, supplyTables(db), (ctx) => postInTransaction(ctx, header, changes, items))
}

/** A reversal's wording: who, when and why. */
export interface ReversalInput {
  date: string
  handler: string
  reviewer: string
  reason: string
}

/**
 * 冲销: undoes a posted document with a new document pointing at it. Refused when the document is a reversal
 * itself, was already reversed, or when the stock it brought in has since gone out (the amount left is given).
 */
export function reverseDocument(
  db: CommandPostDatabase,
  originalId: string,
  input: ReversalInput,
  items: ReadonlyMap<string, SupplyItem>,
  actor: Actor,
): Promise<StockDocument> {
  return writeWithAudit(db, actor, supplyTables(db), async (ctx) => {
    const original = await db.stockDocuments.get(originalId)
    if (!original) throw new ValidationError([{ field: 'document', code: 'supplies.documentNotFound' }])
    if (original.kind === 'reversal')
      throw new ValidationError([{ field: 'document', code: 'supplies.cannotReverseReversal' }])
    const earlier = await db.stockDocuments.where('reversesId').equals(originalId).first()
    if (earlier)
      throw new ValidationError([
        { field: 'document', code: 'supplies.alreadyReversed', params: { number: earlier.number } },
      ])
    const movements = await db.stockMovements.where('documentId').equals(originalId).toArray()
    movements.sort((a, b) => a.id.localeCompare(b.id))
    const header: DocumentHeader = {
      kind: 'reversal',
      date: input.date,
      handler: input.handler,
      reviewer: input.reviewer,
      locationId: original.locationId,
      toLocationId: original.toLocationId,
      note: input.reason,
      reversesId: original.id,
      reversesNumber: original.number,
      lines: original.lines,
    }
    return postInTransaction(ctx, header, reversalChanges(movements), items, original.kind)
  })
}

async function postInTransaction(
  ctx: WriteContext,
  header: DocumentHeader,
  changes: readonly BalanceChange[],
  items: ReadonlyMap<string, SupplyItem>,
  bookedAs: DocumentKind = header.kind,
): Promise<StockDocument> {
  const { db, now } = ctx
  const keys = new Set<string>()
  for (const c of changes) {
    keys.add(balanceKey(c.itemId, c.locationId, c.batch))
    if (c.expiryFrom) keys.add(balanceKey(c.itemId, c.expiryFrom, c.batch))
  }
  const itemIds = [...new Set(changes.map((c) => c.itemId))]
  const [balanceRows, totalRows] = await Promise.all([
    db.stockBalances.bulkGet([...keys]),
    db.supplyTotals.bulkGet(itemIds),
  ])
  const balances = new Map(balanceRows.flatMap((b) => (b ? [[b.id, b] as const] : [])))
  const totalRowMap = new Map(totalRows.flatMap((t) => (t ? [[t.itemId, t] as const] : [])))
  const plan = planPosting(
    changes,
    { balance: (key) => balances.get(key), total: (id) => totalRowMap.get(id)?.onHand ?? 0 },
    items,
    now,
  )
  if (plan.problems.length) throw new ValidationError(plan.problems)
  const stem = numberStem(header.kind, header.date)
  const sequence = (await db.stockDocuments.where('number').startsWith(stem).count()) + 1
  const document: StockDocument = {
    ...header,
    id: newId('doc', now),
    number: documentNumber(header.kind, header.date, sequence),
    ...ctx.stampNew(),
  }
  const movements: StockMovement[] = plan.movements.map((m) => ({
    ...m,
    id: newId('mov', now),
    documentId: document.id,
    documentNumber: document.number,
    kind: header.kind,
    bookedAs: bookedAs === 'reversal' ? 'receipt' : bookedAs,
    date: header.date,
    handler: header.handler,
    at: now,
  }))
  const dayIds = [...new Set(movements.map((m) => dayKey(m.itemId, m.date)))]
  const days = new Map<string, SupplyDay>()
  for (const day of await db.supplyDays.bulkGet(dayIds)) if (day) days.set(day.id, day)
  bookMovements(days, movements)
  for (const [itemId, onHand] of plan.totals) totalRowMap.set(itemId, { ...totalRowMap.get(itemId), itemId, onHand })
  bookRecentUse(totalRowMap, movements)
  await Promise.all([
    db.stockDocuments.add(document),
    db.stockMovements.bulkAdd(movements),
    db.stockBalances.bulkPut([...plan.balances.values()]),
    db.supplyTotals.bulkPut([...plan.totals.keys()].map((itemId) => totalRowMap.get(itemId)!)),
    db.supplyDays.bulkPut([...days.values()]),
  ])
  const action = header.kind === 'reversal' ? 'reverse' : 'post'
  await ctx.audit(note(action, 'stockDocument', document.id, summaryOf(document, movements.length)))
  return document
}

function summaryOf(document: StockDocument, movements: number): string {
  const reverses = document.reversesNumber ? ` 冲销 ${document.reversesNumber}` : ''
  return `${document.number}${reverses}：${document.lines.length} 行，${movements} 笔流水，经办 ${document.handler}`
}

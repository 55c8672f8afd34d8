import type { Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError, type Problem } from '@/domain/common/result'
import { localToday } from '@/domain/person/dates'
import { documentChanges } from '@/domain/supplies/document-changes'
import { documentProblems, normalizeDocument } from '@/domain/supplies/document-rules'
import type { DocumentInput, StockDocument } from '@/domain/supplies/stock-document'
import type { CommandPostDatabase } from '@/db/database'
import { listItems, listLocations } from '@/db/repositories/supply-catalogue-repository'
import { postDocument, reverseDocument, type ReversalInput } from '@/db/repositories/stock-posting-repository'
import { requireSupplies } from './catalogue-service'

async function catalogueMaps(db: CommandPostDatabase) {
  const [items, locations] = await Promise.all([listItems(db), listLocations(db)])
  return { items: new Map(items.map((i) => [i.id, i])), locations: new Map(locations.map((l) => [l.id, l])) }
}

/**
 * Records (posts) a typed document: checks it (dates, units, quantities, the reviewer), then posts its movements
 * with the balances in one transaction. Throws a `ValidationError` and writes nothing when anything is wrong,
 * including an issue larger than the stock (the message gives the amount available). Needs `supplies.record`.
 */
export async function recordDocument(
  db: CommandPostDatabase,
  input: DocumentInput,
  actor: Actor,
  role: Role,
  today: LocalDate = localToday(),
): Promise<StockDocument> {
  requireSupplies(role, 'supplies.record')
  const doc = normalizeDocument(input)
  const { items, locations } = await catalogueMaps(db)
  const problems = documentProblems(doc, { items, locations, today })
  if (problems.length) throw new ValidationError(problems)
  const changes = documentChanges(doc, (id) => locations.get(id)?.name ?? id)
  const lines = doc.lines.map((line) => ({ ...line, expiry: line.expiry ?? '', unit: items.get(line.itemId)?.unit }))
  return postDocument(db, { ...doc, lines }, changes, items, actor)
}

/** Checks a reversal's wording: a reason, a handler and a different reviewer, a date not in the future. */
export function reversalProblems(input: ReversalInput, today: LocalDate): Problem[] {
  const problems: Problem[] = []
  if (!input.reason.trim()) problems.push({ field: 'reason', code: 'supplies.reasonRequired' })
  if (!input.handler.trim()) problems.push({ field: 'handler', code: 'supplies.handlerRequired' })
  if (!input.reviewer.trim()) problems.push({ field: 'reviewer', code: 'supplies.reviewerRequired' })
  else if (input.reviewer.trim() === input.handler.trim())
    problems.push({ field: 'reviewer', code: 'supplies.reviewerIsHandler' })
  if (input.date > today) problems.push({ field: 'date', code: 'supplies.dateInFuture' })
  return problems
}

/** 冲销: reverses a posted document with a new document that points at it (`supplies.record`). */
export async function reverse(
  db: CommandPostDatabase,
  documentId: string,
  input: ReversalInput,
  actor: Actor,
  role: Role,
  today: LocalDate = localToday(),
): Promise<StockDocument> {
  requireSupplies(role, 'supplies.record')
  const trimmed = {
    date: input.date || today,
    handler: input.handler.trim(),
    reviewer: input.reviewer.trim(),
    reason: input.reason.trim(),
  }
  const problems = reversalProblems(trimmed, today)
  if (problems.length) throw new ValidationError(problems)
  const { items } = await catalogueMaps(db)
  return reverseDocument(db, documentId, trimmed, items, actor)
}

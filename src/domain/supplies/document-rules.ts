import type { LocalDate } from '../common/entity'
import type { Problem } from '../common/result'
import type { DocumentInput, DocumentLineInput } from './stock-document'
import type { StockLocation } from './stock-location'
import { SUPPLY_UNITS, type SupplyItem } from './supply-item'

/** What the checks need to know: the catalogue, the stock points and today. */
export interface DocumentContext {
  items: ReadonlyMap<string, SupplyItem>
  locations: ReadonlyMap<string, StockLocation>
  today: LocalDate
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Trims the texts of a document and its lines, and drops empty optional texts. */
export function normalizeDocument(input: DocumentInput): DocumentInput {
  const text = (value: string | undefined) => (value ?? '').trim()
  const optional = (value: string | undefined) => text(value) || undefined
  return {
    ...input,
    date: text(input.date),
    handler: text(input.handler),
    reviewer: text(input.reviewer),
    donor: optional(input.donor),
    recipient: optional(input.recipient),
    purpose: optional(input.purpose),
    note: optional(input.note),
    lines: input.lines.map((line) => ({
      ...line,
      batch: text(line.batch),
      expiry: optional(line.expiry),
      unit: optional(line.unit),
    })),
  }
}

function headerProblems(doc: DocumentInput, context: DocumentContext): Problem[] {
  const problems: Problem[] = []
  if (!DATE.test(doc.date)) problems.push({ field: 'date', code: 'supplies.dateMissing' })
  else if (doc.date > context.today) problems.push({ field: 'date', code: 'supplies.dateInFuture' })
  if (!doc.handler) problems.push({ field: 'handler', code: 'supplies.handlerRequired' })
  if (!doc.reviewer) problems.push({ field: 'reviewer', code: 'supplies.reviewerRequired' })
  else if (doc.reviewer === doc.handler) problems.push({ field: 'reviewer', code: 'supplies.reviewerIsHandler' })
  if (!context.locations.has(doc.locationId)) problems.push({ field: 'locationId', code: 'supplies.locationRequired' })
  if (doc.kind === 'transfer') {
    if (!doc.toLocationId || !context.locations.has(doc.toLocationId))
      problems.push({ field: 'toLocationId', code: 'supplies.toLocationRequired' })
    else if (doc.toLocationId === doc.locationId)
      problems.push({ field: 'toLocationId', code: 'supplies.sameLocation' })
  }
  if (doc.kind === 'receipt') {
    if (!doc.source) problems.push({ field: 'source', code: 'supplies.sourceRequired' })
    if (doc.source === 'donation' && !doc.donor) problems.push({ field: 'donor', code: 'supplies.donorRequired' })
  }
  if (doc.kind === 'issue' && (!doc.recipientKind || !doc.recipient))
    problems.push({ field: 'recipient', code: 'supplies.recipientRequired' })
  if (doc.kind === 'writeOff' && !doc.writeOffReason)
    problems.push({ field: 'writeOffReason', code: 'supplies.writeOffReasonRequired' })
  if (doc.lines.length === 0) problems.push({ field: 'lines', code: 'supplies.noLines' })
  return problems
}

function lineProblems(doc: DocumentInput, line: DocumentLineInput, n: number, context: DocumentContext): Problem[] {
  const field = `lines.${n - 1}`
  const item = context.items.get(line.itemId)
  if (!item) return [{ field, code: 'supplies.unknownItem', params: { line: n } }]
  if (item.retiredAt !== undefined) return [{ field, code: 'supplies.lineItemRetired', params: { line: n, name: item.name } }]
  const problems: Problem[] = []
  if (line.unit !== undefined && (line.unit !== item.unit || !SUPPLY_UNITS.includes(line.unit)))
    problems.push({ field, code: 'supplies.unknownUnit', params: { line: n, unit: line.unit, expected: item.unit } })
  const counted = doc.kind === 'stocktake'
  if (!Number.isFinite(line.quantity) || (counted ? line.quantity < 0 : line.quantity <= 0))
    problems.push({
      field,
      code: counted ? 'supplies.countNegative' : 'supplies.quantityNotPositive',
      params: { line: n },
    })
  else if (!Number.isInteger(line.quantity))
    problems.push({ field, code: 'supplies.quantityNotWhole', params: { line: n } })
  if (!line.batch) problems.push({ field, code: 'supplies.batchRequired', params: { line: n } })
  if (doc.kind === 'receipt') {
    if (!line.expiry || !DATE.test(line.expiry))
      problems.push({ field, code: 'supplies.expiryRequired', params: { line: n } })
    else if (DATE.test(doc.date) && line.expiry < doc.date)
      problems.push({
        field,
        code: 'supplies.expiryBeforeReceipt',
        params: { line: n, expiry: line.expiry, date: doc.date },
      })
    // A purchase needs its price; an allocation or a donation may carry a declared value (per unit) or none.
    const badPrice = line.unitPrice !== undefined && (!Number.isFinite(line.unitPrice) || line.unitPrice < 0)
    if (doc.source === 'purchase' && (line.unitPrice === undefined || badPrice))
      problems.push({ field, code: 'supplies.unitPriceRequired', params: { line: n } })
    else if (badPrice) problems.push({ field, code: 'supplies.unitPriceInvalid', params: { line: n } })
  }
  return problems
}

/** Every problem of a document that needs no balance to see: header, lines, units, dates, the reviewer. */
export function documentProblems(doc: DocumentInput, context: DocumentContext): Problem[] {
  return [...headerProblems(doc, context), ...doc.lines.flatMap((line, i) => lineProblems(doc, line, i + 1, context))]
}

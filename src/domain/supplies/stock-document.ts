import type { Instant, LocalDate, Stamped } from '../common/entity'

/**
 * 单据类别: 入库 receipt, 出库 issue, 调拨 transfer, 报损 write-off, 盘点 stocktake, and 冲销 reversal (a document
 * that undoes another one; documents and movements are never edited or deleted).
 */
export type DocumentKind = 'receipt' | 'issue' | 'transfer' | 'writeOff' | 'stocktake' | 'reversal'

/** Kinds a clerk enters by hand, in the order the form offers them. */
export const ENTRY_KINDS: readonly Exclude<DocumentKind, 'reversal'>[] = [
  'receipt',
  'issue',
  'transfer',
  'writeOff',
  'stocktake',
]

/** 来源: 采购 purchase (with unit prices), 上级调拨 county allocation, 社会捐赠 donation (with the donor). */
export type ReceiptSource = 'purchase' | 'allocation' | 'donation'

/** Receipt sources in the order screens list them. */
export const RECEIPT_SOURCES: readonly ReceiptSource[] = ['purchase', 'allocation', 'donation']

/** Who an issue goes to: a village, a site 隔离点/采样点, a checkpoint 卡口, a team 工作队, a person. */
export type RecipientKind = 'village' | 'site' | 'checkpoint' | 'team' | 'person'

/** Recipient kinds in the order screens list them. */
export const RECIPIENT_KINDS: readonly RecipientKind[] = ['village', 'site', 'checkpoint', 'team', 'person']

/** Why stock is written off: 过期 expired, 损坏 damaged, 其他 other. */
export type WriteOffReason = 'expired' | 'damaged' | 'other'

/** One line of a document as entered. Stocktake lines give the counted quantity (≥ 0), others a quantity > 0. */
export interface DocumentLineInput {
  itemId: string
  /** 批号. */
  batch: string
  /** 有效期至, `YYYY-MM-DD`: required on receipts; other kinds take the batch's expiry. */
  expiry?: LocalDate
  quantity: number
  /** The unit as typed; when given it must be the item's unit. */
  unit?: string
  /**
   * 单价 (yuan): required on a purchase; on a county allocation or a donation an optional declared value per unit
   * (so receipts by source have a value). Only a purchase's price is money spent from the reserve fund.
   */
  unitPrice?: number
}

/** A document as the entry form gives it (a reversal is made by `reverseDocument`, not typed). */
export interface DocumentInput {
  kind: Exclude<DocumentKind, 'reversal'>
  date: LocalDate
  /** 经办人. */
  handler: string
  /** 审核人: must not be the handler. */
  reviewer: string
  /** Where stock comes in (receipt) or goes out from (issue, transfer, write-off), or is counted (stocktake). */
  locationId: string
  /** Transfers: where the stock goes. */
  toLocationId?: string
  source?: ReceiptSource
  /** 捐赠方 of a donation, or the supplier of a purchase. */
  donor?: string
  recipientKind?: RecipientKind
  /** 领用单位/人. */
  recipient?: string
  /** 用途. */
  purpose?: string
  writeOffReason?: WriteOffReason
  note?: string
  lines: DocumentLineInput[]
}

/** 单据: a posted document. Never edited; a reversal points back at it with `reversesId`. */
export interface StockDocument extends Omit<DocumentInput, 'kind'>, Stamped {
  id: string
  kind: DocumentKind
  /** `RK20261129-001`: a prefix per kind, the date, a sequence of the day. */
  number: string
  /** Reversals: the document undone, its number and why. */
  reversesId?: string
  reversesNumber?: string
  lines: (DocumentLineInput & { expiry: LocalDate })[]
}

/**
 * 出入库流水: one change of one balance (item + batch + location), with the balance before and after it and the
 * item's township-wide total after it. Written with the balance in one transaction, never edited or deleted.
 */
export interface StockMovement {
  id: string
  documentId: string
  documentNumber: string
  kind: DocumentKind
  /** For reversals: the kind of the document undone (so daily figures book it where the original was). */
  bookedAs: Exclude<DocumentKind, 'reversal'>
  date: LocalDate
  itemId: string
  locationId: string
  batch: string
  expiry: LocalDate
  /** Signed: in > 0, out < 0. */
  quantity: number
  before: number
  after: number
  /** The item's quantity over all locations after this movement (the ledger's 结存). */
  itemAfter: number
  unitPrice?: number
  handler: string
  /** 摘要: the other side (source/donor, recipient, the other location), in words. */
  counterpart: string
  at: Instant
}

/** 库存余额: what one batch of one item holds at one location. */
export interface StockBalance {
  /** `itemId|locationId|batch`. */
  id: string
  itemId: string
  locationId: string
  batch: string
  expiry: LocalDate
  quantity: number
  updatedAt: Instant
}

/** An item's township-wide quantity on hand, kept with every movement. */
export interface SupplyTotal {
  itemId: string
  onHand: number
  /**
   * Use (issued, net of reversals) per day over the last {@link RECENT_USE_DAYS} days before the latest day
   * booked: the overview computes days of cover from these 300 rows instead of reading 14 days of daily figures.
   */
  recentUse?: Record<LocalDate, number>
}

/** How many days of use a total keeps (more than the longest cover window, 14). */
export const RECENT_USE_DAYS = 20

/** DHIS2-style daily figures of one item over all locations (received, used, written off, adjusted). */
export interface SupplyDay {
  /** `itemId|YYYY-MM-DD`. */
  id: string
  itemId: string
  date: LocalDate
  received: number
  used: number
  writtenOff: number
  adjusted: number
  /** Money spent on purchases that day (yuan). */
  spent: number
}

/** The key of a balance row. */
export function balanceKey(itemId: string, locationId: string, batch: string): string {
  return `${itemId}|${locationId}|${batch}`
}

/** The key of a daily figures row. */
export function dayKey(itemId: string, date: LocalDate): string {
  return `${itemId}|${date}`
}

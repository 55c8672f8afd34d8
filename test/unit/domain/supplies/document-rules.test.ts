import { describe, expect, it } from 'vitest'
import { documentProblems, normalizeDocument } from '@/domain/supplies/document-rules'
import type { DocumentInput } from '@/domain/supplies/stock-document'
import type { StockLocation } from '@/domain/supplies/stock-location'
import { SEED_ITEMS, type SupplyItem } from '@/domain/supplies/supply-item'

const stamps = { createdAt: 0, createdBy: '', updatedAt: 0, updatedBy: '' }
const n95: SupplyItem = { ...SEED_ITEMS[0], id: 'sup_n95', ...stamps }
const store: StockLocation = { id: 'loc_a', name: '镇物资库', kind: 'township', sortOrder: 0, ...stamps }
const village: StockLocation = { id: 'loc_b', name: '青龙村', kind: 'village', sortOrder: 1, ...stamps }
const context = {
  items: new Map([[n95.id, n95]]),
  locations: new Map([
    [store.id, store],
    [village.id, village],
  ]),
  today: '2026-11-20',
}
const codes = (doc: DocumentInput) => documentProblems(normalizeDocument(doc), context).map((p) => p.code)
const base = { date: '2026-11-20', handler: '甲', reviewer: '乙', locationId: 'loc_a' }

describe('documentProblems', () => {
  it('accepts a complete purchase', () => {
    expect(
      codes({
        ...base,
        kind: 'receipt',
        source: 'purchase',
        lines: [{ itemId: n95.id, batch: 'B', expiry: '2027-01-01', quantity: 5, unitPrice: 1.2, unit: '只' }],
      }),
    ).toEqual([])
  })

  it('asks for the donor, the unit price of a purchase, an expiry not before the receipt', () => {
    expect(
      codes({
        ...base,
        kind: 'receipt',
        source: 'donation',
        lines: [{ itemId: n95.id, batch: 'B', expiry: '2026-11-19', quantity: 5 }],
      }),
    ).toEqual(['supplies.donorRequired', 'supplies.expiryBeforeReceipt'])
    expect(
      codes({ ...base, kind: 'receipt', source: 'purchase', lines: [{ itemId: n95.id, batch: ' ', quantity: 5 }] }),
    ).toEqual(['supplies.batchRequired', 'supplies.expiryRequired', 'supplies.unitPriceRequired'])
  })

  it('refuses a reviewer who is the handler, a future date, an unknown item or unit, a transfer to itself', () => {
    expect(
      codes({
        ...base,
        reviewer: ' 甲 ',
        date: '2026-11-21',
        kind: 'transfer',
        toLocationId: 'loc_a',
        lines: [
          { itemId: 'x', batch: 'B', quantity: 1 },
          { itemId: n95.id, batch: 'B', quantity: 1, unit: '箱' },
        ],
      }),
    ).toEqual([
      'supplies.dateInFuture',
      'supplies.reviewerIsHandler',
      'supplies.sameLocation',
      'supplies.unknownItem',
      'supplies.unknownUnit',
    ])
  })

  it('wants a recipient for an issue, a reason for a write-off, lines, and lets a stocktake count zero', () => {
    expect(codes({ ...base, kind: 'issue', lines: [] })).toEqual(['supplies.recipientRequired', 'supplies.noLines'])
    expect(codes({ ...base, kind: 'writeOff', lines: [{ itemId: n95.id, batch: 'B', quantity: 1.5 }] })).toEqual([
      'supplies.writeOffReasonRequired',
      'supplies.quantityNotWhole',
    ])
    expect(codes({ ...base, kind: 'stocktake', lines: [{ itemId: n95.id, batch: 'B', quantity: 0 }] })).toEqual([])
    expect(codes({ ...base, kind: 'stocktake', lines: [{ itemId: n95.id, batch: 'B', quantity: -1 }] })).toEqual([
      'supplies.countNegative',
    ])
  })
})

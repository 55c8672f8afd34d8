import { expect, it } from 'vitest'
import { spendingBySource } from '@/domain/supplies/spending'
import type { StockDocument } from '@/domain/supplies/stock-document'

const doc = (id: string, extra: Partial<StockDocument>): StockDocument =>
  ({
    id,
    kind: 'receipt',
    number: id,
    date: '2026-11-20',
    handler: 'a',
    reviewer: 'b',
    locationId: 'l',
    lines: [],
    createdAt: 0,
    createdBy: '',
    updatedAt: 0,
    updatedBy: '',
    ...extra,
  }) as StockDocument

it('adds up receipts by source with their value, leaving out reversed receipts', () => {
  const line = (quantity: number, unitPrice?: number) => ({
    itemId: 'i',
    batch: 'b',
    expiry: '2027-01-01',
    quantity,
    unitPrice,
  })
  const result = spendingBySource([
    doc('d1', { source: 'purchase', lines: [line(100, 2.5), line(3, 0.1)] }),
    doc('d2', { source: 'purchase', lines: [line(1000, 1)] }),
    doc('d3', { kind: 'reversal', reversesId: 'd2' }),
    doc('d4', { source: 'donation', donor: '红十字会', lines: [line(50), line(20, 12.5)] }),
    doc('d5', { source: 'allocation', lines: [line(200, 1.8)] }),
  ])
  expect(result).toEqual([
    { source: 'purchase', documents: 1, lines: 2, amount: 250.3, unvalued: 0 },
    // A county allocation and a donation count with their declared value; a line without one is counted apart.
    { source: 'allocation', documents: 1, lines: 1, amount: 360, unvalued: 0 },
    { source: 'donation', documents: 1, lines: 2, amount: 250, unvalued: 1 },
  ])
})

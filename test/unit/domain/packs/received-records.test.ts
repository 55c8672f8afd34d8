import { describe, expect, it } from 'vitest'
import { planReceivedWrites, receivedRecordKey, type ReceivedRecord } from '@/domain/packs/received-records'

const record = (id: string, updatedAt: number, name: string): ReceivedRecord => ({
  id: receivedRecordKey('511826101000', 'persons', id),
  township: '511826101000',
  table: 'persons',
  recordId: id,
  updatedAt,
  packId: 'pck_1',
  record: { id, updatedAt, name },
})

describe('planReceivedWrites', () => {
  it('adds new records, updates newer versions, leaves the same and older ones alone', () => {
    const incoming = [record('a', 1, '甲'), record('b', 5, '乙2'), record('c', 1, '丙'), record('d', 1, '丁旧')]
    const stored = [undefined, record('b', 2, '乙'), record('c', 1, '丙'), record('d', 3, '丁新')]
    const { writes, counts } = planReceivedWrites(incoming, stored)
    expect(writes.map((w) => w.recordId)).toEqual(['a', 'b'])
    expect(counts).toEqual({ received: 4, added: 1, updated: 1, unchanged: 2 })
  })

  it('keys records by township, so two townships never overwrite each other', () => {
    expect(receivedRecordKey('511826101000', 'persons', 'per_1')).not.toBe(
      receivedRecordKey('511826102000', 'persons', 'per_1'),
    )
  })
})

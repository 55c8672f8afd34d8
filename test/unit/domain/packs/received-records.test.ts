import { describe, expect, it } from 'vitest'
import {
  mergeReceived,
  RECEIVED_BUCKETS,
  receivedBucket,
  receivedChunkKey,
  receivedRecordOf,
  type ReceivedChunk,
} from '@/domain/packs/received-chunks'
import { receivedRecordKey } from '@/domain/packs/received-records'

const incoming = (recordId: string, updatedAt: number, name: string) => ({
  recordId,
  updatedAt,
  json: JSON.stringify({ id: recordId, updatedAt, name }),
})

describe('mergeReceived', () => {
  it('adds new records, updates newer versions, leaves the same and older ones alone', () => {
    const chunk: ReceivedChunk = { id: 'x', township: '511826101000', table: 'persons', records: {} }
    const counts = { received: 0, added: 0, updated: 0, unchanged: 0 }
    mergeReceived(chunk, [incoming('b', 2, '乙'), incoming('c', 1, '丙'), incoming('d', 3, '丁新')], 'pck_1', counts)
    const next = { received: 0, added: 0, updated: 0, unchanged: 0 }
    const changed = mergeReceived(
      chunk,
      [incoming('a', 1, '甲'), incoming('b', 5, '乙2'), incoming('c', 1, '丙'), incoming('d', 1, '丁旧')],
      'pck_2',
      next,
    )
    expect(changed).toBe(true)
    expect(next).toEqual({ received: 4, added: 1, updated: 1, unchanged: 2 })
    expect(receivedRecordOf(chunk, 'b')).toMatchObject({ packId: 'pck_2', updatedAt: 5, record: { name: '乙2' } })
    expect(receivedRecordOf(chunk, 'd')?.record.name).toBe('丁新')
    expect(mergeReceived(chunk, [incoming('c', 1, '丙')], 'pck_3', next)).toBe(false)
  })

  it('keys records by township, so two townships never overwrite each other', () => {
    expect(receivedRecordKey('511826101000', 'persons', 'per_1')).not.toBe(
      receivedRecordKey('511826102000', 'persons', 'per_1'),
    )
    expect(receivedChunkKey('511826101000', 'persons', 3)).toBe('511826101000|persons|#03')
  })

  it('spreads record ids over every bucket, the same id always to the same one', () => {
    const buckets = new Set(Array.from({ length: 2000 }, (_, i) => receivedBucket(`per_01HF${i}`)))
    expect(buckets.size).toBe(RECEIVED_BUCKETS)
    expect(receivedBucket('per_01HF42')).toBe(receivedBucket('per_01HF42'))
  })
})

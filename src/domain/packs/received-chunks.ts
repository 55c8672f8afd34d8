import type { TableImportCounts } from './pack-receipt'
import { receivedRecordKey, type ReceivedRecord } from './received-records'

// Received records are stored in chunks: one row per (township, table, bucket), each holding ~1/64 of that
// township's table as JSON text. A 100k-person pack then writes 64 rows per table instead of 100k — IndexedDB
// spends its time per row (measured in Chromium: 50k rows 10.4 s, the same data in 100 chunks 0.55 s) — and the
// text is the pack's own line, so nothing is serialised twice. A record's bucket comes from its id, so a newer
// pack finds the older version in the same chunk.

/** Buckets per township and table. */
export const RECEIVED_BUCKETS = 64

/** One record in a chunk: its change stamp, the pack its version came from, and the record as JSON text. */
export type ReceivedEntry = [updatedAt: number, packId: string, json: string]

/** A stored chunk of received records. */
export interface ReceivedChunk {
  /** `<township>|<table>|#<bucket>` */
  id: string
  township: string
  table: string
  records: Record<string, ReceivedEntry>
}

/** A record as an import brings it: id, change stamp, and its JSON text. */
export interface IncomingRecord {
  recordId: string
  updatedAt: number
  json: string
}

/** The bucket of a record id (FNV-1a, stable across versions: it decides where a record is stored). */
export function receivedBucket(recordId: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < recordId.length; i++) hash = Math.imul(hash ^ recordId.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % RECEIVED_BUCKETS
}

/** The key of the chunk holding a township's table's bucket. */
export function receivedChunkKey(township: string, table: string, bucket: number): string {
  return `${township}|${table}|#${String(bucket).padStart(2, '0')}`
}

/** The key range prefix of every chunk of a township's table. */
export const receivedChunkPrefix = (township: string, table: string) => `${township}|${table}|#`

/**
 * Merges incoming records into a chunk: new ones are added, a newer version replaces the kept one (same stamp:
 * only when the content differs), an older one never rolls a record back. Counts each; true when the chunk
 * changed and must be written.
 */
export function mergeReceived(
  chunk: ReceivedChunk,
  incoming: readonly IncomingRecord[],
  packId: string,
  counts: TableImportCounts,
): boolean {
  let changed = false
  for (const record of incoming) {
    counts.received++
    const kept = chunk.records[record.recordId]
    if (kept && (kept[0] > record.updatedAt || (kept[0] === record.updatedAt && kept[2] === record.json))) {
      counts.unchanged++
      continue
    }
    if (kept) counts.updated++
    else counts.added++
    chunk.records[record.recordId] = [record.updatedAt, packId, record.json]
    changed = true
  }
  return changed
}

/** A chunk's record as the screens read it. */
export function receivedRecordOf(chunk: ReceivedChunk, recordId: string): ReceivedRecord | undefined {
  const entry = chunk.records[recordId]
  if (!entry) return undefined
  const [updatedAt, packId, json] = entry
  return {
    id: receivedRecordKey(chunk.township, chunk.table, recordId),
    township: chunk.township,
    table: chunk.table,
    recordId,
    updatedAt,
    packId,
    record: JSON.parse(json) as Record<string, unknown>,
  }
}

import type { Instant } from '../common/entity'
import type { TableImportCounts } from './pack-receipt'

/**
 * A record received in another township's pack, kept apart from this install's own registers: one row per
 * (township code, table, record id), holding the record as the pack carried it.
 */
export interface ReceivedRecord {
  /** `<township code>|<table>|<record id>` */
  id: string
  township: string
  table: string
  recordId: string
  updatedAt: Instant
  /** The pack the current version came from. */
  packId: string
  record: Record<string, unknown>
}

/** The stored key of a received record. */
export function receivedRecordKey(township: string, table: string, recordId: string): string {
  return `${township}|${table}|${recordId}`
}

/**
 * Which received records an import writes: new ones, and changed ones whose version is not older than the one
 * kept (an older pack imported after a newer one never rolls a record back). Same content: unchanged.
 */
export function planReceivedWrites(
  incoming: readonly ReceivedRecord[],
  stored: readonly (ReceivedRecord | undefined)[],
): { writes: ReceivedRecord[]; counts: TableImportCounts } {
  const counts: TableImportCounts = { received: incoming.length, added: 0, updated: 0, unchanged: 0 }
  const writes: ReceivedRecord[] = []
  incoming.forEach((record, i) => {
    const kept = stored[i]
    if (!kept) {
      counts.added++
      writes.push(record)
    } else if (
      kept.updatedAt > record.updatedAt ||
      // Same stamp: the same version, unless the content differs (a record changed without a new stamp).
      (kept.updatedAt === record.updatedAt && JSON.stringify(kept.record) === JSON.stringify(record.record))
    ) {
      counts.unchanged++
    } else {
      counts.updated++
      writes.push(record)
    }
  })
  return { writes, counts }
}

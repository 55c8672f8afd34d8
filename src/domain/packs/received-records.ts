import type { Instant } from '../common/entity'

/**
 * A record received in another township's pack, kept apart from this install's own registers, as the screens
 * read it (stored in chunks: received-chunks.ts), holding the record as the pack carried it.
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

import type { Actor } from '@/domain/accounts/user'
import type { PackImport } from '@/domain/packs/pack-log'
import type { TableImportCounts } from '@/domain/packs/pack-receipt'
import {
  mergeReceived,
  receivedBucket,
  receivedChunkKey,
  receivedChunkPrefix,
  receivedRecordOf,
  type IncomingRecord,
  type ReceivedChunk,
} from '@/domain/packs/received-chunks'
import type { ReceivedRecord } from '@/domain/packs/received-records'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'
import type { Page } from './audit-repository'

/** A verified pack's records, per table, ready to store as received records. */
export interface ReceivedTables {
  township: string
  packId: string
  /** `lines`: each record's JSON text as the pack carried it (else it is serialised here). */
  tables: { table: string; records: Record<string, unknown>[]; lines?: string[] }[]
}

/** The import log entry of a pack, if it was imported before. */
export function findPackImport(db: CommandPostDatabase, packId: string): Promise<PackImport | undefined> {
  return db.packImports.get(packId)
}

function incomingByBucket(records: Record<string, unknown>[], lines: string[] | undefined) {
  const buckets = new Map<number, IncomingRecord[]>()
  records.forEach((record, i) => {
    const recordId = String(record.id)
    const updatedAt = typeof record.updatedAt === 'number' ? record.updatedAt : 0
    const bucket = receivedBucket(recordId)
    const list = buckets.get(bucket) ?? []
    list.push({ recordId, updatedAt, json: lines?.[i] ?? JSON.stringify(record) })
    buckets.set(bucket, list)
  })
  return buckets
}

/**
 * Stores a verified pack's records apart from the local registers, by township, table and record id (in
 * chunks): new records are added, newer versions replace older ones, the rest is left alone. The import log
 * entry (`entry`, without results) and an audit line commit in the same transaction. Returns the entry with
 * results.
 */
export function storeReceivedPack(
  db: CommandPostDatabase,
  actor: Actor,
  received: ReceivedTables,
  entry: Omit<PackImport, 'results'>,
): Promise<PackImport> {
  return writeWithAudit(db, actor, [db.packRecords, db.packImports], async (ctx) => {
    const results: Record<string, TableImportCounts> = {}
    for (const { table, records, lines } of received.tables) {
      const counts: TableImportCounts = { received: 0, added: 0, updated: 0, unchanged: 0 }
      const buckets = incomingByBucket(records, lines)
      const keys = [...buckets.keys()].map((bucket) => receivedChunkKey(received.township, table, bucket))
      const stored = await db.packRecords.bulkGet(keys)
      const writes: ReceivedChunk[] = []
      ;[...buckets.values()].forEach((incoming, i) => {
        const chunk = stored[i] ?? { id: keys[i], township: received.township, table, records: {} }
        if (mergeReceived(chunk, incoming, received.packId, counts)) writes.push(chunk)
      })
      if (writes.length) await db.packRecords.bulkPut(writes)
      results[table] = counts
    }
    const done: PackImport = { ...entry, results }
    await db.packImports.add(done)
    const added = Object.values(results).reduce((sum, r) => sum + r.added + r.updated, 0)
    await ctx.audit(note('import', 'pack', entry.id, `${entry.fileName}（${entry.township.name}，写入 ${added} 条）`))
    return done
  })
}

/** Every pack received, newest first. */
export function listPackImports(db: CommandPostDatabase): Promise<PackImport[]> {
  return db.packImports.orderBy('importedAt').reverse().toArray()
}

/**
 * One page of a township's received records of a table, in record-id (creation) order; `text` keeps records
 * whose name, title or id contains it (a scan of the township's chunks: a county reads, it does not type).
 */
export async function listReceivedRecords(
  db: CommandPostDatabase,
  township: string,
  table: string,
  page: number,
  pageSize: number,
  text = '',
): Promise<Page<ReceivedRecord>> {
  const needle = text.trim()
  const prefix = receivedChunkPrefix(township, table)
  const chunks = await db.packRecords.where('id').startsWith(prefix).toArray()
  const owner = new Map<string, ReceivedChunk>()
  for (const chunk of chunks) for (const recordId of Object.keys(chunk.records)) owner.set(recordId, chunk)
  let ids = [...owner.keys()].sort()
  const read = (recordId: string) => receivedRecordOf(owner.get(recordId)!, recordId)!
  if (needle) {
    const matches = (row: ReceivedRecord) =>
      [row.record.name, row.record.title, row.recordId].some(
        (value) => typeof value === 'string' && value.includes(needle),
      )
    ids = ids.filter(
      (id) => (id.includes(needle) || owner.get(id)!.records[id][2].includes(needle)) && matches(read(id)),
    )
  }
  const items = ids.slice((page - 1) * pageSize, page * pageSize).map(read)
  return { items, total: ids.length }
}

/** One received record, or undefined. */
export async function findReceivedRecord(
  db: CommandPostDatabase,
  township: string,
  table: string,
  recordId: string,
): Promise<ReceivedRecord | undefined> {
  const chunk = await db.packRecords.get(receivedChunkKey(township, table, receivedBucket(recordId)))
  return chunk && receivedRecordOf(chunk, recordId)
}

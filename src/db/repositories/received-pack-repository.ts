import type { Actor } from '@/domain/accounts/user'
import type { PackImport } from '@/domain/packs/pack-log'
import type { TableImportCounts } from '@/domain/packs/pack-receipt'
import { planReceivedWrites, receivedRecordKey, type ReceivedRecord } from '@/domain/packs/received-records'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'
import type { Page } from './audit-repository'

/** A verified pack's records, per table, ready to store as received records. */
export interface ReceivedTables {
  township: string
  packId: string
  tables: { table: string; records: Record<string, unknown>[] }[]
}

/** The import log entry of a pack, if it was imported before. */
export function findPackImport(db: CommandPostDatabase, packId: string): Promise<PackImport | undefined> {
  return db.packImports.get(packId)
}

function toReceived(township: string, table: string, packId: string, record: Record<string, unknown>): ReceivedRecord {
  const recordId = String(record.id)
  const updatedAt = typeof record.updatedAt === 'number' ? record.updatedAt : 0
  return { id: receivedRecordKey(township, table, recordId), township, table, recordId, updatedAt, packId, record }
}

/**
 * Stores a verified pack's records apart from the local registers, keyed by township, table and record id:
 * new records are added, newer versions replace older ones, the rest is left alone. The import log entry
 * (`entry`, without results) and an audit line commit in the same transaction. Returns the entry with results.
 */
export function storeReceivedPack(
  db: CommandPostDatabase,
  actor: Actor,
  received: ReceivedTables,
  entry: Omit<PackImport, 'results'>,
): Promise<PackImport> {
  return writeWithAudit(db, actor, [db.packRecords, db.packImports], async (ctx) => {
    const results: Record<string, TableImportCounts> = {}
    for (const { table, records } of received.tables) {
      const incoming = records.map((record) => toReceived(received.township, table, received.packId, record))
      // A township's first pack of a table has nothing to compare with: skip reading 100k absent keys.
      const prefix = receivedRecordKey(received.township, table, '')
      const any = await db.packRecords.where('id').startsWith(prefix).first()
      const stored = any ? await db.packRecords.bulkGet(incoming.map((record) => record.id)) : []
      const { writes, counts } = planReceivedWrites(incoming, stored)
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
 * whose name, title or id contains it (a scan of the township's key range: a county reads, it does not type).
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
  const matches = (row: ReceivedRecord) =>
    [row.record.name, row.record.title, row.recordId].some(
      (value) => typeof value === 'string' && value.includes(needle),
    )
  const keys = db.packRecords.where('id').startsWith(receivedRecordKey(township, table, ''))
  const range = needle ? keys.filter(matches) : keys
  const items = await range
    .clone()
    .offset((page - 1) * pageSize)
    .limit(pageSize)
    .toArray()
  const total = await range.count()
  return { items, total }
}

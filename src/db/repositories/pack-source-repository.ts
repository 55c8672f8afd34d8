import type { PackRecord } from '@/domain/packs/pack-tables'
import type { Township } from '@/domain/township/township'
import type { CommandPostDatabase } from '../database'

/** Whole tables read together, and the stamp of the database state they were read in. */
export interface PackRead {
  tables: Map<string, PackRecord[]>
  /**
   * The audit log's length and last line when the tables were read. Every change to a register commits with its
   * audit line, so two reads with the same stamp saw the same registers (docs/packs.md, "How a pack is built").
   */
  stamp: string
}

/**
 * Every record of the named tables and the database's stamp, in one read-only transaction: one consistent
 * snapshot, whichever thread reads it.
 */
export async function readPackTables(db: CommandPostDatabase, tables: readonly string[]): Promise<PackRead> {
  const stores = [...tables.map((table) => db.table(table)), db.audit]
  return db.transaction('r', stores, async () => {
    // Every table asked at once: the database reads the next table while this thread copies in the last one.
    const [read, count, last] = await Promise.all([
      Promise.all(tables.map((table) => db.table(table).toArray() as Promise<PackRecord[]>)),
      db.audit.count(),
      db.audit.orderBy(':id').lastKey(),
    ])
    return { tables: new Map(tables.map((table, i) => [table, read[i]])), stamp: `${count}|${String(last ?? '')}` }
  })
}

/** The township this install serves, or undefined before setup. */
export function readTownshipForPack(db: CommandPostDatabase): Promise<Township | undefined> {
  return db.settings.get('township')
}

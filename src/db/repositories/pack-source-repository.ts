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

/** Whole tables being read together: each table's records as soon as they arrive, and the read as a whole. */
export interface PackReading {
  /** The records of one of the tables asked for, as soon as the database has handed them over. */
  table(name: string): Promise<PackRecord[]>
  /** Every table and the stamp, once the read-only transaction has ended. */
  done: Promise<PackRead>
}

/**
 * Every record of the named tables and the database's stamp, in one read-only transaction: one consistent
 * snapshot, whichever thread reads it. Every table is asked at once, in the order given, so the database reads
 * the next table while the caller works on one that has arrived ({@link PackReading.table}).
 */
export function readPackTablesAsTheyCome(db: CommandPostDatabase, tables: readonly string[]): PackReading {
  const arrivals = tables.map(() => {
    let settle!: { resolve: (rows: PackRecord[]) => void; reject: (error: unknown) => void }
    const promise = new Promise<PackRecord[]>((resolve, reject) => (settle = { resolve, reject }))
    // A failed read is reported through `done`; a table nobody waits for must not be an unhandled rejection.
    promise.catch(() => undefined)
    return { promise, ...settle }
  })
  const stores = [...tables.map((table) => db.table(table)), db.audit]
  const done = db
    .transaction('r', stores, async () => {
      const [read, count, last] = await Promise.all([
        Promise.all(
          tables.map((table, i) =>
            (db.table(table).toArray() as Promise<PackRecord[]>).then((rows) => {
              arrivals[i].resolve(rows)
              return rows
            }),
          ),
        ),
        db.audit.count(),
        db.audit.orderBy(':id').lastKey(),
      ])
      return { tables: new Map(tables.map((table, i) => [table, read[i]])), stamp: `${count}|${String(last ?? '')}` }
    })
    .catch((error: unknown) => {
      for (const arrival of arrivals) arrival.reject(error)
      throw error
    })
  return {
    table(name) {
      const at = tables.indexOf(name)
      return at === -1 ? Promise.reject(new Error(`table ${name} was not read`)) : arrivals[at].promise
    },
    done,
  }
}

/** Every record of the named tables and the database's stamp, in one read-only transaction (see {@link readPackTablesAsTheyCome}). */
export function readPackTables(db: CommandPostDatabase, tables: readonly string[]): Promise<PackRead> {
  return readPackTablesAsTheyCome(db, tables).done
}

/** The township this install serves, or undefined before setup. */
export function readTownshipForPack(db: CommandPostDatabase): Promise<Township | undefined> {
  return db.settings.get('township')
}

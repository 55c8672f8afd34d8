import type { LedgerData } from '@/domain/ledgers/ledger-register'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '../database'

/**
 * The records a ledger is built from: every row of each named table and the village names, in one read-only
 * transaction (one consistent snapshot). `given` tables already read (by the pack builder) are not read again.
 */
export async function readLedgerData(
  db: CommandPostDatabase,
  tables: readonly string[],
  given: ReadonlyMap<string, readonly Record<string, unknown>[]> = new Map(),
): Promise<LedgerData> {
  const wanted = [...new Set(tables)].filter((name) => !given.has(name))
  const stores = [db.villages, ...wanted.map((name) => db.table(name))]
  return db.transaction('r', stores, async () => {
    const out = new Map(given)
    for (const name of wanted) out.set(name, (await db.table(name).toArray()) as Record<string, unknown>[])
    const villages = (given.get('villages') ?? (await db.villages.toArray())) as readonly Village[]
    return { tables: out, villages: new Map(villages.map((v) => [v.id, v.name])) }
  })
}

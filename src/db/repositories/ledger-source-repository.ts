import { ledgerDataOf, type LedgerData } from '@/domain/ledgers/ledger-register'
import type { CommandPostDatabase } from '../database'

/**
 * The records a ledger is built from: every row of each named table and the village names, in one read-only
 * transaction (one consistent snapshot).
 */
export async function readLedgerData(db: CommandPostDatabase, tables: readonly string[]): Promise<LedgerData> {
  const wanted = [...new Set([...tables, 'villages'])]
  return db.transaction('r', wanted, async () => {
    const out = new Map<string, Record<string, unknown>[]>()
    for (const name of wanted) out.set(name, (await db.table(name).toArray()) as Record<string, unknown>[])
    return ledgerDataOf(out)
  })
}

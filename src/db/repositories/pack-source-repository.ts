import type { PackRecord } from '@/domain/packs/pack-tables'
import type { Township } from '@/domain/township/township'
import type { CommandPostDatabase } from '../database'

/**
 * The records of each named table that a pack takes: all of them (`since` 0), or those whose `updatedAt` is
 * after `since`. Read in one read-only transaction, so the pack is one consistent snapshot.
 */
export async function selectPackRecords(
  db: CommandPostDatabase,
  tables: readonly string[],
  since: number,
): Promise<Map<string, PackRecord[]>> {
  const stores = tables.map((name) => db.table(name))
  return db.transaction('r', stores, async () => {
    const out = new Map<string, PackRecord[]>()
    for (const store of stores) {
      const all = (await store.toArray()) as PackRecord[]
      out.set(store.name, since > 0 ? all.filter((record) => record.updatedAt > since) : all)
    }
    return out
  })
}

/** The township this install serves, or undefined before setup. */
export function readTownshipForPack(db: CommandPostDatabase): Promise<Township | undefined> {
  return db.settings.get('township')
}

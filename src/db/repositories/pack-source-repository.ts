import type { PackRecord } from '@/domain/packs/pack-tables'
import type { Township } from '@/domain/township/township'
import type { CommandPostDatabase } from '../database'

/** A table a pack reads, and the field (epoch ms) that marks a change; none: every record, always. */
export interface PackSource {
  table: string
  changedAt?: string
}

/**
 * The records of each table that a pack takes: all of them (`since` 0), or those whose change field is after
 * `since`. Read in one read-only transaction, so the pack is one consistent snapshot.
 */
export async function selectPackRecords(
  db: CommandPostDatabase,
  sources: readonly PackSource[],
  since: number,
): Promise<Map<string, PackRecord[]>> {
  const stores = sources.map(({ table }) => db.table(table))
  return db.transaction('r', stores, async () => {
    // Every table asked at once: the database reads the next table while this thread copies in the last one.
    const read = await Promise.all(sources.map(({ table }) => db.table(table).toArray() as Promise<PackRecord[]>))
    const out = new Map<string, PackRecord[]>()
    sources.forEach(({ table, changedAt }, i) => {
      const changed = (record: PackRecord) => ((record[changedAt ?? ''] as number | undefined) ?? 0) > since
      out.set(table, since > 0 && changedAt ? read[i].filter(changed) : read[i])
    })
    return out
  })
}

/** The township this install serves, or undefined before setup. */
export function readTownshipForPack(db: CommandPostDatabase): Promise<Township | undefined> {
  return db.settings.get('township')
}

import type { PackImport } from '@/domain/packs/pack-log'
import type { ReceivedRecord } from '@/domain/packs/received-records'
import type { CommandPostDatabase } from '@/db/database'
import type { Page } from '@/db/repositories/audit-repository'
import { findPackImport, listPackImports, listReceivedRecords } from '@/db/repositories/received-pack-repository'
import { summariseReceivedTownships, type ReceivedTownship } from './received-townships'

/** The earlier import of a pack, if any. */
export function findReceivedPack(db: CommandPostDatabase, packId: string): Promise<PackImport | undefined> {
  return findPackImport(db, packId)
}

/** The county's side-by-side view: every township that sent packs, with its records held. */
export async function readReceivedTownships(
  db: CommandPostDatabase,
): Promise<{ townships: ReceivedTownship[]; imports: PackImport[] }> {
  const imports = await listPackImports(db)
  return { townships: summariseReceivedTownships(imports), imports }
}

/** One page of a township's received records of one table. */
export function readReceivedRecords(
  db: CommandPostDatabase,
  township: string,
  table: string,
  page: number,
  pageSize: number,
  text = '',
): Promise<Page<ReceivedRecord>> {
  return listReceivedRecords(db, township, table, page, pageSize, text)
}

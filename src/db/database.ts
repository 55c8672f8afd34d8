import Dexie, { type EntityTable } from 'dexie'
import type { User } from '@/domain/accounts/user'
import type { AuditEntry } from '@/domain/audit/audit-entry'
import type { CountyList, CountyListRow } from '@/domain/county-list/county-list'
import type { DuplicateReview } from '@/domain/person/duplicate-review'
import type { ImportMapping } from '@/domain/person/import-mapping'
import type { PackExport, PackImport } from '@/domain/packs/pack-log'
import type { ReceivedRecord } from '@/domain/packs/received-records'
import type { Episode } from '@/domain/person/person'
import type { Township } from '@/domain/township/township'
import type { Village } from '@/domain/township/village'
import type { PersonRow } from './person-row'
import { SCHEMA_VERSIONS } from './schema'

/** The IndexedDB database name. Never change it: it and the app's origin are where every record lives. */
export const DATABASE_NAME = 'command-post'

/** The Dexie database of the command post: one table per entity. Only `src/db/` uses it directly. */
export class CommandPostDatabase extends Dexie {
  /** Singleton settings rows; the township is `id: 'township'`. */
  settings!: EntityTable<Township, 'id'>
  villages!: EntityTable<Village, 'id'>
  users!: EntityTable<User, 'id'>
  audit!: EntityTable<AuditEntry, 'id'>
  /** People under watch, with the list fields kept on each row (person-row.ts). */
  persons!: EntityTable<PersonRow, 'id'>
  episodes!: EntityTable<Episode, 'id'>
  /** The likely-duplicate review queue. */
  duplicateReviews!: EntityTable<DuplicateReview, 'id'>
  /** Column mappings of people sheets, one per source. */
  importMappings!: EntityTable<ImportMapping, 'id'>
  /** Lists the county pushed down (协查 / 大数据比对). */
  countyLists!: EntityTable<CountyList, 'id'>
  countyListRows!: EntityTable<CountyListRow, 'id'>
  /** 数据包导出记录: every pack written. */
  packExports!: EntityTable<PackExport, 'id'>
  /** 数据包接收记录: every pack imported from a township. */
  packImports!: EntityTable<PackImport, 'id'>
  /** Records received in packs, per township, apart from this install's own registers. */
  packRecords!: EntityTable<ReceivedRecord, 'id'>

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a committed write has reached the disk, so a power cut loses nothing acknowledged.
    super(name, { chromeTransactionDurability: 'strict' })
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
  }
}

/** Opens (creating or migrating) a command-post database. */
export async function openDatabase(name: string = DATABASE_NAME): Promise<CommandPostDatabase> {
  const db = new CommandPostDatabase(name)
  await db.open()
  return db
}

import Dexie, { type EntityTable } from 'dexie'
import type { User } from '@/domain/accounts/user'
import type { AuditEntry } from '@/domain/audit/audit-entry'
import type { Township } from '@/domain/township/township'
import type { Village } from '@/domain/township/village'
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

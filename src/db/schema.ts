import type { Transaction } from 'dexie'

/** One schema version: the stores it declares and how data from the version before is brought up to it. */
export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
}

/**
 * Every schema version the app has ever shipped, oldest first. Never edit a shipped entry: add a new version
 * with an upgrade, and a fixture of the old version to the migration test.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      villages: 'id, &code, name, sortOrder, retiredAt',
      users: 'id, &name, role',
      audit: 'id, at, [entity+entityId], actorId, action',
    },
  },
]

/** The newest schema version. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version

import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import type { ImportMapping, PeopleSheetMapping } from '@/domain/person/import-mapping'
import type { CommandPostDatabase } from '../database'

/** The mapping remembered for a source (by its exact name), if any. */
export function findMappingBySource(db: CommandPostDatabase, source: string): Promise<ImportMapping | undefined> {
  return db.importMappings.where('source').equals(source.trim()).first()
}

/** The names of every source with a remembered mapping, in the order of their names (a read of the index only). */
export async function listMappingSources(db: CommandPostDatabase): Promise<string[]> {
  return (await db.importMappings.orderBy('source').keys()) as string[]
}

/**
 * Remembers a mapping for a source: replaces the one it had (same id, created stamps kept) or adds one. Writes
 * no audit line (a mapping is a setting, not a record; the import that used it has its own line). Call it
 * inside the import's transaction, which must include `importMappings`.
 */
export async function storeMapping(
  db: CommandPostDatabase,
  source: string,
  mapping: PeopleSheetMapping,
  actor: Actor,
  now: number,
): Promise<ImportMapping> {
  const name = source.trim()
  const before = await db.importMappings.where('source').equals(name).first()
  const stored: ImportMapping = {
    id: before?.id ?? newId('map', now),
    source: name,
    columns: { ...mapping.columns },
    polarity: mapping.polarity,
    ignored: [...mapping.ignored],
    defaultKind: mapping.defaultKind,
    createdAt: before?.createdAt ?? now,
    createdBy: before?.createdBy ?? actor.id,
    updatedAt: now,
    updatedBy: actor.id,
  }
  await db.importMappings.put(stored)
  return stored
}

/** Remembers a mapping for a source in a transaction of its own (see {@link storeMapping}). */
export function saveMapping(
  db: CommandPostDatabase,
  source: string,
  mapping: PeopleSheetMapping,
  actor: Actor,
): Promise<ImportMapping> {
  return db.transaction('rw', db.importMappings, () => storeMapping(db, source, mapping, actor, Date.now()))
}
